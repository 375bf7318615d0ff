import { describe, expect, it } from 'vitest';
import { HAIRLINE, lineWidth } from './lineWidth';

describe('lineWidth', () => {
  it('is proportional to the weight, so 0.39 is about twice as wide as 0.19', () => {
    expect(lineWidth(0.39) / lineWidth(0.19)).toBeCloseTo(0.39 / 0.19, 10);
    // At least 4 units apart: separate at a glance, not a pixel or two.
    expect(lineWidth(0.39) - lineWidth(0.19)).toBeGreaterThanOrEqual(4);
  });

  it('keeps a hairline for a weight near 0 and clamps outside 0..1', () => {
    expect(lineWidth(0)).toBe(HAIRLINE);
    expect(lineWidth(Number.NaN)).toBe(HAIRLINE);
    expect(lineWidth(2)).toBe(lineWidth(1));
  });
});
