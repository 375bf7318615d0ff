// The lesson's seeded run (content/self-attention/experiment-results.json, written by
// `npm run experiment`), typed. Plain data: reading it loads none of the engine's training code.
import resultsJson from '../../../../content/self-attention/experiment-results.json';
import type { ExperimentResultsFile } from '../../../engine/experiment/experimentResults';

export const seededResults: ExperimentResultsFile = resultsJson;
