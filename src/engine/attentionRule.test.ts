import { describe, expect, it } from 'vitest';
import ruleJson from '../../content/self-attention/attention-rule.json';
import {
  MAX_RULE_STRENGTH,
  parseAttentionRule,
  ruleMatrix,
  ruleProjections,
  ruleStrength,
  withStrength,
} from './attentionRule';
import { get } from './matrix';
import { WORD_CLASSES } from './wordFeatures';

const rule = parseAttentionRule(ruleJson);

describe('the teaching rule', () => {
  it('is valid content with an entry for every word class', () => {
    expect(Object.keys(rule.lookFor).sort()).toEqual([...WORD_CLASSES].sort());
    expect(rule.note).toMatch(/not learned/);
  });

  it('says a verb looks for nouns more than for particles, and not at all for determiners', () => {
    expect(ruleStrength(rule, 'verb', 'noun')).toBeGreaterThan(
      ruleStrength(rule, 'verb', 'particle'),
    );
    expect(ruleStrength(rule, 'verb', 'determiner')).toBe(0);
  });

  it('becomes W_q = R and identity keys and values', () => {
    const { wq, wk, wv } = ruleProjections(rule);
    const verb = WORD_CLASSES.indexOf('verb');
    const noun = WORD_CLASSES.indexOf('noun');
    expect(get(wq, verb, noun)).toBe(ruleJson.lookFor.verb.noun);
    for (let i = 0; i < WORD_CLASSES.length; i++) {
      for (let j = 0; j < WORD_CLASSES.length; j++) {
        expect(get(wk, i, j)).toBe(i === j ? 1 : 0);
        expect(get(wv, i, j)).toBe(i === j ? 1 : 0);
      }
    }
  });

  it('edits one strength without touching the original', () => {
    const edited = withStrength(rule, 'verb', 'determiner', 2.5);
    expect(ruleStrength(edited, 'verb', 'determiner')).toBe(2.5);
    expect(ruleStrength(rule, 'verb', 'determiner')).toBe(0);
    expect(get(ruleMatrix(edited), WORD_CLASSES.indexOf('verb'), 0)).toBe(2.5);
  });
});

describe('parseAttentionRule', () => {
  const valid = () => structuredClone(ruleJson) as Record<string, unknown>;

  it('refuses garbage with a message naming the problem', () => {
    expect(() => parseAttentionRule(null)).toThrow(/expected an object/);
    expect(() => parseAttentionRule({ ...valid(), title: 3 })).toThrow(/"title"/);
    const missing = valid();
    missing.lookFor = { ...ruleJson.lookFor, other: undefined };
    delete (missing.lookFor as Record<string, unknown>).other;
    expect(() => parseAttentionRule(missing)).toThrow(/no entry for "other"/);
    expect(() =>
      parseAttentionRule({ ...valid(), lookFor: { ...ruleJson.lookFor, verb: { animal: 1 } } }),
    ).toThrow(/"lookFor.verb.animal" is not a word class/);
    expect(() =>
      parseAttentionRule({ ...valid(), lookFor: { ...ruleJson.lookFor, verb: { noun: NaN } } }),
    ).toThrow(/finite number/);
    expect(() =>
      parseAttentionRule({
        ...valid(),
        lookFor: { ...ruleJson.lookFor, verb: { noun: MAX_RULE_STRENGTH + 1 } },
      }),
    ).toThrow(/must lie between/);
  });
});
