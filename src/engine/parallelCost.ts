/**
 * Work and depth of one RNN pass and one attention layer, counted in multiply-adds, and what they
 * imply for time on P processors.
 *
 * Work is every operation; depth is the longest chain of operations that must wait for one
 * another. A sum of m numbers can be done as a tree of ⌈log₂ m⌉ levels, so a dot product of
 * length m has depth ⌈log₂ m⌉ + 1 (multiply, then the tree). Brent's theorem bounds the time on
 * P processors: max(work/P, depth) ≤ time ≤ work/P + depth.
 *
 * @example rnnCost({ n: 512, inputSize: 64, hiddenSize: 64 }).depth // 512 · (7 + 1 + 1) = 4608
 * @module
 */

export interface Cost {
  /** Multiply-adds (and the odd exp or divide, counted as one each). */
  readonly work: number;
  /** The longest chain of dependent operations. */
  readonly depth: number;
}

const log2Ceil = (m: number) => Math.ceil(Math.log2(Math.max(1, m)));

function positive(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 1) {
    throw new Error(`${name} must be a whole number ≥ 1, got ${value}`);
  }
}

/** h_t = tanh(W·x_t + U·h_{t−1} + b) for t = 1 … n: each step waits for the one before. */
export function rnnCost({
  n,
  inputSize,
  hiddenSize,
}: {
  n: number;
  inputSize: number;
  hiddenSize: number;
}): Cost {
  positive('n', n);
  positive('inputSize', inputSize);
  positive('hiddenSize', hiddenSize);
  // Per step: d_h dot products of length d_in + d_h (the bias starts each sum, so it costs no
  // extra multiply-add), then tanh, counted as one operation as attention's exp and divide are.
  const work = n * hiddenSize * (inputSize + hiddenSize + 1);
  const depth = n * (log2Ceil(inputSize + hiddenSize) + 1 + 1);
  return { work, depth };
}

/**
 * One head of self-attention as the engine computes it: Q, K, V projections, Q·Kᵀ, scaling,
 * softmax (max, exp, sum, divide), weights·V. No position waits for another position.
 */
export function attentionCost({
  n,
  modelSize,
  keySize,
  valueSize = keySize,
}: {
  n: number;
  modelSize: number;
  keySize: number;
  valueSize?: number;
}): Cost {
  positive('n', n);
  positive('modelSize', modelSize);
  positive('keySize', keySize);
  positive('valueSize', valueSize);
  const projections = n * modelSize * (2 * keySize + valueSize);
  const scores = n * n * keySize;
  const scaling = n * n;
  const softmax = 3 * n * n; // subtract the max and exp, add to the sum, divide
  const output = n * n * valueSize;
  const work = projections + scores + scaling + softmax + output;
  // Projection dot product, score dot product, scale, max tree, exp, sum tree, divide, output tree.
  const depth =
    log2Ceil(modelSize) +
    1 +
    (log2Ceil(keySize) + 1) +
    1 +
    log2Ceil(n) +
    1 +
    log2Ceil(n) +
    1 +
    log2Ceil(n) +
    1;
  return { work, depth };
}

/** Brent's bounds on the time, in multiply-add times, with P processors. */
export function parallelTimeBounds(
  cost: Cost,
  processors: number,
): { lower: number; upper: number } {
  positive('processors', processors);
  return {
    lower: Math.max(cost.work / processors, cost.depth),
    upper: cost.work / processors + cost.depth,
  };
}

export type BoundName = 'lower' | 'upper';

/**
 * The fewest whole processors P at which attention's Brent bound (the same bound for both models)
 * is below the RNN's; it stays below for every larger P. Null when it never stays below: for the
 * lower bounds when attention's depth is not shorter, for the upper bounds when it is longer (or
 * equal, with no less work).
 *
 * Lower bounds: with attention's depth shorter, max(W_a/P, D_a) < max(W_r/P, D_r) exactly when
 * W_a < W_r or P > W_a/D_r. Upper bounds: W_a/P + D_a < W_r/P + D_r exactly when
 * P > (W_a − W_r)/(D_r − D_a), or for every P if attention's work is no larger.
 *
 * @example crossoverProcessors({ work: 100, depth: 10 }, { work: 1000, depth: 2 }, 'lower') // 101
 */
export function crossoverProcessors(rnn: Cost, attention: Cost, bound: BoundName): number | null {
  const workGap = attention.work - rnn.work;
  const depthGap = rnn.depth - attention.depth;
  if (depthGap < 0 || (depthGap === 0 && (bound === 'lower' || workGap >= 0))) return null;
  let beyond: number;
  if (bound === 'lower') beyond = workGap < 0 ? 0 : attention.work / rnn.depth;
  else beyond = workGap <= 0 ? 0 : workGap / depthGap;
  const below = (p: number) =>
    parallelTimeBounds(attention, p)[bound] < parallelTimeBounds(rnn, p)[bound];
  // The division is exact to a rounding; step to the whole P where the bounds themselves cross.
  let p = Math.floor(beyond) + 1;
  while (p > 1 && below(p - 1)) p -= 1;
  while (!below(p)) p += 1;
  return p;
}

export type Favoured = 'rnn' | 'attention' | 'split';

/**
 * Which model Brent's bounds favour on P processors: the one whose bound is lower, by both the
 * lower and the upper bound; 'split' when the two bounds disagree (or tie).
 */
export function favouredModel(rnn: Cost, attention: Cost, processors: number): Favoured {
  const r = parallelTimeBounds(rnn, processors);
  const a = parallelTimeBounds(attention, processors);
  if (a.lower < r.lower && a.upper < r.upper) return 'attention';
  if (r.lower < a.lower && r.upper < a.upper) return 'rnn';
  return 'split';
}

/** The attention weights alone: n² numbers, and their bytes at a given precision. */
export function attentionMatrixSize(
  n: number,
  bytesPerNumber = 4,
): { entries: number; bytes: number } {
  positive('n', n);
  return { entries: n * n, bytes: n * n * bytesPerNumber };
}
