// Who computes Step 5's attention for a long sentence: a module worker (ruleAttention.worker.ts),
// or this thread where there is no worker to be had.
import { answer, type AttentionAnswer, type AttentionJob } from './ruleAttentionJob';
import { workerRunner as jobsInWorker } from './workerJobs';

export type AttentionRunner = (job: AttentionJob) => Promise<AttentionAnswer>;

/** The same computation on this thread (tests, and browsers that cannot start the worker). */
export const runHere: AttentionRunner = (job) => Promise.resolve(answer(job));

/**
 * Runs jobs in a module worker, started on the first job (its code is a chunk of its own, loaded
 * only then). Falls back to this thread where there is no Worker or it fails to start.
 */
export function workerRunner(): AttentionRunner {
  return jobsInWorker<AttentionJob, AttentionAnswer>(
    () => new Worker(new URL('./ruleAttention.worker.ts', import.meta.url), { type: 'module' }),
    answer,
  );
}
