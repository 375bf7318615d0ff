import { describe, expect, it } from 'vitest';
import { sinusoidalPositions } from './sinusoidalPositions';

describe('sinusoidalPositions', () => {
  it('uses sin and cos positions at geometric wavelengths', () => {
    const P = sinusoidalPositions(3, 4);
    expect(Array.from(P.subarray(0, 4))).toEqual([0, 1, 0, 1]);
    expect(P[4]).toBeCloseTo(Math.sin(1), 15);
    expect(P[2 * 4 + 2]).toBeCloseTo(Math.sin(2 / 100), 15);
    expect(P[2 * 4 + 3]).toBeCloseTo(Math.cos(2 / 100), 15);
  });
});
