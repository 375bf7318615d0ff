/**
 * Work and depth of one RNN pass and one attention layer, counted in multiply-adds, and what they
 * imply for time on P processors.
 *
 * Work is every operation; depth is the longest chain of operations that must wait for one
 * another. A sum of m numbers can be done as a tree of ⌈log₂ m⌉ levels, so a dot product of
 * length m has depth ⌈log₂ m⌉ + 1 (multiply, then the tree). Brent's theorem bounds the time on
 * P processors: max(work/P, depth) ≤ time ≤ work/P + depth.
 *
 * @example rnnCost({ n: 512, inputSize: 64, hiddenSize: 64 }).depth // 512 · (7 + 1) = 4096
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
  // Per step: d_h dot products of length d_in + d_h, then tanh.
  const work = n * hiddenSize * (inputSize + hiddenSize + 1);
  const depth = n * (log2Ceil(inputSize + hiddenSize) + 1);
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

/** The attention weights alone: n² numbers, and their bytes at a given precision. */
export function attentionMatrixSize(
  n: number,
  bytesPerNumber = 4,
): { entries: number; bytes: number } {
  positive('n', n);
  return { entries: n * n, bytes: n * n * bytesPerNumber };
}
