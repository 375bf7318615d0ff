/**
 * The matrix products behind attention and the layers around it: a · b and a · bᵀ, unrolled
 * for speed. Both add each sum's terms one by one in textbook order, so their results are
 * bit-for-bit those of the plain triple loop (the engine's numbers do not depend on the
 * unrolling); the Matrix type and its accessors are in ./matrix.
 *
 * The `?? 0` on array reads only satisfies `noUncheckedIndexedAccess`: every index is in range
 * by construction, and V8 compiles the check away.
 *
 * @module
 */

import { shapeOf, type Matrix } from './matrix';

/**
 * Matrix product a · b. Shapes: (n × k) · (k × m) → n × m.
 *
 * @example
 * toRows(matmul(fromRows([[1, 2]]), fromRows([[3], [4]]))); // [[11]]
 */
export function matmul(a: Matrix, b: Matrix): Matrix {
  if (a.cols !== b.rows) {
    throw new Error(`matmul needs a.cols = b.rows, got a ${shapeOf(a)} and b ${shapeOf(b)}`);
  }
  const { rows: n, cols: inner } = a;
  const m = b.cols;
  const A = a.data;
  const B = b.data;
  const C = new Float64Array(n * m);
  // i-k-j order: the inner loop walks a row of b and a row of c contiguously,
  // which is far kinder to the cache than the textbook i-j-k order. Two rows of
  // c and four k at a time: each load of b serves two rows and each C[i][j] is
  // loaded and stored a quarter as often. The terms are still added one by one
  // in k order, so the result is bit-for-bit the textbook sum.
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const r0 = i * inner;
    const r1 = r0 + inner;
    const c0 = i * m;
    const c1 = c0 + m;
    let k = 0;
    for (; k + 3 < inner; k += 4) {
      const a0 = A[r0 + k] ?? 0;
      const a1 = A[r0 + k + 1] ?? 0;
      const a2 = A[r0 + k + 2] ?? 0;
      const a3 = A[r0 + k + 3] ?? 0;
      const e0 = A[r1 + k] ?? 0;
      const e1 = A[r1 + k + 1] ?? 0;
      const e2 = A[r1 + k + 2] ?? 0;
      const e3 = A[r1 + k + 3] ?? 0;
      const b0 = k * m;
      const b1 = b0 + m;
      const b2 = b1 + m;
      const b3 = b2 + m;
      for (let j = 0; j < m; j++) {
        const y0 = B[b0 + j] ?? 0;
        const y1 = B[b1 + j] ?? 0;
        const y2 = B[b2 + j] ?? 0;
        const y3 = B[b3 + j] ?? 0;
        C[c0 + j] = (C[c0 + j] ?? 0) + a0 * y0 + a1 * y1 + a2 * y2 + a3 * y3;
        C[c1 + j] = (C[c1 + j] ?? 0) + e0 * y0 + e1 * y1 + e2 * y2 + e3 * y3;
      }
    }
    for (; k < inner; k++) {
      const a0 = A[r0 + k] ?? 0;
      const e0 = A[r1 + k] ?? 0;
      const bRow = k * m;
      for (let j = 0; j < m; j++) {
        const y = B[bRow + j] ?? 0;
        C[c0 + j] = (C[c0 + j] ?? 0) + a0 * y;
        C[c1 + j] = (C[c1 + j] ?? 0) + e0 * y;
      }
    }
  }
  for (; i < n; i++) {
    const aRow = i * inner;
    const cRow = i * m;
    for (let k = 0; k < inner; k++) {
      const aik = A[aRow + k] ?? 0;
      const bRow = k * m;
      for (let j = 0; j < m; j++) C[cRow + j] = (C[cRow + j] ?? 0) + aik * (B[bRow + j] ?? 0);
    }
  }
  return { rows: n, cols: m, data: C };
}

/**
 * a · bᵀ without building bᵀ. Shapes: (n × k) · (m × k)ᵀ → n × m.
 *
 * This is exactly the Q·Kᵀ of attention: entry (i, j) is the dot product of
 * row i of a with row j of b, and both rows are contiguous in memory.
 *
 * @example
 * const q = fromRows([[1, 0], [0, 1]]);
 * const k = fromRows([[2, 3], [4, 5], [6, 7]]);
 * toRows(matmulTransposeB(q, k)); // [[2, 4, 6], [3, 5, 7]]
 */
export function matmulTransposeB(a: Matrix, b: Matrix): Matrix {
  if (a.cols !== b.cols) {
    throw new Error(
      `matmulTransposeB needs a.cols = b.cols, got a ${shapeOf(a)} and b ${shapeOf(b)}`,
    );
  }
  const n = a.rows;
  const m = b.rows;
  const k = a.cols;
  const A = a.data;
  const B = b.data;
  const C = new Float64Array(n * m);
  // Two rows of a against four rows of b: eight dot products share each load.
  // Every sum still runs t = 0, 1, 2, … on its own accumulator, so the bits are
  // those of the plain loop, about twice as fast.
  let i = 0;
  for (; i + 1 < n; i += 2) {
    const a0 = i * k;
    const a1 = a0 + k;
    const c0 = i * m;
    const c1 = c0 + m;
    let j = 0;
    for (; j + 3 < m; j += 4) {
      const b0 = j * k;
      const b1 = b0 + k;
      const b2 = b1 + k;
      const b3 = b2 + k;
      let s00 = 0;
      let s01 = 0;
      let s02 = 0;
      let s03 = 0;
      let s10 = 0;
      let s11 = 0;
      let s12 = 0;
      let s13 = 0;
      for (let t = 0; t < k; t++) {
        const x0 = A[a0 + t] ?? 0;
        const x1 = A[a1 + t] ?? 0;
        const y0 = B[b0 + t] ?? 0;
        const y1 = B[b1 + t] ?? 0;
        const y2 = B[b2 + t] ?? 0;
        const y3 = B[b3 + t] ?? 0;
        s00 += x0 * y0;
        s01 += x0 * y1;
        s02 += x0 * y2;
        s03 += x0 * y3;
        s10 += x1 * y0;
        s11 += x1 * y1;
        s12 += x1 * y2;
        s13 += x1 * y3;
      }
      C[c0 + j] = s00;
      C[c0 + j + 1] = s01;
      C[c0 + j + 2] = s02;
      C[c0 + j + 3] = s03;
      C[c1 + j] = s10;
      C[c1 + j + 1] = s11;
      C[c1 + j + 2] = s12;
      C[c1 + j + 3] = s13;
    }
    for (; j < m; j++) {
      const bRow = j * k;
      let s0 = 0;
      let s1 = 0;
      for (let t = 0; t < k; t++) {
        const y = B[bRow + t] ?? 0;
        s0 += (A[a0 + t] ?? 0) * y;
        s1 += (A[a1 + t] ?? 0) * y;
      }
      C[c0 + j] = s0;
      C[c1 + j] = s1;
    }
  }
  for (; i < n; i++) {
    const aRow = i * k;
    const cRow = i * m;
    for (let j = 0; j < m; j++) {
      const bRow = j * k;
      let sum = 0;
      for (let t = 0; t < k; t++) sum += (A[aRow + t] ?? 0) * (B[bRow + t] ?? 0);
      C[cRow + j] = sum;
    }
  }
  return { rows: n, cols: m, data: C };
}
