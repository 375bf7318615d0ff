/**
 * Scaled dot-product self-attention, keeping every intermediate so the lesson
 * can show each number.
 *
 * For n tokens with embeddings x (n × d_model), one head computes
 *
 *     Q = x·W_q,  K = x·W_k,  V = x·W_v          (n × d_k, n × d_k, n × d_v)
 *     scores  = Q·Kᵀ                             (n × n: how well query i matches key j)
 *     scaled  = scores / (√d_k · T)              (masked entries set to -Infinity)
 *     weights = softmax of each row of scaled    (each row sums to 1)
 *     output  = weights·V                        (n × d_v: a weighted average of values)
 *
 * Why divide by √d_k: a dot product of d_k roughly unit-variance numbers has
 * variance d_k, so without the scale larger heads would push softmax into
 * near one-hot rows where almost nothing can be learned. T (temperature) is the
 * lesson's extra dial: T < 1 sharpens the weights, T > 1 flattens them.
 *
 * Multi-head attention splits the projection columns into `heads` equal
 * slices, runs the above on each slice independently, and puts the heads'
 * outputs side by side.
 *
 * @module
 */

import { concatCols, sliceCols } from './matrix';
import { matmul, matmulTransposeB } from './matrixKernels';
import type { Matrix } from './matrix';
import { softmaxRows } from './softmax';

/** The learned projections; each has d_model rows and heads·d_k (W_v: heads·d_v) columns. */
export interface Projections {
  readonly wq: Matrix;
  readonly wk: Matrix;
  readonly wv: Matrix;
}

export interface AttentionOptions {
  /** Number of heads; must divide the projection widths. Default 1. */
  readonly heads?: number;
  /** Hide later tokens: query i may only attend to keys j ≤ i. Default false. */
  readonly causal?: boolean;
  /** Softmax temperature T > 0. Default 1. */
  readonly temperature?: number;
}

/** Everything one head computed, in the order it was computed. */
export interface HeadAttention {
  /** n × d_k */
  readonly queries: Matrix;
  /** n × d_k */
  readonly keys: Matrix;
  /** n × d_v */
  readonly values: Matrix;
  /** Raw Q·Kᵀ, n × n, before scaling or masking. */
  readonly scores: Matrix;
  /** Q·Kᵀ / (√d_k·T), n × n, with masked entries set to -Infinity. */
  readonly scaledScores: Matrix;
  /** Row-wise softmax of scaledScores, n × n; masked entries are exactly 0. */
  readonly weights: Matrix;
  /** weights·V, n × d_v. */
  readonly output: Matrix;
  /** Queries with no key to attend to; their weights and output rows are zeros. */
  readonly fullyMaskedRows: number[];
}

export interface AttentionResult {
  readonly heads: HeadAttention[];
  /** The heads' outputs side by side, n × (heads·d_v). */
  readonly output: Matrix;
  /** Key size per head. */
  readonly dK: number;
  /** The factor applied to the scores: 1 / (√d_k · T). */
  readonly scale: number;
  readonly causal: boolean;
  readonly temperature: number;
}

/**
 * The causal mask rule: query i may not look at a later key j > i, because
 * when generating text those tokens do not exist yet.
 *
 * @example
 * isMasked(0, 1); // true: token 0 cannot see token 1
 * isMasked(2, 1); // false
 */
export function isMasked(query: number, key: number): boolean {
  return key > query;
}

/**
 * The causal mask as an n × n table (true = hidden), e.g. for drawing it.
 *
 * @example
 * causalMask(3);
 * // [[false, true,  true ],
 * //  [false, false, true ],
 * //  [false, false, false]]
 */
export function causalMask(n: number): boolean[][] {
  if (!Number.isInteger(n) || n < 0) {
    throw new Error(`n must be a non-negative integer, got ${String(n)}`);
  }
  return Array.from({ length: n }, (_, i) => Array.from({ length: n }, (_, j) => isMasked(i, j)));
}

function checkTemperature(temperature: number): void {
  if (!Number.isFinite(temperature) || temperature <= 0) {
    throw new Error(`temperature must be a finite number > 0, got ${String(temperature)}`);
  }
}

function scaleFor(dK: number, temperature: number): number {
  const scale = 1 / (Math.sqrt(dK) * temperature);
  // A subnormal temperature would make the scale Infinity and 0·Infinity = NaN.
  if (!Number.isFinite(scale)) {
    throw new Error(`temperature ${String(temperature)} is too small: 1/(√d_k·T) overflows`);
  }
  return scale;
}

