import { describe, expect, it } from 'vitest';
import ruleJson from '../attention-rule.json';
import tableJson from '../../../src/data/word-classes.json';
import { parseAttentionRule } from '../../../src/engine/attentionRule';
import { lessonAttention } from '../../../src/engine/lessonAttention';
import { parseWordTable, WORD_CLASSES } from '../../../src/engine/wordFeatures';
import { qkvMessages } from './retrieval';

describe('Step 4’s figure messages', () => {
  it('scale by the key length the engine uses, one per word class', () => {
    const result = lessonAttention(
      'The cat sat down',
      parseWordTable(tableJson),
      parseAttentionRule(ruleJson),
    );
    expect(result.attention.dK).toBe(WORD_CLASSES.length);
    expect(qkvMessages.scores(result.attention.dK)).toContain(
      'by a dot product, scaled by 1/(√11 · T), and the softmax',
    );
    expect(qkvMessages.scores(64)).toContain('scaled by 1/(√64 · T)');
  });

  it('write the weights as the matrix does, and mark a masked one', () => {
    expect(qkvMessages.sameAsMatrixRow('sat', [0.1649, 0.4071, 0.1649, 0.2631])).toBe(
      'These are the numbers of the row of “sat” in Step 5’s matrix: weights 0.16, 0.41, 0.16, 0.26.',
    );
    expect(qkvMessages.maskedWeight(0)).toBe('0.00 (masked)');
  });

  it('split the query caption where the * mark goes', () => {
    expect(qkvMessages.queryCaption('sat') + qkvMessages.queryCaptionEnd).toBe(
      'Query vector of “sat”: how much it looks for each class',
    );
  });
});
