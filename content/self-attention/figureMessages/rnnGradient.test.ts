// The step's prose names the curves by how the figure draws them: the review found it calling the
// RNN's dashed curve "solid".
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { rnnGradientMessages as m } from './rnnGradient';

const step2 = readFileSync(
  new URL('../steps/02-the-rnn-bottleneck.md', import.meta.url),
  'utf8',
).replace(/\s+/g, ' ');
const css = readFileSync(
  new URL('../../../src/ui/figures/rnn/rnn-figures.css', import.meta.url),
  'utf8',
);

/** The style words before "curve" in every sentence of the step that names a curve. */
function curvesNamed(text: string): { style: string; what: string }[] {
  return [
    ...text.matchAll(
      /The ([a-z ]+?) curve(?: is|,) (the RNN|one attention layer|the same measure for one attention layer)/g,
    ),
  ].map((match) => ({ style: match[1] ?? '', what: match[2] ?? '' }));
}

describe("Step 2's words for the gradient figure's curves", () => {
  it('name the RNN curve and the attention curve as the legend draws them', () => {
    const named = curvesNamed(step2);
    expect(named.length).toBeGreaterThanOrEqual(3);
    for (const { style, what } of named) {
      expect(style).toBe(what.includes('RNN') ? m.rnnLine : m.attentionLine);
    }
  });

  it('match the legend, and the legend matches the drawing (only the RNN curve is dashed)', () => {
    expect(m.rnnLegend).toContain(`${m.rnnLine} line`);
    expect(m.attentionLegend).toContain(`${m.attentionLine} line`);
    const rule = (selector: string) =>
      [...css.matchAll(new RegExp(`\\${selector}\\s*\\{([^}]*)\\}`, 'g'))]
        .map((r) => r[1])
        .join(';');
    expect(rule('.curve-rnn')).toContain('stroke-dasharray');
    expect(rule('.curve-attention')).not.toContain('stroke-dasharray');
  });
});
