// Where a step's prose states what the numbers show, the numbers are checked here, so the prose
// cannot drift from the engine.
import { describe, expect, it } from 'vitest';
import ruleJson from '../../content/self-attention/attention-rule.json';
import tableJson from '../data/word-classes.json';
import { parseAttentionRule } from '../engine/attentionRule';
import { lessonAttention } from '../engine/lessonAttention';
import { row } from '../engine/matrix';
import { parseWordTable } from '../engine/wordFeatures';
import { rankKeys } from './attentionWords';
import { steps } from './lesson';
import { formatWeight } from './matrixExport';

const result = lessonAttention(
  'The cat sat down',
  parseWordTable(tableJson),
  parseAttentionRule(ruleJson),
);
const words = result.tokens.map((t) => t.text);
const weights = result.attention.heads[0]?.weights;
const prose = (n: number) =>
  steps[n - 1]?.blocks.map((b) => (b.kind === 'prose' ? b.html : '')).join('') ?? '';

describe('Step 5’s reading of the matrix', () => {
  it('is stated in the prose', () => {
    expect(prose(5)).toContain('the row of &quot;sat&quot; puts &quot;cat&quot; first and');
  });

  it('matches the engine: "cat" first, "down" second, "The" no more than "sat" itself', () => {
    if (!weights) throw new Error('no weights');
    const sat = row(weights, 2);
    const ranked = rankKeys(words, sat).map((k) => k.word);
    expect(ranked.slice(0, 2)).toEqual(['cat', 'down']);
    expect(formatWeight(sat[0] ?? NaN)).toBe(formatWeight(sat[2] ?? NaN));
  });

  it('is right that no unmasked weight is exactly 0', () => {
    expect(weights && [...weights.data].every((w) => w > 0)).toBe(true);
  });
});
