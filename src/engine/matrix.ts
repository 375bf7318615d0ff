/**
 * A minimal dense matrix: the type, its constructors and accessors, and the column slicing and
 * joining that split attention into heads. The products (a · b, a · bᵀ) are in ./matrixKernels.
 *
 * Numbers live in one flat `Float64Array` in row-major order, so entry (i, j)
 * sits at `data[i * cols + j]`. One flat buffer instead of `number[][]` keeps
 * the hot loops free of pointer chasing and per-row allocations, which is what
 * lets a 512-token attention pass run in a few tens of milliseconds.
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

/** A matrix's shape as error messages write it, e.g. "2×3". */
export const shapeOf = (m: Matrix): string => `${m.rows}×${m.cols}`;

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
