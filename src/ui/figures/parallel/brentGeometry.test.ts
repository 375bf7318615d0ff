import { describe, expect, it } from 'vitest';
import { boundCurves, powerOfTen, processorSamples } from './brentGeometry';

describe('processorSamples', () => {
  it('gives whole P from 1 to the end of the axis, with each model’s bend', () => {
    const cost = { work: 40_894_464, depth: 45 };
    const samples = processorSamples(1e6, [cost]);
    expect(samples[0]).toBe(1);
    expect(samples.at(-1)).toBe(1e6);
    expect(
      samples.every((p, i) => Number.isInteger(p) && (i === 0 || p > (samples[i - 1] ?? 0))),
    ).toBe(true);
    expect(samples).toContain(Math.floor(cost.work / cost.depth));
    expect(samples).toContain(Math.ceil(cost.work / cost.depth));
  });
});

describe('boundCurves', () => {
  it('draws the lower bound under the upper, and the band between them', () => {
    const curves = boundCurves(
      { work: 100, depth: 10 },
      [1, 10, 100],
      (p) => p,
      (t) => -t,
    );
    expect(curves.lower).toBe('M1.0 -100.0 L10.0 -10.0 L100.0 -10.0');
    expect(curves.upper).toBe('M1.0 -110.0 L10.0 -20.0 L100.0 -11.0');
    expect(curves.band).toBe(
      'M1.0 -100.0 L10.0 -10.0 L100.0 -10.0 L100.0 -11.0 L10.0 -20.0 L1.0 -110.0 Z',
    );
  });
});

describe('powerOfTen', () => {
  it('labels ticks as 1, 10, 10², …', () => {
    expect([0, 1, 2, 6].map(powerOfTen)).toEqual(['1', '10', '10²', '10⁶']);
  });
});
