/**
 * The attention pass's seeded inputs, shared by the engine and the libraries.
 *
 * The numbers are drawn once as float32, and the engine gets exact float64
 * copies of them, so the float64 engine and the float32 libraries start from
 * identical inputs and any difference in their results is their own.
 */
import { matrix } from '../src/engine/matrix';
import type { Matrix } from '../src/engine/matrix';
import { gaussian, mulberry32 } from './timing';

export const D_MODEL = 64;
export const D_K = 64;

export interface Projections32 {
  readonly wq: Float32Array;
  readonly wk: Float32Array;
  readonly wv: Float32Array;
}

export interface Inputs {
  readonly n: number;
  /** float32 inputs, for the libraries: x is n × d_model, each projection d_model × d_k. */
  readonly x32: Float32Array;
  readonly w32: Projections32;
  /** The same numbers as float64 matrices, for the engine. */
  readonly x: Matrix;
  readonly w: { readonly wq: Matrix; readonly wk: Matrix; readonly wv: Matrix };
}

/** One pass's attention weights (n × n) and output (n × d_k), row-major. */
export interface PassResult {
  readonly weights: ArrayLike<number>;
  readonly output: ArrayLike<number>;
}

/** Projections are shared by every n, like a model's weights; x is drawn per sentence length. */
export function makeProjections(): Projections32 {
  const normal = gaussian(mulberry32(0x5eed));
  // N(0, 1)/√d_model keeps Q, K and V entries near unit scale whatever d_model is.
  const draw = (): Float32Array =>
    Float32Array.from({ length: D_MODEL * D_K }, () => normal() / Math.sqrt(D_MODEL));
  return { wq: draw(), wk: draw(), wv: draw() };
}

/** x with entries uniform in [-1, 1), seeded by n. */
export function makeInputs(n: number, w32: Projections32): Inputs {
  const uniform = mulberry32(n);
  const x32 = Float32Array.from({ length: n * D_MODEL }, () => 2 * uniform() - 1);
  const m = (rows: number, cols: number, data: Float32Array): Matrix =>
    matrix(rows, cols, Float64Array.from(data));
  return {
    n,
    x32,
    w32,
    x: m(n, D_MODEL, x32),
    w: { wq: m(D_MODEL, D_K, w32.wq), wk: m(D_MODEL, D_K, w32.wk), wv: m(D_MODEL, D_K, w32.wv) },
  };
}
