import { describe, expect, it } from 'vitest';
import { attentionLinesMessages, wordOrderMessages } from './intuition';

describe('the shuffle’s comparison', () => {
  it('says “exactly” only when no weight moved at all', () => {
    const exact = wordOrderMessages.comparison({ changedPairs: 0, pairs: 16, maxDifference: 0 });
    expect(exact).toBe(
      'Every pair of words has exactly the same weight in both orders: the shuffled matrix is the original with its rows and columns reordered. Attention alone does not see word order.',
    );
  });

  it('gives the largest difference when the weights agree only to rounding', () => {
    const rounding = wordOrderMessages.comparison({
      changedPairs: 0,
      pairs: 16,
      maxDifference: 1.11e-16,
    });
    expect(rounding).toContain(
      'the same weight in both orders, to rounding (largest difference 1.1e-16):',
    );
    expect(rounding).not.toContain('exactly');
  });

  it('counts the changed pairs under the causal mask, with the largest change as a weight', () => {
    const changed = wordOrderMessages.comparison({
      changedPairs: 7,
      pairs: 16,
      maxDifference: 0.4567,
    });
    expect(changed).toBe(
      '7 of 16 pairs of words changed weight (by up to 0.46): the causal mask depends on order, because each word sees only the words before it.',
    );
  });

  it('points to the shuffle button by its own label', () => {
    expect(wordOrderMessages.notShuffled('The cat sat down')).toBe(
      `Original: “The cat sat down”. Not shuffled yet: press “${wordOrderMessages.shuffleButton}”.`,
    );
  });
});

describe('the lines figure', () => {
  it('gives the sentence’s length when it has too many tokens for lines', () => {
    expect(attentionLinesMessages.tooManyTokens(40)).toBe(
      'Your sentence has 40 tokens: too many lines to read. Step 5 shows its matrix as a heatmap.',
    );
  });
});
