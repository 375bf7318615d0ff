import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { contrastRatio, relativeLuminance, type CellColours } from './cellColour';
import {
  DARK_MIDPOINT,
  divergingColours,
  divergingExtent,
  divergingScaleColour,
} from './divergingColour';

const inkRatio = ({ background, text }: CellColours) =>
  contrastRatio(relativeLuminance(background), text === '#000000' ? 0 : 1);
const channels = (c: string) => c.match(/\d+/g)?.map(Number) ?? [];

describe('divergingColours', () => {
  it('keeps every printed number readable on its cell in both themes (contrast ≥ 4.5)', () => {
    for (let i = -200; i <= 200; i++) {
      const { light, dark } = divergingColours(i / 200);
      expect(inkRatio(light), `light, h = ${i / 200}`).toBeGreaterThanOrEqual(4.5);
      expect(inkRatio(dark), `dark, h = ${i / 200}`).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('is pale at 0 in the light theme and the dark card at 0 in the dark theme (no glare)', () => {
    const zero = divergingColours(0);
    expect(relativeLuminance(zero.light.background)).toBeGreaterThan(0.8);
    expect(zero.dark.background).toBe('rgb(34, 38, 45)');
    expect(relativeLuminance(zero.dark.background)).toBeLessThan(0.05);
  });

  it('tells either end from 0 (≥ 3:1) in both themes, the size growing away from 0', () => {
    for (const theme of ['light', 'dark'] as const) {
      const zero = relativeLuminance(divergingColours(0)[theme].background);
      for (const end of [-1, 1]) {
        const l = relativeLuminance(divergingColours(end)[theme].background);
        expect(contrastRatio(l, zero), `${theme}, ${end}`).toBeGreaterThanOrEqual(3);
        const half = relativeLuminance(divergingColours(end / 2)[theme].background);
        expect(contrastRatio(half, zero)).toBeLessThan(contrastRatio(l, zero));
      }
    }
  });

  it('draws + in purple and − in orange in both themes', () => {
    for (const theme of ['light', 'dark'] as const) {
      const [r, , b] = channels(divergingColours(1)[theme].background);
      expect(b, theme).toBeGreaterThan(r ?? 0);
      const [r2, , b2] = channels(divergingColours(-1)[theme].background);
      expect(r2, theme).toBeGreaterThan(b2 ?? 0);
    }
    expect(divergingColours(1).light.background).toBe('rgb(45, 0, 75)');
    expect(divergingColours(-1).light.background).toBe('rgb(127, 59, 8)');
  });

  it('gives the page one light-dark() value, so the theme picks without a script', () => {
    const c = divergingColours(0.5);
    expect(c.background).toBe(`light-dark(${c.light.background}, ${c.dark.background})`);
    expect(c.text).toBe(`light-dark(${c.light.text}, ${c.dark.text})`);
  });

  it('scales by an extent, clamps beyond it, and reads NaN as 0', () => {
    expect(divergingColours(3, 3)).toEqual(divergingColours(1));
    expect(divergingColours(-1.5, 3)).toEqual(divergingColours(-0.5));
    expect(divergingColours(3)).toEqual(divergingColours(1));
    expect(divergingColours(NaN)).toEqual(divergingColours(0));
    expect(divergingScaleColour(1)).toBe(divergingColours(1).background);
    expect(divergingScaleColour(0.5)).toBe(divergingColours(0).background);
  });

  it('spans the largest size among the values, at least 1', () => {
    expect(divergingExtent([0, 3, 2, 1])).toBe(3);
    expect(divergingExtent([0, -5, 2])).toBe(5);
    expect(divergingExtent([0, 0])).toBe(1);
    expect(divergingExtent([NaN, 0.5])).toBe(1);
  });

  it('fades to the dark card colour the design tokens name', () => {
    const tokens = readFileSync(new URL('../styles/tokens.css', import.meta.url), 'utf8');
    expect(tokens).toMatch(
      new RegExp(`--surface-raised: light-dark\\(#[0-9a-f]{6}, ${DARK_MIDPOINT}\\)`, 'i'),
    );
  });
});