/**
 * One attention head on already-projected queries, keys and values.
 * Shapes: queries n × d_k, keys m × d_k, values m × d_v (self-attention has
 * m = n; a different m is allowed, and then query i still masks keys j > i).
 *
 * @example
 * const q = fromRows([[1, 0], [0, 1]]);
 * const head = attendHead(q, q, fromRows([[10], [20]]), { causal: true });
 * toRows(head.weights); // [[1, 0], [0.33, 0.67]] (rounded)
 * toRows(head.output); // [[10], [16.7]] (rounded)
 */
export function attendHead(
  queries: Matrix,
  keys: Matrix,
  values: Matrix,
  options: { readonly causal?: boolean; readonly temperature?: number } = {},
): HeadAttention {
  const causal = options.causal ?? false;
  const temperature = options.temperature ?? 1;
  checkTemperature(temperature);
  const dK = queries.cols;
  if (dK < 1) throw new Error('queries must have at least one column (d_k ≥ 1)');
  if (keys.cols !== dK) {
    throw new Error(`keys must have d_k = ${dK} columns like queries, got ${keys.cols}`);
  }
  if (values.rows !== keys.rows) {
    throw new Error(`values must have one row per key (${keys.rows}), got ${values.rows}`);
  }
  const scale = scaleFor(dK, temperature);

  const scores = matmulTransposeB(queries, keys);
  const n = scores.rows;
  const m = scores.cols;
  const raw = scores.data;
  const scaled = new Float64Array(n * m);
  for (let i = 0; i < n; i++) {
    // Keys j > i are masked, so a causal row only scales its first i + 1 entries.
    const visible = causal ? Math.min(i + 1, m) : m;
    const rowStart = i * m;
    for (let j = 0; j < visible; j++) scaled[rowStart + j] = (raw[rowStart + j] ?? NaN) * scale;
    for (let j = visible; j < m; j++) scaled[rowStart + j] = -Infinity;
  }
  const scaledScores: Matrix = { rows: n, cols: m, data: scaled };
  const { weights, fullyMaskedRows } = softmaxRows(scaledScores);
  const output = matmul(weights, values);
  return { queries, keys, values, scores, scaledScores, weights, output, fullyMaskedRows };
}

/**
 * Multi-head scaled dot-product self-attention over token embeddings x
 * (n × d_model), returning every intermediate of every head.
 *
 * n = 0 is allowed and gives empty (0-row) matrices throughout.
 *
 * @example
 * const x = fromRows([[1, 0], [0, 1], [1, 1]]); // 3 tokens, d_model = 2
 * const identity = fromRows([[1, 0], [0, 1]]);
 * const result = selfAttention(x, { wq: identity, wk: identity, wv: identity }, { causal: true });
 * result.scale; // 1 / √2
 * toRows(result.heads[0]!.weights)[0]; // [1, 0, 0]: token 0 sees only itself
 * result.output.rows; // 3
 */
export function selfAttention(
  x: Matrix,
  projections: Projections,
  options: AttentionOptions = {},
): AttentionResult {
  const heads = options.heads ?? 1;
  const causal = options.causal ?? false;
  const temperature = options.temperature ?? 1;
  checkTemperature(temperature);
  if (!Number.isInteger(heads) || heads < 1) {
    throw new Error(`heads must be a positive integer, got ${String(heads)}`);
  }
  const { wq, wk, wv } = projections;
  for (const [name, w] of [
    ['wq', wq],
    ['wk', wk],
    ['wv', wv],
  ] as const) {
    if (w.rows !== x.cols) {
      throw new Error(`projections.${name} must have d_model = ${x.cols} rows, got ${w.rows}`);
    }
    if (w.cols < heads || w.cols % heads !== 0) {
      throw new Error(
        `heads (${heads}) must divide projections.${name}'s ${w.cols} columns, leaving each head at least one`,
      );
    }
  }
  if (wk.cols !== wq.cols) {
    throw new Error(
      `projections.wk must have as many columns as wq (${wq.cols}) so queries and keys match, got ${wk.cols}`,
    );
  }
  const dK = wq.cols / heads;
  const dV = wv.cols / heads;
  const scale = scaleFor(dK, temperature);

  const q = matmul(x, wq);
  const k = matmul(x, wk);
  const v = matmul(x, wv);
  const headResults: HeadAttention[] = [];
  for (let h = 0; h < heads; h++) {
    // With one head the slices would be full copies; reuse the projections.
    const pick = (m: Matrix, size: number): Matrix =>
      heads === 1 ? m : sliceCols(m, h * size, (h + 1) * size);
    headResults.push(attendHead(pick(q, dK), pick(k, dK), pick(v, dV), { causal, temperature }));
  }
  const output = concatCols(headResults.map((r) => r.output));
  return { heads: headResults, output, dK, scale, causal, temperature };
}
