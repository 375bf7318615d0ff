import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { concatCols, fromRows, get, matrix, row, sliceCols, toRows } from './matrix';

const value = fc.double({ min: -10, max: 10, noNaN: true });
const grid = (rows: number, cols: number): fc.Arbitrary<number[][]> =>
  fc.array(fc.array(value, { minLength: cols, maxLength: cols }), {
    minLength: rows,
    maxLength: rows,
  });
const dim = fc.integer({ min: 0, max: 9 });
// Builds from explicit sizes so that empty shapes like 0 × 3 survive.
const build = (rows: number[][], r: number, c: number) => matrix(r, c, rows.flat());

describe('matrix construction', () => {
  it('stores row-major and reads entries back', () => {
    const m = matrix(2, 3, [1, 2, 3, 4, 5, 6]);
    expect(get(m, 0, 2)).toBe(3);
    expect(get(m, 1, 0)).toBe(4);
    expect(toRows(m)).toEqual([
      [1, 2, 3],
      [4, 5, 6],
    ]);
  });

  it('zero-fills by default and adopts a Float64Array without copying', () => {
    expect(Array.from(matrix(2, 2).data)).toEqual([0, 0, 0, 0]);
    const buffer = new Float64Array([1, 2]);
    expect(matrix(1, 2, buffer).data).toBe(buffer);
    const plain = [1, 2];
    const copied = matrix(1, 2, plain);
    plain[0] = 99;
    expect(get(copied, 0, 0)).toBe(1);
  });

  it('round-trips through fromRows and toRows, including empty shapes', () => {
    fc.assert(
      fc.property(
        dim.chain((r) => dim.chain((c) => grid(r, c))),
        (rows) => {
          expect(toRows(fromRows(rows))).toEqual(rows);
        },
      ),
    );
    expect(fromRows([])).toMatchObject({ rows: 0, cols: 0 });
    expect(fromRows([[], []])).toMatchObject({ rows: 2, cols: 0 });
  });

  it('row() is a view: writing to it writes to the matrix', () => {
    const m = fromRows([
      [1, 2],
      [3, 4],
    ]);
    const r = row(m, 1);
    expect(Array.from(r)).toEqual([3, 4]);
    r[0] = 30;
    expect(get(m, 1, 0)).toBe(30);
  });

  it('names the bad argument', () => {
    expect(() => matrix(-1, 2)).toThrow(/rows/);
    expect(() => matrix(2, 1.5)).toThrow(/cols/);
    expect(() => matrix(2, 2, [1, 2, 3])).toThrow(/data/);
    expect(() => fromRows([[1, 2], [3]])).toThrow(/rows.*row 1 has 1/);
    const m = matrix(2, 3);
    expect(() => get(m, 2, 0)).toThrow(/\bi\b/);
    expect(() => get(m, 0, 3)).toThrow(/\bj\b/);
    expect(() => get(m, 0, -1)).toThrow(/\bj\b/);
    expect(() => row(m, 5)).toThrow(/\bi\b/);
  });
});

describe('sliceCols and concatCols', () => {
  it('slices the same columns as Array.prototype.slice', () => {
    fc.assert(
      fc.property(
        fc
          .tuple(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 8 }))
          .chain(([r, c]) =>
            fc.tuple(grid(r, c), fc.integer({ min: 0, max: c }), fc.integer({ min: 0, max: c })),
          ),
        ([rows, x, y]) => {
          const [start, end] = x <= y ? [x, y] : [y, x];
          const sliced = sliceCols(fromRows(rows), start, end);
          expect(sliced.cols).toBe(end - start);
          expect(toRows(sliced)).toEqual(rows.map((r) => r.slice(start, end)));
        },
      ),
    );
  });

  it('joins side by side like concatenating each row', () => {
    const a = [[1], [2]];
    const b = [
      [3, 4],
      [5, 6],
    ];
    expect(toRows(concatCols([fromRows(a), fromRows(b)]))).toEqual([
      [1, 3, 4],
      [2, 5, 6],
    ]);
    expect(concatCols([matrix(0, 2), matrix(0, 3)])).toMatchObject({ rows: 0, cols: 5 });
  });

  it('undoes a split into equal column blocks', () => {
    fc.assert(
      fc.property(
        fc
          .tuple(fc.integer({ min: 1, max: 5 }), fc.integer({ min: 1, max: 4 }), dim)
          .chain(([parts, width, r]) =>
            fc.tuple(grid(r, parts * width), fc.constant([parts, width])),
          ),
        ([rows, [parts, width]]) => {
          const m = build(rows, rows.length, parts * width);
          const blocks = Array.from({ length: parts }, (_, p) =>
            sliceCols(m, p * width, (p + 1) * width),
          );
          expect(Array.from(concatCols(blocks).data)).toEqual(Array.from(m.data));
        },
      ),
    );
  });

  it('names the bad argument', () => {
    const m = matrix(2, 4);
    expect(() => sliceCols(m, -1, 2)).toThrow(/start/);
    expect(() => sliceCols(m, 3, 2)).toThrow(/end/);
    expect(() => sliceCols(m, 0, 5)).toThrow(/end/);
    expect(() => concatCols([])).toThrow(/ms/);
    expect(() => concatCols([matrix(2, 1), matrix(3, 1)])).toThrow(/ms\[1\] has 3/);
  });
});
