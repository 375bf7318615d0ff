import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import ruleJson from '../../content/self-attention/attention-rule.json';
import tableJson from '../data/word-classes.json';
import { parseAttentionRule } from '../engine/attentionRule';
import { lessonAttention } from '../engine/lessonAttention';
import { parseWordTable } from '../engine/wordFeatures';
import { compareUnderShuffle, shuffledOrder } from './wordOrder';

const table = parseWordTable(tableJson);
const rule = parseAttentionRule(ruleJson);
const weightsOf = (sentence: string, causal: boolean) => {
  const head = lessonAttention(sentence, table, rule, { causal }).attention.heads[0];
  if (!head) throw new Error('no head');
  return head.weights;
};

describe('shuffledOrder', () => {
  it('is a permutation that moves something whenever it can', () => {
    fc.assert(
      fc.property(fc.integer({ min: 0, max: 30 }), fc.integer(), (n, seed) => {
        let state = seed;
        const random = () => {
          state = (state * 1103515245 + 12345) % 2147483648;
          return Math.abs(state) / 2147483648;
        };
        const order = shuffledOrder(n, random);
        expect([...order].sort((a, b) => a - b)).toEqual(Array.from({ length: n }, (_, i) => i));
        if (n >= 2) expect(order.some((v, i) => v !== i)).toBe(true);
      }),
    );
  });
});

describe('compareUnderShuffle on the lesson’s attention', () => {
  const words = ['The', 'cat', 'sat', 'down'];
  const order = [2, 0, 3, 1];
  const shuffled = order.map((k) => words[k]).join(' ');

  it('finds the same weight for every pair without a mask: attention ignores order', () => {
    const result = compareUnderShuffle(
      weightsOf(words.join(' '), false),
      weightsOf(shuffled, false),
      order,
    );
    expect(result.maxDifference).toBeLessThan(1e-15);
    expect(result.changedPairs).toBe(0);
  });

  it('finds changed weights under the causal mask, which depends on order', () => {
    const result = compareUnderShuffle(
      weightsOf(words.join(' '), true),
      weightsOf(shuffled, true),
      order,
    );
    expect(result.changedPairs).toBeGreaterThan(0);
    expect(result.maxDifference).toBeGreaterThan(0.1);
  });
});
