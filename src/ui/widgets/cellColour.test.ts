import { describe, expect, it } from 'vitest';
import { cellColours, cellRgb, contrastRatio, MASKED_FILL, relativeLuminance } from './cellColour';

describe('cellColours', () => {
  it('keeps every weight’s number readable on its cell (contrast ≥ 4.5)', () => {
    for (let i = 0; i <= 200; i++) {
      const { background, text } = cellColours(i / 200);
      const ratio = contrastRatio(relativeLuminance(background), text === '#000000' ? 0 : 1);
      expect(ratio, `weight ${i / 200}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('runs from dark blue at 0 to yellow at 1 and clamps outside', () => {
    const [r0, , b0] = cellRgb(0);
    const [r1, g1, b1] = cellRgb(1);
    expect(b0).toBeGreaterThan(r0);
    expect(r1).toBeGreaterThan(200);
    expect(g1).toBeGreaterThan(200);
    expect(b1).toBeLessThan(120);
    expect(cellColours(-1)).toEqual(cellColours(0));
    expect(cellColours(2)).toEqual(cellColours(1));
    expect(cellColours(NaN)).toEqual(cellColours(0));
  });

  it('computes WCAG luminance', () => {
    expect(relativeLuminance('rgb(255, 255, 255)')).toBeCloseTo(1, 12);
    expect(relativeLuminance('rgb(0, 0, 0)')).toBe(0);
    expect(contrastRatio(1, 0)).toBeCloseTo(21, 12);
  });
});

describe('MASKED_FILL', () => {
  it('is the canvas pixels’ masked grey as the hex colour the SVG export writes', () => {
    expect(MASKED_FILL).toBe('#d0d0d0');
  });
});
