import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance } from '../../widgets/cellColour';
import { hiddenColours } from './hiddenColour';

describe('hiddenColours', () => {
  it('keeps every number readable on its cell (contrast ≥ 4.5)', () => {
    for (let i = -200; i <= 200; i++) {
      const { background, text } = hiddenColours(i / 200);
      const ratio = contrastRatio(relativeLuminance(background), text === '#000000' ? 0 : 1);
      expect(ratio, `h = ${i / 200}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('is pale at 0, purple at +1, orange at −1, and clamps outside [−1, 1]', () => {
    expect(relativeLuminance(hiddenColours(0).background)).toBeGreaterThan(0.8);
    expect(hiddenColours(1).background).toBe('rgb(45, 0, 75)');
    expect(hiddenColours(-1).background).toBe('rgb(127, 59, 8)');
    expect(hiddenColours(3)).toEqual(hiddenColours(1));
    expect(hiddenColours(NaN)).toEqual(hiddenColours(0));
  });
});
