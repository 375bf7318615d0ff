import { describe, expect, it } from 'vitest';
import ruleJson from '../../../content/self-attention/attention-rule.json';
import { topKeysLine } from '../../app/attentionWords';
import { isMasked } from '../../engine/attention';
import { parseAttentionRule } from '../../engine/attentionRule';
import { lessonAttention } from '../../engine/lessonAttention';
import { row } from '../../engine/matrix';
import { fillWeightPixels } from '../widgets/weightPixels';
import { answer, answerBuffers } from './ruleAttentionJob';
import { loadWordTable } from './wordTableLoader';

const rule = parseAttentionRule(ruleJson);
const sentence = Array.from(
  { length: 40 },
  (_, i) => ['the', 'cat', 'sat', 'down', 'on', 'a', 'mat'][i % 7],
).join(' ');

describe('answer (what the attention worker computes)', () => {
  it('gives the numbers, pixels and read-out lines the page computes itself', async () => {
    const table = await loadWordTable();
    for (const causal of [false, true]) {
      const page = lessonAttention(sentence, table, rule, { causal, temperature: 0.5 });
      const answered = answer({
        x: page.x,
        rule,
        causal,
        temperature: 0.5,
        cell: 3,
        words: page.words,
      });
      const head = answered.attention.heads[0];
      for (const key of ['scores', 'scaledScores', 'weights', 'output'] as const) {
        expect(Array.from(head?.[key].data ?? []), key).toEqual(Array.from(page.head[key].data));
      }
      const pixels = new Uint8ClampedArray(40 * 40 * 9 * 4);
      fillWeightPixels(pixels, page.head.weights, (i, j) => causal && isMasked(i, j), 3);
      expect(Array.from(answered.pixels?.data ?? [])).toEqual(Array.from(pixels));
      expect(answered.summaries?.lines).toEqual(
        page.words.map((_, i) => topKeysLine(page.words, row(page.head.weights, i), i)),
      );
    }
  });

  it('hands over every buffer once (a repeated one would make postMessage throw)', async () => {
    const table = await loadWordTable();
    const page = lessonAttention(sentence, table, rule);
    const answered = answer({ x: page.x, rule, causal: false, temperature: 1, cell: 2 });
    const buffers = answerBuffers(answered);
    expect(new Set(buffers).size).toBe(buffers.length);
    expect(buffers).toContain(answered.pixels?.data.buffer);
    expect(buffers).toContain(answered.attention.heads[0]?.weights.data.buffer);
    expect(answered.summaries).toBeUndefined();
  });
});
