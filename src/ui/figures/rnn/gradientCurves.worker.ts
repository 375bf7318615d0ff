// Step 2's influence curves off the main thread: the same function the page falls back to.
import { serveJobs } from '../../state/workerJobs';
import { gradientCurves } from './gradientCurves';

serveJobs(gradientCurves);
