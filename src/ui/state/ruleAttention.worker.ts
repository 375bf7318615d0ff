// Step 5's attention for a long sentence, off the main thread: the same engine function the page
// runs for short sentences, given only the tokens' embeddings (never the word table), and the
// heatmap's pixels, so the page only has to put them on its canvas.
import { answer, answerBuffers } from './ruleAttentionJob';
import { serveJobs } from './workerJobs';

// Handed over, not copied: a 512-token head is four 2 MB matrices.
serveJobs(answer, answerBuffers);
