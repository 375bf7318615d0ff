/**
 * How strongly the first token still reaches position t: the size of the Jacobian ∂out_t/∂x₁,
 * measured by its spectral norm (its largest singular value: the most any unit change of x₁ can
 * move out_t). Backpropagation multiplies an error at t by the transpose of the same Jacobian,
 * which has the same singular values, so one number answers both questions: how much can token
 * 1 move position t forward, and how large can the gradient reaching token 1 from t be.
 *
 * This module holds the spectral norm and the curve for one attention layer; rnn.ts holds the
 * RNN's curve.
 *
 * @module
 */

import { selfAttention, type Projections } from './attention';
import { matrix, type Matrix } from './matrix';

/** One value per position t = 1 … n (index t − 1). */
export interface InfluenceCurve {
  /** log₁₀ ‖∂out_t/∂x₁‖₂: always representable (−Infinity only if the Jacobian is exactly 0). */
  readonly log10Norms: Float64Array;
  /** ‖∂out_t/∂x₁‖₂ itself, i.e. 10 ** log10Norms: 0 once it underflows float64 (below ~1e-308). */
  readonly norms: Float64Array;
}

/** Builds a curve from its log₁₀ values. */
export function curveFromLog10(log10Norms: Float64Array): InfluenceCurve {
  return { log10Norms, norms: log10Norms.map((l) => 10 ** l) };
}

/**
 * Largest eigenvalue of a symmetric matrix (row-major, size × size) by the cyclic Jacobi
 * method: plane rotations zero one off-diagonal entry at a time until the matrix is diagonal
 * to rounding. Slower than power iteration for big matrices, but accurate to about machine
 * precision whatever the gap between the eigenvalues, and ours are at most 64 × 64.
 */
function largestEigenvalue(a: Float64Array, size: number): number {
  for (let sweep = 0; sweep < 60; sweep++) {
    let off = 0;
    let diagonal = 0;
    for (let i = 0; i < size; i++) {
      diagonal += (a[i * size + i] ?? 0) ** 2;
      for (let j = i + 1; j < size; j++) off += (a[i * size + j] ?? 0) ** 2;
    }
    if (off <= 1e-34 * diagonal || off === 0) break;
    for (let p = 0; p < size - 1; p++) {
      for (let q = p + 1; q < size; q++) {
        const apq = a[p * size + q] ?? 0;
        if (apq === 0) continue;
        // The rotation that makes the 2×2 block [app apq; apq aqq] diagonal (Golub & Van Loan).
        const theta = ((a[q * size + q] ?? 0) - (a[p * size + p] ?? 0)) / (2 * apq);
        const t = (theta < 0 ? -1 : 1) / (Math.abs(theta) + Math.sqrt(1 + theta * theta));
        const c = 1 / Math.sqrt(1 + t * t);
        const s = t * c;
        // a ← Jᵀ·a·J: columns p and q, then rows p and q.
        for (let k = 0; k < size; k++) {
          const akp = a[k * size + p] ?? 0;
          const akq = a[k * size + q] ?? 0;
          a[k * size + p] = c * akp - s * akq;
          a[k * size + q] = s * akp + c * akq;
        }
        for (let k = 0; k < size; k++) {
          const apk = a[p * size + k] ?? 0;
          const aqk = a[q * size + k] ?? 0;
          a[p * size + k] = c * apk - s * aqk;
          a[q * size + k] = s * apk + c * aqk;
        }
      }
    }
  }
  let largest = 0;
  for (let i = 0; i < size; i++) largest = Math.max(largest, a[i * size + i] ?? 0);
  return largest;
}

/**
 * The spectral norm ‖m‖₂: the largest singular value, i.e. √(largest eigenvalue of mᵀm). The
 * smaller of mᵀm and m·mᵀ is used (they share their non-zero eigenvalues).
 *
 * @example
 * spectralNorm(fromRows([[3, 0], [0, -4]])); // 4
 * spectralNorm(fromRows([[1, 1], [1, 1]])); // 2
 * spectralNorm(fromRows([[1, 2, 2]])); // 3
 */
export function spectralNorm(m: Matrix): number {
  const { rows, cols } = m;
  // Divide by the largest entry first, so that squaring in the Gram matrix cannot overflow
  // (entries near 1e200) or underflow (entries near 1e-200).
  let largest = 0;
  for (const value of m.data) largest = Math.max(largest, Math.abs(value));
  if (largest === 0 || !Number.isFinite(largest)) return largest;
  const data = m.data.map((value) => value / largest);
  const tall = rows >= cols;
  const size = tall ? cols : rows;
  const inner = tall ? rows : cols;
  // Entry (i, j) of the Gram matrix: column i · column j (tall) or row i · row j (wide).
  const entry = (i: number, k: number) => (tall ? data[k * cols + i] : data[i * cols + k]) ?? 0;
  const gram = new Float64Array(size * size);
  for (let i = 0; i < size; i++) {
    for (let j = i; j < size; j++) {
      let sum = 0;
      for (let k = 0; k < inner; k++) sum += entry(i, k) * entry(j, k);
      gram[i * size + j] = sum;
      gram[j * size + i] = sum;
    }
  }
  return largest * Math.sqrt(largestEigenvalue(gram, size));
}

