// The unrolled products against the textbook triple loop, which shares no code with them.
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { matrix, fromRows, toRows } from './matrix';
import { matmul, matmulTransposeB } from './matrixKernels';

function naiveMatmul(a: number[][], b: number[][], m: number): number[][] {
  const inner = b.length;
  return a.map((ar) =>
    Array.from({ length: m }, (_, j) => {
      let sum = 0;
      for (let k = 0; k < inner; k++) sum += (ar[k] ?? NaN) * (b[k]?.[j] ?? NaN);
      return sum;
    }),
  );
}

function naiveTranspose(a: number[][], cols: number): number[][] {
  return Array.from({ length: cols }, (_, j) => a.map((r) => r[j] ?? NaN));
}

const value = fc.double({ min: -10, max: 10, noNaN: true });
const grid = (rows: number, cols: number): fc.Arbitrary<number[][]> =>
  fc.array(fc.array(value, { minLength: cols, maxLength: cols }), {
    minLength: rows,
    maxLength: rows,
  });
const dim = fc.integer({ min: 0, max: 9 });
// Builds from explicit sizes so that empty shapes like 0 × 3 survive.
const build = (rows: number[][], r: number, c: number) => matrix(r, c, rows.flat());

function expectClose(actual: number[][], expected: number[][], tolerance = 1e-12): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((r, i) => {
    const e = expected[i] ?? [];
    expect(r.length).toBe(e.length);
    r.forEach((x, j) => {
      const y = e[j] ?? NaN;
      expect(Math.abs(x - y)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(y)));
    });
  });
}

describe('matmul', () => {
  it('multiplies a small example by hand', () => {
    const a = fromRows([
      [1, 2, 3],
      [4, 5, 6],
    ]);
    const b = fromRows([
      [7, 8],
      [9, 10],
      [11, 12],
    ]);
    expect(toRows(matmul(a, b))).toEqual([
      [58, 64],
      [139, 154],
    ]);
  });

  it('matches the textbook triple loop on random shapes', () => {
    fc.assert(
      fc.property(
        fc
          .tuple(dim, dim, dim)
          .chain(([n, k, m]) => fc.tuple(grid(n, k), grid(k, m), fc.constant([n, k, m] as const))),
        ([a, b, [n, k, m]]) => {
          const product = matmul(build(a, n, k), build(b, k, m));
          expect(product.rows).toBe(n);
          expect(product.cols).toBe(m);
          expectClose(toRows(product), naiveMatmul(a, b, m));
        },
      ),
    );
  });

  it('rejects mismatched shapes, naming both', () => {
    expect(() => matmul(matrix(2, 3), matrix(2, 3))).toThrow(/a\.cols = b\.rows.*2×3.*2×3/);
  });
});

describe('matmulTransposeB', () => {
  it('equals a times the transpose of b on random shapes', () => {
    fc.assert(
      fc.property(
        fc
          .tuple(dim, fc.integer({ min: 1, max: 9 }), dim)
          .chain(([n, k, m]) => fc.tuple(grid(n, k), grid(m, k), fc.constant([n, k, m] as const))),
        ([a, b, [n, k, m]]) => {
          const product = matmulTransposeB(build(a, n, k), build(b, m, k));
          expect(product.rows).toBe(n);
          expect(product.cols).toBe(m);
          expectClose(toRows(product), naiveMatmul(a, naiveTranspose(b, k), m));
        },
      ),
    );
  });

  it('rejects mismatched inner sizes', () => {
    expect(() => matmulTransposeB(matrix(2, 3), matrix(2, 4))).toThrow(/a\.cols.*b\.cols/);
  });
});
