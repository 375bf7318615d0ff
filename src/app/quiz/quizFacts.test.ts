// The quiz quotes these numbers as facts; here the facts are checked against what they claim.
import { describe, expect, it } from 'vitest';
import ruleJson from '../../../content/self-attention/attention-rule.json';
import tableJson from '../../data/word-classes.json';
import { parseAttentionRule } from '../../engine/attentionRule';
import { lessonAttention } from '../../engine/lessonAttention';
import { get } from '../../engine/matrix';
import { parseWordTable } from '../../engine/wordFeatures';
import { matrixView, quizFacts, softmaxFacts } from './quizFacts';
import type { NumberQuestion } from './quizTypes';

const table = parseWordTable(tableJson);
const rule = parseAttentionRule(ruleJson);
const sentence = 'The cat sat down';

describe('quizFacts', () => {
  const facts = quizFacts(table, rule, 0.125);

  it('backs the diagonal question: “sat” gives “cat” more than itself', () => {
    const weights = lessonAttention(sentence, table, rule).attention.heads[0]?.weights;
    if (!weights) throw new Error('no weights');
    expect(get(weights, 2, 2)).toBeLessThan(get(weights, 2, 1));
    expect(Number(facts.satSelf)).toBeLessThan(Number(facts.satCat));
    expect(facts.satCat).toBe(get(weights, 2, 1).toFixed(2));
  });

  it('backs the average question: 1/n at any sharpness', () => {
    expect(facts.tokenCount).toBe('4');
    expect(facts.matrixMean).toBe('0.25');
    expect(facts.sharpMean).toBe('0.25');
  });

  it('backs the masked question: a score of 0 still gets a share', () => {
    expect(Number(facts.zeroScoreWeight)).toBeGreaterThan(0);
  });
});

describe('matrixView', () => {
  it('finds the row of “sat” and its largest key, with the learner’s settings', () => {
    const view = matrixView(sentence, 'sat', table, rule, { causal: false, temperature: 1 });
    expect(view.words).toEqual(['The', 'cat', 'sat', 'down']);
    expect(view.query).toBe(2);
    expect(view.best).toEqual([1]);
    expect(view.masked.flat().some(Boolean)).toBe(false);
    for (const row of view.weights) expect(row.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('marks later keys masked in causal mode', () => {
    const view = matrixView(sentence, 'sat', table, rule, { causal: true, temperature: 0.5 });
    expect(view.masked[2]).toEqual([false, false, false, true]);
    expect(view.weights[2]?.[3]).toBe(0);
  });

  it('keeps every key tied for the largest weight', () => {
    const lookFor = Object.fromEntries(Object.keys(ruleJson.lookFor).map((c) => [c, {}]));
    const flat = parseAttentionRule({ ...ruleJson, lookFor });
    const view = matrixView(sentence, 'sat', table, flat, { causal: false, temperature: 1 });
    expect(view.best).toEqual([0, 1, 2, 3]);
  });

  it('refuses a query word that is not in the sentence', () => {
    expect(() =>
      matrixView(sentence, 'dog', table, rule, { causal: false, temperature: 1 }),
    ).toThrow(/“dog”/);
  });
});

describe('softmaxFacts', () => {
  it('computes the softmax of 2, 1, 3 and the tempting wrong answer', () => {
    const question = { scores: [2, 1, 3], target: 2 } as unknown as NumberQuestion;
    const facts = softmaxFacts(question);
    expect(facts.expected).toBeCloseTo(0.6652, 4);
    expect(facts.linearShare).toBe(0.5);
    expect(facts.exps[2]).toBe(1);
    expect(facts.sum).toBeCloseTo(1.5032, 4);
  });
});
