/**
 * An Elman RNN, the simplest recurrent network, reading a sentence one token at a time:
 *
 *     h_t = tanh(W·x_t + U·h_{t−1} + b),   h₀ = 0       (column vectors)
 *
 * x_t (d_in) is token t's embedding, h_t (d_h) the hidden state: a fixed number of numbers,
 * whatever the length of the sentence. W is d_h × d_in, U is d_h × d_h, b has d_h entries.
 *
 * The weights are random, not trained, and seeded, so every run gives the same numbers:
 * - W ~ N(0, 1/d_in): with embeddings of norm ≤ 1 the first step's tanh is far from saturated;
 * - U = g·Q with Q orthogonal, so U shrinks or stretches every direction by exactly the
 *   recurrent gain g (the lesson's dial, default 0.9);
 * - b ~ N(0, 0.1²).
 *
 * rnnInfluence measures how strongly x₁ still reaches h_t: the vanishing (or exploding) gradient.
 *
 * @module
 */

import { curveFromLog10, spectralNorm, type InfluenceCurve } from './jacobianNorms';
import { matrix, type Matrix } from './matrix';
import { matmul } from './matrixKernels';
import { gaussian, mulberry32 } from './seededRandom';

export const RNN_DEFAULTS = { hiddenSize: 16, gain: 0.9, seed: 1 } as const;
/** The largest hidden size the lesson offers. */
export const MAX_HIDDEN_SIZE = 64;

export interface RnnOptions {
  /** d_h: numbers in the hidden state, 1 … MAX_HIDDEN_SIZE. Default 16. */
  readonly hiddenSize?: number;
  /** g: the recurrent matrix is g times an orthogonal matrix. Default 0.9. */
  readonly gain?: number;
  /** Seed of the random weights. Default 1. */
  readonly seed?: number;
}

export interface ElmanRnn {
  readonly inputSize: number;
  readonly hiddenSize: number;
  readonly gain: number;
  readonly seed: number;
  /** d_h × d_in */
  readonly w: Matrix;
  /** d_h × d_h, equal to gain × an orthogonal matrix */
  readonly u: Matrix;
  /** d_h */
  readonly b: Float64Array;
}

/**
 * A random orthogonal size × size matrix (QᵀQ = I): Gram–Schmidt on the columns of a Gaussian
 * matrix, each column orthogonalised twice so that rounding does not build up.
 *
 * @example
 * const q = orthogonalMatrix(3, gaussian(mulberry32(7)));
 * // matmul(transpose(q), q) is the identity to about 1e-16
 */
export function orthogonalMatrix(size: number, normal: () => number): Matrix {
  const q = matrix(size, size);
  const Q = q.data;
  for (let j = 0; j < size; j++) {
    const column = Float64Array.from({ length: size }, normal);
    for (let pass = 0; pass < 2; pass++) {
      for (let k = 0; k < j; k++) {
        let dot = 0;
        for (let i = 0; i < size; i++) dot += (Q[i * size + k] ?? 0) * (column[i] ?? 0);
        for (let i = 0; i < size; i++) column[i] = (column[i] ?? 0) - dot * (Q[i * size + k] ?? 0);
      }
    }
    const norm = Math.hypot(...column);
    if (!(norm > 1e-8)) throw new Error('orthogonalMatrix: a random column was degenerate');
    for (let i = 0; i < size; i++) Q[i * size + j] = (column[i] ?? 0) / norm;
  }
  return q;
}

/**
 * The seeded, untrained RNN for embeddings of size inputSize.
 *
 * @example
 * const rnn = createRnn(11); // d_h = 16, g = 0.9, seed 1
 * rnn.w.rows; // 16
 * createRnn(11, { hiddenSize: 8, gain: 1.5 }).u.rows; // 8
 */
