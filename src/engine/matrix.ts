/**
 * A minimal dense matrix: just enough linear algebra for self-attention.
 *
 * Numbers live in one flat `Float64Array` in row-major order, so entry (i, j)
 * sits at `data[i * cols + j]`. One flat buffer instead of `number[][]` keeps
 * the hot loops free of pointer chasing and per-row allocations, which is what
 * lets a 512-token attention pass run in a few tens of milliseconds.
 *
 * The `?? 0` on array reads only satisfies `noUncheckedIndexedAccess`: every
 * index is in range by construction, and V8 compiles the check away.
 *
 * @module
 */

/** A rows × cols matrix of float64 numbers stored row-major in `data`. */
export interface Matrix {
  readonly rows: number;
  readonly cols: number;
  readonly data: Float64Array;
}

/** Throws unless `value` is an integer in [min, max], naming the argument. */
function checkInteger(value: number, name: string, min: number, max = Infinity): void {
  if (!Number.isInteger(value) || value < min || value > max) {
    const range = max === Infinity ? `≥ ${min}` : `in [${min}, ${max}]`;
    throw new Error(`${name} must be an integer ${range}, got ${String(value)}`);
  }
}

const shape = (m: Matrix): string => `${m.rows}×${m.cols}`;

/**
 * Creates a rows × cols matrix, zero-filled unless `data` is given.
 *
 * A `Float64Array` is adopted as-is (no copy), so the engine can wrap buffers
 * it has just filled; a plain array is copied.
 *
 * @example
 * const m = matrix(2, 3, [1, 2, 3, 4, 5, 6]);
 * get(m, 1, 0); // 4
 * matrix(2, 2).data; // Float64Array [0, 0, 0, 0]
 */
export function matrix(
  rows: number,
  cols: number,
  data?: Float64Array | readonly number[],
): Matrix {
  checkInteger(rows, 'rows', 0);
  checkInteger(cols, 'cols', 0);
  if (data === undefined) return { rows, cols, data: new Float64Array(rows * cols) };
  if (data.length !== rows * cols) {
    throw new Error(`data must hold ${rows}×${cols} = ${rows * cols} numbers, got ${data.length}`);
  }
  return { rows, cols, data: data instanceof Float64Array ? data : Float64Array.from(data) };
}

/**
 * Builds a matrix from an array of equally long rows (the way matrices are
 * written on paper). An empty array gives a 0 × 0 matrix.
 *
 * @example
 * const m = fromRows([[1, 2], [3, 4], [5, 6]]); // 3×2
 * m.data; // Float64Array [1, 2, 3, 4, 5, 6]
 */
export function fromRows(rows: readonly (readonly number[])[]): Matrix {
  const cols = rows[0]?.length ?? 0;
  const out = matrix(rows.length, cols);
  rows.forEach((r, i) => {
    if (r.length !== cols) {
      throw new Error(`rows must have equal lengths: row 0 has ${cols}, row ${i} has ${r.length}`);
    }
    out.data.set(r, i * cols);
  });
  return out;
}

/**
 * Copies a matrix out into nested arrays, e.g. for display or JSON.
 *
 * @example
 * toRows(matrix(2, 2, [1, 2, 3, 4])); // [[1, 2], [3, 4]]
 */
export function toRows(m: Matrix): number[][] {
  const out: number[][] = [];
  for (let i = 0; i < m.rows; i++) out.push(Array.from(row(m, i)));
  return out;
}

/**
 * Reads entry (i, j), with bounds checks (the hot loops index `data` directly).
 *
 * @example
 * get(fromRows([[1, 2], [3, 4]]), 0, 1); // 2
 */
export function get(m: Matrix, i: number, j: number): number {
  checkInteger(i, 'i', 0, m.rows - 1);
  checkInteger(j, 'j', 0, m.cols - 1);
  return m.data[i * m.cols + j] ?? NaN;
}

/**
 * Row i as a `Float64Array` **view** into `m.data`: no copy, so writing to it
 * writes to the matrix. Call `.slice()` on it if you need a private copy.
 *
 * @example
 * const m = fromRows([[1, 2], [3, 4]]);
 * row(m, 1); // Float64Array [3, 4]
 */
export function row(m: Matrix, i: number): Float64Array {
  checkInteger(i, 'i', 0, m.rows - 1);
  return m.data.subarray(i * m.cols, (i + 1) * m.cols);
}

/**
 * Matrix product a · b. Shapes: (n × k) · (k × m) → n × m.
 *
 * @example
 * toRows(matmul(fromRows([[1, 2]]), fromRows([[3], [4]]))); // [[11]]
 */
export function matmul(a: Matrix, b: Matrix): Matrix {
  if (a.cols !== b.rows) {
    throw new Error(`matmul needs a.cols = b.rows, got a ${shape(a)} and b ${shape(b)}`);
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
    throw new Error(`matmulTransposeB needs a.cols = b.cols, got a ${shape(a)} and b ${shape(b)}`);
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

/**
 * Copies columns [start, end) into a new matrix: how one head's slice of
 * the projected Q, K or V is cut out.
 *
 * @example
 * toRows(sliceCols(fromRows([[1, 2, 3], [4, 5, 6]]), 1, 3)); // [[2, 3], [5, 6]]
 */
export function sliceCols(m: Matrix, start: number, end: number): Matrix {
  checkInteger(start, 'start', 0, m.cols);
  checkInteger(end, 'end', start, m.cols);
  const width = end - start;
  const out = new Float64Array(m.rows * width);
  for (let i = 0; i < m.rows; i++) {
    out.set(m.data.subarray(i * m.cols + start, i * m.cols + end), i * width);
  }
  return { rows: m.rows, cols: width, data: out };
}

/**
 * Places matrices with the same number of rows side by side: how the heads'
 * outputs are joined back into one n × (heads·d_v) matrix.
 *
 * @example
 * toRows(concatCols([fromRows([[1], [2]]), fromRows([[3, 4], [5, 6]])]));
 * // [[1, 3, 4], [2, 5, 6]]
 */
export function concatCols(ms: readonly Matrix[]): Matrix {
  const first = ms[0];
  if (first === undefined) throw new Error('ms must contain at least one matrix');
  const rows = first.rows;
  let cols = 0;
  ms.forEach((m, index) => {
    if (m.rows !== rows) {
      throw new Error(
        `ms must have equal row counts: ms[0] has ${rows}, ms[${index}] has ${m.rows}`,
      );
    }
    cols += m.cols;
  });
  const out = new Float64Array(rows * cols);
  let offset = 0;
  for (const m of ms) {
    for (let i = 0; i < rows; i++) {
      out.set(m.data.subarray(i * m.cols, (i + 1) * m.cols), i * cols + offset);
    }
    offset += m.cols;
  }
  return { rows, cols, data: out };
}
