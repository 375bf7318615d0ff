/**
 * The pieces of a transformer block other than attention: LayerNorm, ReLU, a linear layer with
 * bias, and the residual sum. Each works row by row on an n × d matrix, one row per token.
 *
 * @module
 */

import { shapeOf, type Matrix } from './matrix';
import { matmul } from './matrixKernels';

function checkVector(v: ArrayLike<number>, length: number, name: string): void {
  if (v.length !== length) {
    throw new Error(`${name} must have ${length} entries (one per column), got ${v.length}`);
  }
}

/**
 * LayerNorm of each row: subtract the row's mean, divide by √(variance + ε), then scale by
 * `gain` and shift by `bias` (one entry per column). The variance is the biased one (divided by
 * d, not d − 1), as in PyTorch and TensorFlow.js.
 *
 * Why: it keeps every token's vector at a steady scale however the residual sum grows, so the
 * next layer's dot products stay in a range softmax can work with.
 *
 * @example
 * toRows(layerNorm(fromRows([[1, 2, 3]]), [1, 1, 1], [0, 0, 0], 0));
 * // [[-1.2247, 0, 1.2247]] (rounded): mean 2, variance 2/3
 */
export function layerNorm(
  x: Matrix,
  gain: ArrayLike<number>,
  bias: ArrayLike<number>,
  epsilon: number,
): Matrix {
  checkVector(gain, x.cols, 'gain');
  checkVector(bias, x.cols, 'bias');
  if (!Number.isFinite(epsilon) || epsilon < 0) {
    throw new Error(`epsilon must be a finite number ≥ 0, got ${String(epsilon)}`);
  }
  const d = x.cols;
  const out = new Float64Array(x.rows * d);
  for (let i = 0; i < x.rows; i++) {
    const start = i * d;
    let mean = 0;
    for (let j = 0; j < d; j++) mean += x.data[start + j] ?? NaN;
    mean /= d;
    let variance = 0;
    for (let j = 0; j < d; j++) variance += ((x.data[start + j] ?? NaN) - mean) ** 2;
    variance /= d;
    const inverse = 1 / Math.sqrt(variance + epsilon);
    for (let j = 0; j < d; j++) {
      out[start + j] =
        ((x.data[start + j] ?? NaN) - mean) * inverse * (gain[j] ?? NaN) + (bias[j] ?? NaN);
    }
  }
  return { rows: x.rows, cols: d, data: out };
}

/**
 * ReLU: max(0, v) for every entry. NaN stays NaN.
 *
 * @example
 * toRows(relu(fromRows([[-1, 0, 2]]))); // [[0, 0, 2]]
 */
export function relu(x: Matrix): Matrix {
  return { rows: x.rows, cols: x.cols, data: x.data.map((v) => (v < 0 ? 0 : v)) };
}

/**
 * A linear layer: x·W + b, with b added to every row. Shapes: (n × k) · (k × m) + (m) → n × m.
 *
 * @example
 * toRows(linear(fromRows([[1, 2]]), fromRows([[1, 0], [0, 1]]), [10, 20])); // [[11, 22]]
 */
export function linear(x: Matrix, w: Matrix, b: ArrayLike<number>): Matrix {
  checkVector(b, w.cols, 'b');
  const out = matmul(x, w);
  for (let i = 0; i < out.rows; i++) {
    for (let j = 0; j < out.cols; j++) {
      out.data[i * out.cols + j] = (out.data[i * out.cols + j] ?? NaN) + (b[j] ?? NaN);
    }
  }
  return out;
}

/**
 * The residual sum a + b (same shapes): a block adds what it computed to what came in.
 *
 * @example
 * toRows(add(fromRows([[1, 2]]), fromRows([[10, 20]]))); // [[11, 22]]
 */
export function add(a: Matrix, b: Matrix): Matrix {
  if (a.rows !== b.rows || a.cols !== b.cols) {
    throw new Error(`add needs equal shapes, got a ${shapeOf(a)} and b ${shapeOf(b)}`);
  }
  return { rows: a.rows, cols: a.cols, data: a.data.map((v, i) => v + (b.data[i] ?? NaN)) };
}
