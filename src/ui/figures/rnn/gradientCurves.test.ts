import { describe, expect, it } from 'vitest';
import ruleJson from '../../../../content/self-attention/attention-rule.json';
import tableJson from '../../../data/word-classes.json';
import { parseAttentionRule, ruleProjections } from '../../../engine/attentionRule';
import { embedSentence } from '../../../engine/embedSentence';
import { attentionInfluence } from '../../../engine/jacobianNorms';
import { createRnn, repeatRows, rnnInfluence, runRnn } from '../../../engine/rnn';
import { parseWordTable } from '../../../engine/wordFeatures';
import { gradientCurves } from './gradientCurves';

const table = parseWordTable(tableJson);
const rule = parseAttentionRule(ruleJson);

describe('gradientCurves', () => {
  it('gives the engine’s two curves for the setting, after crossing a thread as plain data', () => {
    const x = repeatRows(embedSentence('The cat sat down', table).x, 20);
    // What postMessage hands the worker: a structured clone, not the page's objects.
    const job = structuredClone({ x, hiddenSize: 32, gain: 1.25, rule });
    const curves = gradientCurves(job);
    const rnn = createRnn(x.cols, { hiddenSize: 32, gain: 1.25 });
    expect(curves.rnn.log10Norms).toEqual(rnnInfluence(rnn, runRnn(rnn, x)).log10Norms);
    expect(curves.attention.log10Norms).toEqual(
      attentionInfluence(x, ruleProjections(rule)).log10Norms,
    );
    expect(curves.rnn.log10Norms).toHaveLength(20);
  });

  it('refuses a rule that is not one', () => {
    const x = repeatRows(embedSentence('The cat', table).x, 2);
    expect(() =>
      gradientCurves({ x, hiddenSize: 16, gain: 1, rule: { title: 't' } as never }),
    ).toThrow(/Invalid attention rule/);
  });
});
