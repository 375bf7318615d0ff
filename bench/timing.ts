/**
 * Seeded inputs and a median timer shared by the benchmarks.
 *
 * Seeded so every run (and every machine) times the very same numbers; the
 * median because a single garbage collection or a busy second core can make
 * one repetition several times slower, and that should not move the figure.
 */

// The engine's generator, so the benchmark's inputs come from the same seeded sequence.
export { mulberry32 } from '../src/engine/seededRandom';

/** Standard normal samples from a uniform source (Box–Muller). */
export function gaussian(uniform: () => number): () => number {
  return () => {
    // 1 − u lies in (0, 1], so the logarithm is finite.
    const u = 1 - uniform();
    const v = uniform();
    return Math.sqrt(-2 * Math.log(u)) * Math.cos(2 * Math.PI * v);
  };
}

export function median(values: readonly number[]): number {
  const sorted = [...values].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  if (sorted.length === 0) throw new Error('median of no values');
  return sorted.length % 2 === 1
    ? (sorted[mid] ?? NaN)
    : ((sorted[mid - 1] ?? NaN) + (sorted[mid] ?? NaN)) / 2;
}

export interface TimingPlan {
  /** Untimed runs first, so the JIT (or the wasm module) is warm. */
  readonly warmup: number;
  /** At least this many timed runs... */
  readonly minRuns: number;
  /** ...and keep going until this much time was spent timing... */
  readonly minTotalMs: number;
  /** ...but never more runs than this. */
  readonly maxRuns: number;
}

export interface Timing {
  readonly medianMs: number;
  readonly runs: number;
}

/**
 * Times `pass` (awaited, so asynchronous libraries finish inside the timed
 * region) and returns the median in milliseconds.
 *
 * No forced gc() between runs: tried, and it made tfjs-cpu 2–10× slower
 * (a full collection throws away V8's warm state), which measures the
 * harness, not the library. The median absorbs the odd collection instead.
 */
export async function timeMedian(
  pass: () => unknown,
  { warmup, minRuns, minTotalMs, maxRuns }: TimingPlan,
): Promise<Timing> {
  for (let i = 0; i < warmup; i++) await pass();
  const times: number[] = [];
  let total = 0;
  while (times.length < maxRuns && (times.length < minRuns || total < minTotalMs)) {
    const start = performance.now();
    await pass();
    const elapsed = performance.now() - start;
    times.push(elapsed);
    total += elapsed;
  }
  return { medianMs: median(times), runs: times.length };
}
