/**
 * The loss both models are trained on: cross-entropy over the k answers,
 *
 *     loss = −log p_y,   p = softmax(logits),   ∂loss/∂logits = p − onehot(y)
 *
 * with the softmax of ../softmax (stable for any logits).
 *
 * @module
 */

import { softmax } from '../softmax';

/** One sequence's loss, whether its largest logit is the target, and ∂loss/∂logits. */
export interface ClassifierLoss {
  readonly loss: number;
  /** The model's answer (the largest logit, the first of equals) is the target. */
  readonly correct: boolean;
  /** p − onehot(y), times the scale asked for (1/batch size for a batch mean). */
  readonly dLogits: Float64Array;
}

/**
 * @param logits k numbers
 * @param target the right class, 0 … k − 1
 * @param scale multiplies the gradient: 1/B when the loss is a mean over B sequences
 * @example
 * crossEntropy(Float64Array.of(0, 0), 1).loss; // ln 2 ≈ 0.693
 */
export function crossEntropy(logits: Float64Array, target: number, scale = 1): ClassifierLoss {
  if (!Number.isInteger(target) || target < 0 || target >= logits.length) {
    throw new Error(`target must be an integer in [0, ${logits.length - 1}], got ${target}`);
  }
  const p = softmax(logits);
  // −log p_y, from the logits directly: log p underflows to −Infinity once p_y < 1e-308.
  let max = -Infinity;
  for (const value of logits) max = Math.max(max, value);
  let sum = 0;
  for (const value of logits) sum += Math.exp(value - max);
  const loss = max + Math.log(sum) - (logits[target] ?? 0);
  const dLogits = new Float64Array(logits.length);
  for (let c = 0; c < logits.length; c++) {
    dLogits[c] = ((p[c] ?? 0) - (c === target ? 1 : 0)) * scale;
  }
  return { loss, correct: largest(logits) === target, dLogits };
}

/** The model's answer: the index of the largest logit, the first of equals. */
export function largest(logits: Float64Array): number {
  let best = 0;
  for (let c = 1; c < logits.length; c++) if ((logits[c] ?? 0) > (logits[best] ?? 0)) best = c;
  return best;
}
