import { describe, expect, it } from 'vitest';
import ruleJson from '../../content/self-attention/attention-rule.json';
import tableJson from '../data/word-classes.json';
import { parseAttentionRule } from './attentionRule';
import { lessonAttention } from './lessonAttention';
import { get, row } from './matrix';
import { parseWordTable, WORD_CLASSES, type WordClass } from './wordFeatures';

const table = parseWordTable(tableJson);
const rule = parseAttentionRule(ruleJson);

const rankedKeys = (sentence: string, query: number) => {
  const result = lessonAttention(sentence, table, rule);
  const weights = [...row(result.attention.heads[0]?.weights ?? result.x, query)];
  return weights
    .map((weight, key) => ({ word: result.tokens[key]?.text ?? '', weight }))
    .sort((a, b) => b.weight - a.weight);
};

describe('lessonAttention', () => {
  it('scores query i against key j as x_i·R·x_jᵀ / √d_k, computed here from the raw data', () => {
    const result = lessonAttention('The cat sat down', table, rule);
    const head = result.attention.heads[0];
    if (!head) throw new Error('no head');
    const c = WORD_CLASSES.length;
    const strength = (a: number, b: number) =>
      (ruleJson.lookFor[WORD_CLASSES[a] as WordClass] as Partial<Record<WordClass, number>>)[
        WORD_CLASSES[b] as WordClass
      ] ?? 0;
    for (let i = 0; i < 4; i++) {
      for (let j = 0; j < 4; j++) {
        let score = 0;
        for (let a = 0; a < c; a++) {
          for (let b = 0; b < c; b++)
            score += get(result.x, i, a) * strength(a, b) * get(result.x, j, b);
        }
        expect(get(head.scores, i, j)).toBeCloseTo(score, 12);
        expect(get(head.scaledScores, i, j)).toBeCloseTo(score / Math.sqrt(c), 12);
      }
    }
  });

  it('reads "sat" as attending most to "cat", then "down"', () => {
    const ranked = rankedKeys('The cat sat down', 2);
    expect(ranked.map((k) => k.word).slice(0, 2)).toEqual(['cat', 'down']);
  });

  it('generalises: in sentences of the same shape the verb attends most to its noun, then its adverb or particle', () => {
    const sentences = [
      ['The dog ran away', 'dog', 'away'],
      ['A bird flew up', 'bird', 'up'],
      ['My cat sat down', 'cat', 'down'],
      ['The children sat down', 'children', 'down'],
      ['The man stood up', 'man', 'up'],
      ['The girl looked back', 'girl', 'back'],
    ] as const;
    for (const [sentence, noun, particle] of sentences) {
      const ranked = rankedKeys(sentence, 2).map((k) => k.word);
      expect(ranked.slice(0, 2), sentence).toEqual([noun, particle]);
    }
  });

  it('applies the causal mask and the temperature', () => {
    const causal = lessonAttention('The cat sat down', table, rule, { causal: true });
    const head = causal.attention.heads[0];
    expect(head && get(head.weights, 0, 1)).toBe(0);
    expect(head && get(head.weights, 0, 0)).toBe(1);
    const sharp = rankedKeys('The cat sat down', 2)[0]?.weight ?? 0;
    const sharper = lessonAttention('The cat sat down', table, rule, { temperature: 0.25 });
    expect(get(sharper.attention.heads[0]?.weights ?? sharper.x, 2, 1)).toBeGreaterThan(sharp);
  });
});