export function createRnn(inputSize: number, options: RnnOptions = {}): ElmanRnn {
  const { hiddenSize, gain, seed } = { ...RNN_DEFAULTS, ...options };
  if (!Number.isInteger(inputSize) || inputSize < 1) {
    throw new Error(`inputSize must be a positive integer, got ${String(inputSize)}`);
  }
  if (!Number.isInteger(hiddenSize) || hiddenSize < 1 || hiddenSize > MAX_HIDDEN_SIZE) {
    throw new Error(
      `hiddenSize must be an integer in [1, ${MAX_HIDDEN_SIZE}], got ${String(hiddenSize)}`,
    );
  }
  if (!Number.isFinite(gain) || gain < 0) {
    throw new Error(`gain must be a finite number ≥ 0, got ${String(gain)}`);
  }
  const normal = gaussian(mulberry32(seed));
  const scale = 1 / Math.sqrt(inputSize);
  const w = matrix(
    hiddenSize,
    inputSize,
    Float64Array.from({ length: hiddenSize * inputSize }, () => normal() * scale),
  );
  const u = orthogonalMatrix(hiddenSize, normal);
  for (let i = 0; i < u.data.length; i++) u.data[i] = (u.data[i] ?? 0) * gain;
  const b = Float64Array.from({ length: hiddenSize }, () => 0.1 * normal());
  return { inputSize, hiddenSize, gain, seed, w, u, b };
}

/**
 * Runs the RNN over embeddings x (n × d_in, one row per token) from h₀ = 0.
 * Returns the hidden states, n × d_h: row t − 1 is h_t.
 *
 * @example
 * const hiddenStates = runRnn(createRnn(2), fromRows([[1, 0], [0, 1]]));
 * row(hiddenStates, 1); // h₂: 16 numbers in (−1, 1)
 */
export function runRnn(rnn: ElmanRnn, x: Matrix): Matrix {
  return runRecurrence(rnn, rnnInputTerms(rnn, x));
}

/**
 * b + W·x_t for every t (n × d_h): the part of each step that needs no earlier step, so it can be
 * computed for all positions at once, like attention's projections.
 */
export function rnnInputTerms(rnn: ElmanRnn, x: Matrix): Matrix {
  const { w, b, hiddenSize: dH, inputSize: dIn } = rnn;
  if (x.cols !== dIn) {
    throw new Error(`x must have ${dIn} columns (the RNN's inputSize), got ${x.cols}`);
  }
  const n = x.rows;
  const terms = new Float64Array(n * dH);
  for (let t = 0; t < n; t++) {
    for (let i = 0; i < dH; i++) {
      let sum = b[i] ?? 0;
      for (let m = 0; m < dIn; m++) sum += (w.data[i * dIn + m] ?? 0) * (x.data[t * dIn + m] ?? 0);
      terms[t * dH + i] = sum;
    }
  }
  return matrix(n, dH, terms);
}

/**
 * h_t = tanh(inputTerms_t + U·h_{t−1}) for t = 1 … n, from h₀ = 0: the part that must run one
 * step after another. inputTerms is rnnInputTerms(rnn, x), n × d_h.
 */
export function runRecurrence(rnn: ElmanRnn, inputTerms: Matrix): Matrix {
  const { u, hiddenSize: dH } = rnn;
  if (inputTerms.cols !== dH) {
    throw new Error(
      `inputTerms must have ${dH} columns (the RNN's hiddenSize), got ${inputTerms.cols}`,
    );
  }
  const n = inputTerms.rows;
  const H = new Float64Array(n * dH);
  for (let t = 0; t < n; t++) {
    for (let i = 0; i < dH; i++) {
      let sum = inputTerms.data[t * dH + i] ?? 0;
      // h₀ = 0, so the first step has no recurrent term.
      if (t > 0) {
        for (let k = 0; k < dH; k++) sum += (u.data[i * dH + k] ?? 0) * (H[(t - 1) * dH + k] ?? 0);
      }
      H[t * dH + i] = Math.tanh(sum);
    }
  }
  return matrix(n, dH, H);
}

