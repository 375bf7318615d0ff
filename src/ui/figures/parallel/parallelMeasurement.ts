// Measures, in the learner's own browser, attention split by rows across Web Workers against
// one worker doing every row, and an RNN's recurrence, which cannot be split across time. Both
// sides start from ready-made projections (queries, keys, values; the RNN's b + W·xₜ), so the
// same parts are timed: the part of each model that the other does not have.
import { attendHead } from '../../../engine/attention';
import { matrix, type Matrix } from '../../../engine/matrix';
import { createRnn, rnnInputTerms, runRecurrence } from '../../../engine/rnn';
import { gaussian, mulberry32 } from '../../../engine/seededRandom';
import type { WorkerReply, WorkerRequest } from './attentionRows.worker';

export interface ParallelMeasurement {
  readonly n: number;
  readonly d: number;
  readonly workers: number;
  /** Median milliseconds, all rows in one worker. */
  readonly oneWorkerMs: number;
  /** Median milliseconds, rows split over `workers` workers. */
  readonly allWorkersMs: number;
  /**
   * Median milliseconds of the RNN's n steps hₜ = tanh(b + W·xₜ + U·hₜ₋₁) (hidden size d)
   * from ready-made b + W·xₜ, on this thread.
   */
  readonly rnnMs: number;
  /** Largest |difference| between the split result and the engine's whole result. */
  readonly maxDifference: number;
}

const median = (values: number[]) => {
  const sorted = [...values].sort((a, b) => a - b);
  return sorted[Math.floor(sorted.length / 2)] ?? NaN;
};

function seededMatrix(rows: number, cols: number, seed: number): Matrix {
  const normal = gaussian(mulberry32(seed));
  return matrix(
    rows,
    cols,
    Float64Array.from({ length: rows * cols }, () => normal()),
  );
}

function spawn(count: number): Worker[] {
  return Array.from(
    { length: count },
    () => new Worker(new URL('./attentionRows.worker.ts', import.meta.url), { type: 'module' }),
  );
}

function ask(worker: Worker, request: WorkerRequest, accept: (reply: WorkerReply) => boolean) {
  return new Promise<WorkerReply>((resolve, reject) => {
    worker.onmessage = (event: MessageEvent<WorkerReply>) => {
      if (accept(event.data)) resolve(event.data);
    };
    worker.onerror = (event) => {
      reject(new Error(event.message));
    };
    worker.postMessage(request);
  });
}

/** Gives every worker its own copy of the inputs, outside the timed runs. */
async function load(workers: Worker[], q: Matrix, k: Matrix, v: Matrix): Promise<void> {
  await Promise.all(
    workers.map((worker) =>
      ask(
        worker,
        { kind: 'load', n: q.rows, d: q.cols, queries: q.data, keys: k.data, values: v.data },
        (reply) => reply.kind === 'loaded',
      ),
    ),
  );
}

/** Sends each worker its rows and resolves with the assembled n × d output. */
async function runSplit(
  workers: Worker[],
  job: number,
  n: number,
  d: number,
): Promise<Float64Array> {
  const output = new Float64Array(n * d);
  const share = Math.ceil(n / workers.length);
  const parts = workers
    .map((worker, w) => ({ worker, start: w * share, end: Math.min(n, (w + 1) * share) }))
    .filter((part) => part.start < part.end);
  const replies = await Promise.all(
    parts.map(({ worker, start, end }) =>
      ask(
        worker,
        { kind: 'rows', job, start, end },
        (reply) => reply.kind === 'rows' && reply.job === job,
      ),
    ),
  );
  for (const reply of replies) {
    if (reply.kind === 'rows') output.set(reply.output, reply.start * d);
  }
  return output;
}

export async function measureParallelAttention(
  n: number,
  d: number,
  workerCount: number,
  repeats = 3,
): Promise<ParallelMeasurement> {
  const [q, k, v] = [seededMatrix(n, d, 1), seededMatrix(n, d, 2), seededMatrix(n, d, 3)];
  const workers = spawn(Math.max(1, workerCount));
  const first = workers.slice(0, 1);
  try {
    await load(workers, q, k, v);
    let job = 0;
    const time = async (pool: Worker[]) => {
      const start = performance.now();
      const output = await runSplit(pool, job++, n, d);
      return { ms: performance.now() - start, output };
    };
    await time(workers); // warm-up: module loading and compilation
    await time(first);
    const one: number[] = [];
    const all: number[] = [];
    let split: Float64Array = new Float64Array(0);
    for (let r = 0; r < repeats; r++) {
      one.push((await time(first)).ms);
      const run = await time(workers);
      all.push(run.ms);
      split = run.output;
    }
    const whole = attendHead(q, k, v).output.data;
    let maxDifference = 0;
    for (let i = 0; i < whole.length; i++) {
      maxDifference = Math.max(maxDifference, Math.abs((whole[i] ?? 0) - (split[i] ?? 0)));
    }
    const rnn = createRnn(d, { hiddenSize: Math.min(d, 64) });
    const inputTerms = rnnInputTerms(rnn, q); // every position at once, like Q, K and V: untimed
    const rnnTimes: number[] = [];
    for (let r = 0; r <= repeats; r++) {
      const start = performance.now();
      runRecurrence(rnn, inputTerms);
      rnnTimes.push(performance.now() - start);
    }
    return {
      n,
      d,
      workers: workers.length,
      oneWorkerMs: median(one),
      allWorkersMs: median(all),
      rnnMs: median(rnnTimes.slice(1)),
      maxDifference,
    };
  } finally {
    for (const worker of workers) worker.terminate();
  }
}