export interface AttentionInfluence extends InfluenceCurve {
  /** a_t1: the attention weight each position t gives to token 1. */
  readonly weightsOnFirst: Float64Array;
}

/**
 * ‖∂y_t/∂x₁‖₂ for t = 1 … n in one bidirectional attention head over embeddings x (n × d_in),
 * with q_t = x_t·W_q, k_j = x_j·W_k, v_j = x_j·W_v (row vectors), a_t = softmax(q_t·Kᵀ·s) with
 * s = 1/(√d_k·T), and y_t = Σ_j a_tj·v_j.
 *
 * For t ≠ 1 only k₁ and v₁ depend on x₁, and differentiating the softmax gives, with dy_t = dx₁·J_t,
 *
 *     J_t = a_t1 · (W_v + s · (W_k·q_tᵀ)(v₁ − y_t))          (d_in × d_v)
 *
 * (in column-vector form, W_v + (v₁ − y_t)(W_kᵀq_t)ᵀ/√d_k). For t = 1 the query depends on x₁
 * too, which adds s · W_q · Σ_j a_1j·k_jᵀ(v_j − y_1). The size is set by a_t1, how much t
 * attends to token 1, not by the distance t − 1: it is small when token 1 is irrelevant to t,
 * and about 1/n when n similar tokens share the weight.
 *
 * @example
 * const x = fromRows([[1, 0], [0, 1], [1, 0]]);
 * const identity = fromRows([[1, 0], [0, 1]]);
 * attentionInfluence(x, { wq: identity, wk: identity, wv: identity }).norms; // 3 numbers
 */
export function attentionInfluence(
  x: Matrix,
  projections: Projections,
  options: { readonly temperature?: number } = {},
): AttentionInfluence {
  const { wq, wk, wv } = projections;
  const result = selfAttention(x, projections, { heads: 1, ...options });
  const head = result.heads[0];
  if (!head) throw new Error('attentionInfluence: the attention layer returned no head');
  const { rows: n, cols: dIn } = x;
  const dK = wq.cols;
  const dV = wv.cols;
  const s = result.scale;
  const { queries: Q, keys: K, values: V, weights: A, output: Y } = head;
  const val = (m: Matrix, i: number, j: number) => m.data[i * m.cols + j] ?? 0;

  const log10Norms = new Float64Array(n);
  const weightsOnFirst = new Float64Array(n);
  const jacobian = matrix(dIn, dV);
  const J = jacobian.data;
  const wkq = new Float64Array(dIn);
  for (let t = 0; t < n; t++) {
    const a = val(A, t, 0);
    weightsOnFirst[t] = a;
    for (let m = 0; m < dIn; m++) {
      let sum = 0;
      for (let c = 0; c < dK; c++) sum += val(wk, m, c) * val(Q, t, c);
      wkq[m] = sum;
    }
    for (let m = 0; m < dIn; m++) {
      for (let c = 0; c < dV; c++) {
        const gap = val(V, 0, c) - val(Y, t, c);
        J[m * dV + c] = a * (val(wv, m, c) + s * (wkq[m] ?? 0) * gap);
      }
    }
    if (t === 0) addQueryTerm(jacobian, { wq, K, V, A, Y, s });
    log10Norms[t] = Math.log10(spectralNorm(jacobian));
  }
  return { ...curveFromLog10(log10Norms), weightsOnFirst };
}

/** J₁ += s · W_q · Σ_j a_1j·k_jᵀ(v_j − y_1): token 1's own query moves with x₁. */
function addQueryTerm(
  jacobian: Matrix,
  parts: { wq: Matrix; K: Matrix; V: Matrix; A: Matrix; Y: Matrix; s: number },
): void {
  const { wq, K, V, A, Y, s } = parts;
  const n = K.rows;
  const dK = K.cols;
  const dV = V.cols;
  const val = (m: Matrix, i: number, j: number) => m.data[i * m.cols + j] ?? 0;
  const spread = new Float64Array(dK * dV); // Σ_j a_1j·k_jᵀ(v_j − y_1), d_k × d_v
  for (let j = 0; j < n; j++) {
    const a = val(A, 0, j);
    for (let c = 0; c < dK; c++) {
      const ak = a * val(K, j, c);
      for (let e = 0; e < dV; e++) {
        spread[c * dV + e] = (spread[c * dV + e] ?? 0) + ak * (val(V, j, e) - val(Y, 0, e));
      }
    }
  }
  const J = jacobian.data;
  for (let m = 0; m < jacobian.rows; m++) {
    for (let e = 0; e < dV; e++) {
      let sum = 0;
      for (let c = 0; c < dK; c++) sum += val(wq, m, c) * (spread[c * dV + e] ?? 0);
      J[m * dV + e] = (J[m * dV + e] ?? 0) + s * sum;
    }
  }
}