/**
 * ‖∂h_t/∂x₁‖₂ for t = 1 … n: how strongly the first token can still move the hidden state at
 * step t, and equally the largest factor by which an error at step t reaches token 1 in
 * backpropagation (which multiplies by the transposes of the same Jacobians: same singular
 * values). By the chain rule, with D_t = diag(1 − h_t²) the slope of tanh,
 *
 *     ∂h₁/∂x₁ = D₁·W,    ∂h_t/∂x₁ = D_t·U·∂h_{t−1}/∂x₁
 *
 * so ‖∂h_t/∂x₁‖ ≤ ‖W‖·‖D_t‖⋯‖D₁‖·g^(t−1) ≤ ‖W‖·g^(t−1): with g < 1 it must decay exponentially
 * with the distance t − 1; with g > 1 it can grow, though saturated tanh units (D near 0)
 * may hold it back. The product is kept as scale × matrix, the matrix renormalised every step
 * and the log of the scale accumulated, so nothing underflows even at t = 512.
 *
 * @param hiddenStates runRnn(rnn, x) for the same RNN (x₂ … x_n only act through it)
 * @example
 * const rnn = createRnn(11);
 * rnnInfluence(rnn, runRnn(rnn, x)).log10Norms; // e.g. [−0.3, −0.4, …] falling with t
 */
export function rnnInfluence(rnn: ElmanRnn, hiddenStates: Matrix): InfluenceCurve {
  const { w, u, hiddenSize: dH, inputSize: dIn } = rnn;
  if (hiddenStates.cols !== dH) {
    throw new Error(
      `hiddenStates must have ${dH} columns (the RNN's hiddenSize), got ${hiddenStates.cols}`,
    );
  }
  const n = hiddenStates.rows;
  const H = hiddenStates.data;
  const log10Norms = new Float64Array(n);
  // ∂h_t/∂x₁ = exp(logScale) · jacobian, the jacobian (d_h × d_in) kept with largest entry 1.
  let jacobian = w;
  let logScale = 0;
  for (let t = 0; t < n; t++) {
    jacobian = t === 0 ? matrix(dH, dIn, w.data.slice()) : matmul(u, jacobian);
    const J = jacobian.data;
    let largest = 0;
    for (let i = 0; i < dH; i++) {
      const h = H[t * dH + i] ?? 0;
      const slope = (1 - h) * (1 + h); // 1 − h², without cancellation near |h| = 1
      for (let m = i * dIn; m < (i + 1) * dIn; m++) {
        J[m] = slope * (J[m] ?? 0);
        largest = Math.max(largest, Math.abs(J[m] ?? 0));
      }
    }
    if (largest > 0) {
      for (let m = 0; m < J.length; m++) J[m] = (J[m] ?? 0) / largest;
      logScale += Math.log(largest);
    }
    log10Norms[t] = logScale / Math.LN10 + Math.log10(spectralNorm(jacobian));
  }
  return curveFromLog10(log10Norms);
}

/**
 * The first `length` rows of x repeated end to end: the lesson's sentence read again and again
 * to make a sequence of any length. Each copy is its own input: x₁ is only the first row.
 *
 * @example
 * toRows(repeatRows(fromRows([[1], [2], [3]]), 5)); // [[1], [2], [3], [1], [2]]
 */
export function repeatRows(x: Matrix, length: number): Matrix {
  if (!Number.isInteger(length) || length < 0) {
    throw new Error(`length must be an integer ≥ 0, got ${String(length)}`);
  }
  if (x.rows === 0 && length > 0) throw new Error('x must have at least one row to repeat');
  const out = matrix(length, x.cols);
  for (let t = 0; t < length; t++) {
    const from = (t % x.rows) * x.cols;
    out.data.set(x.data.subarray(from, from + x.cols), t * x.cols);
  }
  return out;
}
