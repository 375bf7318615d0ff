// Who computes Step 5's attention for a long sentence: a module worker (ruleAttention.worker.ts),
// or this thread where there is no worker to be had.
import {
  answer,
  type AttentionAnswer,
  type AttentionJob,
  type AttentionReply,
} from './ruleAttentionJob';

export type AttentionRunner = (job: Omit<AttentionJob, 'id'>) => Promise<AttentionAnswer>;

/** The same computation on this thread (tests, and browsers that cannot start the worker). */
export const runHere: AttentionRunner = (job) => Promise.resolve(answer(job));

/**
 * Runs jobs in a module worker, started on the first job (its code is a chunk of its own, loaded
 * only then). Falls back to this thread where there is no Worker or it fails to start.
 */
export function workerRunner(): AttentionRunner {
  let worker: Worker | null = null;
  let broken = typeof Worker === 'undefined';
  let nextId = 0;
  const waiting = new Map<
    number,
    { resolve: (a: AttentionAnswer) => void; reject: (e: unknown) => void }
  >();

  const start = (): Worker => {
    const started = new Worker(new URL('./ruleAttention.worker.ts', import.meta.url), {
      type: 'module',
    });
    started.onmessage = (event: MessageEvent<AttentionReply>) => {
      const reply = event.data;
      const job = waiting.get(reply.id);
      waiting.delete(reply.id);
      if ('error' in reply) job?.reject(new Error(reply.error));
      else job?.resolve(reply);
    };
    started.onerror = (event) => {
      // The worker could not load or crashed: answer what it held here, and stay here.
      event.preventDefault();
      broken = true;
      started.terminate();
      worker = null;
      for (const [, job] of waiting) job.reject(new Error('attention worker failed'));
      waiting.clear();
    };
    return started;
  };

  return async (job) => {
    if (broken) return runHere(job);
    try {
      worker ??= start();
    } catch {
      broken = true;
      return runHere(job);
    }
    const id = ++nextId;
    const running = worker;
    return new Promise<AttentionAnswer>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      running.postMessage({ id, ...job } satisfies AttentionJob);
    }).catch(() => runHere(job));
  };
}
