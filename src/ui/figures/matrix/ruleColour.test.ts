import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance } from '../../widgets/cellColour';
import { hiddenColours } from '../rnn/hiddenColour';
import { ruleCellColours, ruleExtent, ruleLevel, ruleScaleColour } from './ruleColour';

describe('ruleColour', () => {
  it('centres the scale on 0 and spans the rule’s largest strength either way', () => {
    expect(ruleExtent([0, 3, 2, 1])).toBe(3);
    expect(ruleExtent([0, -5, 2])).toBe(5);
    expect(ruleExtent([0, 0])).toBe(1);
    expect(ruleLevel(0, 3)).toBe(0.5);
    expect(ruleLevel(3, 3)).toBe(1);
    expect(ruleLevel(-3, 3)).toBe(0);
  });

  it('tells a strong strength from 0 (≥ 3:1) and keeps its number readable (≥ 4.5:1)', () => {
    const zero = relativeLuminance(ruleCellColours(0, 3).background);
    for (const s of [-3, 3]) {
      const { background, text } = ruleCellColours(s, 3);
      const l = relativeLuminance(background);
      expect(contrastRatio(l, zero), `strength ${s}`).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(l, text === '#000000' ? 0 : 1)).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('draws looking for (+) in purple and avoiding (−) in orange, as its legend says and as Step 2 does', () => {
    const channels = (c: string) => c.match(/\d+/g)?.map(Number) ?? [];
    const [r, , b] = channels(ruleCellColours(3, 3).background);
    expect(b).toBeGreaterThan(r ?? 0); // purple: more blue than red
    const [r2, , b2] = channels(ruleCellColours(-3, 3).background);
    expect(r2).toBeGreaterThan(b2 ?? 0); // orange: more red than blue
    expect(ruleCellColours(3, 3).background).toBe(hiddenColours(1).background);
    expect(ruleCellColours(-3, 3).background).toBe(hiddenColours(-1).background);
    expect(ruleScaleColour(1)).toBe(ruleCellColours(3, 3).background);
  });
});
