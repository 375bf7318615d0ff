// Step 5's attention for a long sentence, off the main thread: the same engine function the page
// runs for short sentences, given only the tokens' embeddings (never the word table), and the
// heatmap's pixels, so the page only has to put them on its canvas.
import { answer, answerBuffers, type AttentionJob, type AttentionReply } from './ruleAttentionJob';

const scope = globalThis as unknown as {
  onmessage: ((event: MessageEvent<AttentionJob>) => void) | null;
  postMessage: (message: AttentionReply, transfer: Transferable[]) => void;
};

scope.onmessage = (event) => {
  const { id, ...job } = event.data;
  try {
    const answered = answer(job);
    // Handed over, not copied: a 512-token head is four 2 MB matrices.
    scope.postMessage({ id, ...answered }, answerBuffers(answered));
  } catch (error) {
    scope.postMessage({ id, error: String(error) }, []);
  }
};
