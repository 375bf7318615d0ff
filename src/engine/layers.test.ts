import { describe, expect, it } from 'vitest';
import { add, layerNorm, linear, relu } from './layers';
import { fromRows, toRows } from './matrix';

describe('layerNorm', () => {
  it('centres and scales each row: [1, 2, 3] → [-√1.5, 0, √1.5]', () => {
    const [row] = toRows(layerNorm(fromRows([[1, 2, 3]]), [1, 1, 1], [0, 0, 0], 0));
    expect(row?.[0]).toBeCloseTo(-Math.sqrt(1.5), 12);
    expect(row?.[1]).toBe(0);
    expect(row?.[2]).toBeCloseTo(Math.sqrt(1.5), 12);
  });

  it('uses the biased variance, ε inside the square root', () => {
    // Row [0, 2]: mean 1, biased variance 1 (unbiased would be 2); with ε = 3, √(1 + 3) = 2.
    expect(toRows(layerNorm(fromRows([[0, 2]]), [1, 1], [0, 0], 3))).toEqual([[-0.5, 0.5]]);
  });

  it('applies gain then bias per column', () => {
    expect(toRows(layerNorm(fromRows([[0, 2]]), [2, 10], [1, -1], 0))).toEqual([[-1, 9]]);
  });

  it('normalises rows independently and gives a constant row the bias (ε > 0)', () => {
    const out = toRows(
      layerNorm(
        fromRows([
          [5, 5],
          [0, 4],
        ]),
        [1, 1],
        [7, 8],
        1e-5,
      ),
    );
    expect(out[0]).toEqual([7, 8]);
    expect(out[1]?.[0]).toBeCloseTo(7 - 1, 4);
    expect(out[1]?.[1]).toBeCloseTo(8 + 1, 4);
  });

  it('gives each row mean 0 and variance 1 before gain and bias', () => {
    const x = fromRows([
      [3, -1, 4, 1, -5, 9],
      [2, 6, 5, 3, 5, 8],
    ]);
    for (const row of toRows(layerNorm(x, Array(6).fill(1), Array(6).fill(0), 0))) {
      const mean = row.reduce((s, v) => s + v, 0) / row.length;
      const variance = row.reduce((s, v) => s + (v - mean) ** 2, 0) / row.length;
      expect(mean).toBeCloseTo(0, 12);
      expect(variance).toBeCloseTo(1, 12);
    }
  });

  it('names the argument whose length is wrong', () => {
    expect(() => layerNorm(fromRows([[1, 2]]), [1], [0, 0], 0)).toThrow(/gain must have 2/);
    expect(() => layerNorm(fromRows([[1, 2]]), [1, 1], [0], 0)).toThrow(/bias must have 2/);
    expect(() => layerNorm(fromRows([[1, 2]]), [1, 1], [0, 0], -1)).toThrow(/epsilon/);
  });
});

describe('relu', () => {
  it('zeroes negatives and keeps the rest', () => {
    expect(toRows(relu(fromRows([[-1, 0, 2.5, -0.001]])))).toEqual([[0, 0, 2.5, 0]]);
  });

  it('keeps NaN visible', () => {
    expect(relu(fromRows([[NaN]])).data[0]).toBeNaN();
  });
});

describe('linear', () => {
  it('computes x·W + b with b on every row', () => {
    const x = fromRows([
      [1, 2],
      [3, 4],
    ]);
    const w = fromRows([
      [1, 0, 1],
      [0, 1, 1],
    ]);
    expect(toRows(linear(x, w, [10, 20, 30]))).toEqual([
      [11, 22, 33],
      [13, 24, 37],
    ]);
  });

  it('names b when its length does not match W', () => {
    expect(() => linear(fromRows([[1]]), fromRows([[1, 2]]), [0])).toThrow(/b must have 2/);
  });
});

describe('add', () => {
  it('adds entry by entry', () => {
    expect(toRows(add(fromRows([[1, 2]]), fromRows([[10, 20]])))).toEqual([[11, 22]]);
  });

  it('refuses different shapes', () => {
    expect(() => add(fromRows([[1, 2]]), fromRows([[1], [2]]))).toThrow(/1×2.*2×1/);
  });
});
