import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { gaussian, mulberry32 } from './seededRandom';

const draw = (next: () => number, count: number) => Array.from({ length: count }, next);

describe('mulberry32', () => {
  it('gives the reference sequence for seed 1', () => {
    expect(draw(mulberry32(1), 2)).toEqual([0.6270739405881613, 0.002735721180215478]);
  });

  it('repeats itself for the same seed and differs for another', () => {
    fc.assert(
      fc.property(fc.integer(), (seed) => {
        expect(draw(mulberry32(seed), 20)).toEqual(draw(mulberry32(seed), 20));
        expect(draw(mulberry32(seed), 20)).not.toEqual(draw(mulberry32(seed + 1), 20));
      }),
      { numRuns: 50 },
    );
  });

  it('stays in [0, 1) with a mean near 1/2', () => {
    const values = draw(mulberry32(42), 100_000);
    expect(values.every((v) => v >= 0 && v < 1)).toBe(true);
    expect(values.reduce((s, v) => s + v, 0) / values.length).toBeCloseTo(0.5, 2);
  });

  it('names the seed when it is not an integer', () => {
    expect(() => mulberry32(1.5)).toThrow(/seed must be an integer/);
  });
});

describe('gaussian', () => {
  it('draws mean 0 and variance 1, deterministically', () => {
    const values = draw(gaussian(mulberry32(7)), 100_000);
    const mean = values.reduce((s, v) => s + v, 0) / values.length;
    const variance = values.reduce((s, v) => s + (v - mean) ** 2, 0) / values.length;
    expect(Math.abs(mean)).toBeLessThan(0.01);
    expect(Math.abs(variance - 1)).toBeLessThan(0.02);
    expect(values.every(Number.isFinite)).toBe(true);
    expect(draw(gaussian(mulberry32(7)), 5)).toEqual(values.slice(0, 5));
  });

  it('stays finite when the uniform source returns 0', () => {
    expect(
      draw(
        gaussian(() => 0),
        4,
      ).every(Number.isFinite),
    ).toBe(true);
  });
});
