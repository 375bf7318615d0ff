import { describe, expect, it } from 'vitest';
import ruleJson from '../../../../content/self-attention/attention-rule.json';
import tableJson from '../../../data/word-classes.json';
import { parseAttentionRule, ruleProjections } from '../../../engine/attentionRule';
import { attentionInfluence, curveFromLog10 } from '../../../engine/jacobianNorms';
import { embedSentence } from '../../../engine/embedSentence';
import { createRnn, repeatRows, rnnInfluence, runRnn } from '../../../engine/rnn';
import { parseWordTable } from '../../../engine/wordFeatures';
import { defaultRnnSettings } from './rnnSettings.svelte';
import { gradientSummary } from './gradientSummary';

const attention = (log10s: number[], weights: number[]) => ({
  ...curveFromLog10(Float64Array.from(log10s)),
  weightsOnFirst: Float64Array.from(weights),
});

/** "5.1 × 10⁵" → 510000: the factor as printed. */
const printedNumber = (text: string) =>
  Number(
    text
      .replace(' × 10', 'e')
      .replace('⁻', '-')
      .replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (d) => String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(d))),
  );

describe('gradientSummary', () => {
  it('gives the factor between the last position and the first, not a rounded power of ten', () => {
    const rnn = curveFromLog10(Float64Array.of(0.2, -3, -45.6));
    expect(gradientSummary(rnn, attention([-0.2, -1.5, -2.7], [0.4, 0.3, 0.0015]))).toBe(
      'At t = 3, the RNN’s first-token influence is 2.5 × 10⁻⁴⁶, 6.3 × 10⁴⁵ times smaller than at t = 1 (1.6); one attention layer’s is 0.0020, where position 3 gives token 1 an attention weight of 0.0015.',
    );
    // 10^5.7 is 5.0 × 10⁵: rounding the exponent would have called it 10⁶.
    const fiveHundredThousand = gradientSummary(
      curveFromLog10(Float64Array.of(0, -5.7)),
      attention([0, -1], [1, 0.5]),
    );
    expect(fiveHundredThousand).toContain('5.0 × 10⁵ times smaller than at t = 1');
  });

  it('says so when the influence grows instead', () => {
    const grown = gradientSummary(
      curveFromLog10(Float64Array.of(0.2, 1.3)),
      attention([0, -1], [1, 0.5]),
    );
    expect(grown).toContain('13 times larger than at t = 1');
    const far = gradientSummary(
      curveFromLog10(Float64Array.of(-1, 7.5)),
      attention([0, -1], [1, 0.5]),
    );
    expect(far).toContain('3.2 × 10⁸ times larger than at t = 1');
  });

  it('calls a factor that rounds to 1.0 no change, and gives any larger one', () => {
    const level = (last: number) =>
      gradientSummary(curveFromLog10(Float64Array.of(0, last)), attention([0, -1], [1, 0.5]));
    expect(level(Math.log10(1.04))).toContain('about as large as at t = 1');
    expect(level(-Math.log10(1.04))).toContain('about as large as at t = 1');
    // Just past the old cut-off of 0.02 decades, yet still 1.0 to two digits.
    expect(level(Math.log10(1.048))).toContain('about as large as at t = 1');
    expect(level(Math.log10(1.06))).toContain('1.1 times larger than at t = 1');
    expect(level(-Math.log10(1.6))).toContain('1.6 times smaller than at t = 1');
  });

  it('says when nothing at all is left (a Jacobian of exactly 0)', () => {
    const gone = gradientSummary(
      curveFromLog10(Float64Array.of(0.2, -Infinity)),
      attention([0, -1], [1, 0.5]),
    );
    expect(gone).toContain('influence is 0, none of what it was at t = 1 (1.6)');
  });

  it('states the engine’s factor for the default settings, to two significant digits', () => {
    const settings = defaultRnnSettings();
    const words = embedSentence('The cat sat down', parseWordTable(tableJson)).x;
    const x = repeatRows(words, settings.length);
    const rnn = createRnn(x.cols, { hiddenSize: settings.hiddenSize, gain: settings.gain });
    const curve = rnnInfluence(rnn, runRnn(rnn, x));
    const text = gradientSummary(
      curve,
      attentionInfluence(x, ruleProjections(parseAttentionRule(ruleJson))),
    );
    const factor = /, (\S+(?: × 10\S+)?) times smaller than at t = 1/.exec(text)?.[1];
    if (!factor) throw new Error(`no factor in: ${text}`);
    const decades = (curve.log10Norms[0] ?? NaN) - (curve.log10Norms[settings.length - 1] ?? NaN);
    expect(Math.abs(Math.log10(printedNumber(factor)) - decades)).toBeLessThan(0.022);
    expect(text).not.toMatch(/about 10/);
  });

  it('speaks of token 1 itself when there is one token', () => {
    expect(gradientSummary(curveFromLog10(Float64Array.of(0.2)), attention([0], [1]))).toBe(
      'With one token, t = 1 is token 1 itself: the RNN’s influence is 1.6 and one attention layer’s is 1.0.',
    );
  });
});
