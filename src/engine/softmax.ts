/**
 * Softmax turns a row of arbitrary scores into weights that are ≥ 0 and sum
 * to 1:
 *
 *     softmax(s)_j = exp(s_j) / Σ_t exp(s_t)
 *
 * Computed literally, exp(800) overflows to Infinity and exp(-800) underflows
 * to 0, so a score of 800 would give Infinity / Infinity = NaN. Subtracting the
 * row's maximum first changes nothing mathematically (the common factor
 * exp(-max) cancels) but makes the largest exponent exp(0) = 1, so the sum can
 * neither overflow nor be 0.
 *
 * The edge cases follow what attention needs and what TensorFlow.js does:
 * - `-Infinity` means "masked": it gets weight exactly 0.
 * - A row that is all `-Infinity` (nothing to attend to) gets all zeros, not
 *   the 0 / 0 = NaN the formula would give.
 * - Any `NaN` makes the whole row `NaN`: a broken input should be visible, not
 *   quietly turned into plausible weights.
 * - `+Infinity` entries share the weight equally and everything else gets 0,
 *   which is the limit of softmax as those scores grow without bound.
 *
 * @module
 */

import type { Matrix } from './matrix';

/**
 * Writes softmax(input) into `out` (same length) and returns true when the row
 * was fully masked, i.e. had no entry other than -Infinity.
 */
function softmaxInto(input: ArrayLike<number>, out: Float64Array): boolean {
  const n = input.length;
  let max = -Infinity;
  let positiveInfinities = 0;
  for (let j = 0; j < n; j++) {
    const x = input[j] ?? NaN;
    if (Number.isNaN(x)) {
      out.fill(NaN);
      return false;
    }
    if (x === Infinity) positiveInfinities++;
    if (x > max) max = x;
  }
  if (max === -Infinity) {
    out.fill(0);
    return true;
  }
  if (positiveInfinities > 0) {
    // exp(s - max) would be Infinity - Infinity = NaN here; take the limit instead.
    const share = 1 / positiveInfinities;
    for (let j = 0; j < n; j++) out[j] = input[j] === Infinity ? share : 0;
    return false;
  }
  let sum = 0;
  for (let j = 0; j < n; j++) {
    // -Infinity - max = -Infinity and exp(-Infinity) = 0: masked entries come out exactly 0.
    const e = Math.exp((input[j] ?? NaN) - max);
    out[j] = e;
    sum += e;
  }
  // sum ≥ 1 because the max contributes exp(0) = 1, so this never divides by 0.
  for (let j = 0; j < n; j++) out[j] = (out[j] ?? NaN) / sum;
  return false;
}

/**
 * Numerically stable softmax of one row of scores (see the module notes for
 * -Infinity, NaN and +Infinity).
 *
 * @example
 * softmax([2, 1, 3]); // Float64Array [0.2447, 0.0900, 0.6652] (rounded)
 * softmax([1000, -1000]); // Float64Array [1, 0], no overflow
 * softmax([0, -Infinity]); // Float64Array [1, 0], masked entry is exactly 0
 * softmax([-Infinity, -Infinity]); // Float64Array [0, 0], fully masked
 */
export function softmax(scores: ArrayLike<number>): Float64Array {
  const out = new Float64Array(scores.length);
  softmaxInto(scores, out);
  return out;
}

/**
 * Softmax of every row of a matrix: how attention scores become attention
 * weights. Rows with no entry other than -Infinity (nothing they may attend
 * to, including rows with zero columns) come out as zeros and are listed in
 * `fullyMaskedRows`, so the page can say so instead of showing silent zeros.
 *
 * @example
 * const { weights, fullyMaskedRows } = softmaxRows(
 *   fromRows([[0, 0], [-Infinity, -Infinity]]),
 * );
 * toRows(weights); // [[0.5, 0.5], [0, 0]]
 * fullyMaskedRows; // [1]
 */
export function softmaxRows(m: Matrix): { weights: Matrix; fullyMaskedRows: number[] } {
  const { rows, cols } = m;
  const data = new Float64Array(rows * cols);
  const fullyMaskedRows: number[] = [];
  for (let i = 0; i < rows; i++) {
    // subarray views share memory, so each row is read and written in place.
    const start = i * cols;
    const masked = softmaxInto(
      m.data.subarray(start, start + cols),
      data.subarray(start, start + cols),
    );
    if (masked) fullyMaskedRows.push(i);
  }
  return { weights: { rows, cols, data }, fullyMaskedRows };
}

/** The stages of one row's softmax, for showing the arithmetic step by step. */
export interface SoftmaxSteps {
  /** The largest score (subtracted before exp, so nothing overflows); -Infinity if fully masked. */
  readonly max: number;
  /** exp(score − max) per entry: 0 for a masked entry. */
  readonly exps: Float64Array;
  /** Σ exp(score − max); 0 for a fully masked row. */
  readonly sum: number;
  /** exps ÷ sum: the same numbers softmax() returns. */
  readonly weights: Float64Array;
}

/**
 * Softmax with its intermediate numbers kept, for rows of finite or masked (-Infinity) scores.
 * The weights are softmax()'s own, so the shown arithmetic and the matrix cannot disagree.
 *
 * @example
 * softmaxSteps([2, 1, 3]); // max 3, exps [0.3679, 0.1353, 1], sum 1.5032, weights [0.2447, 0.0900, 0.6652]
 */
export function softmaxSteps(scores: ArrayLike<number>): SoftmaxSteps {
  const weights = softmax(scores);
  let max = -Infinity;
  for (let j = 0; j < scores.length; j++) {
    const x = scores[j] ?? NaN;
    if (Number.isNaN(x) || x === Infinity) {
      throw new Error('softmaxSteps: scores must be finite or -Infinity (masked)');
    }
    if (x > max) max = x;
  }
  const exps = new Float64Array(scores.length);
  let sum = 0;
  if (max !== -Infinity) {
    for (let j = 0; j < scores.length; j++) {
      const e = Math.exp((scores[j] ?? NaN) - max);
      exps[j] = e;
      sum += e;
    }
  }
  return { max, exps, sum, weights };
}
