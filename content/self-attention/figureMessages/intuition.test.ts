import { describe, expect, it } from 'vitest';
import { attentionLinesMessages, wordOrderMessages } from './intuition';

describe('the shuffle’s comparison', () => {
  it('says “exactly” only when no weight moved at all', () => {
    const exact = wordOrderMessages.comparison({ changedPairs: 0, pairs: 16, maxDifference: 0 });
    expect(exact).toBe(
      'Every pair of words has exactly the same weight in both orders: the shuffled matrix is the original with its rows and columns reordered. Attention alone does not see word order.',
    );
  });

  it('says in words where rounding shows when the weights agree only to rounding', () => {
    const rounding = (maxDifference: number) =>
      wordOrderMessages.comparison({ changedPairs: 0, pairs: 16, maxDifference });
    expect(rounding(1.11e-16)).toContain(
      'the same weight in both orders, up to rounding in the 16th decimal place:',
    );
    expect(rounding(5.6e-17)).toContain('up to rounding in the 17th decimal place:');
    // An exact power of ten has its digit at that place, however its logarithm rounds.
    expect(rounding(1e-16)).toContain('in the 16th decimal place');
    expect(rounding(1e-13)).toContain('in the 13th decimal place');
    expect(rounding(2.2e-12)).toContain('in the 12th decimal place');
    for (const d of [1.11e-16, 5.6e-17, 1e-16]) {
      // No exponent for the learner to decode, and no "exactly" for what is not exact.
      expect(rounding(d)).not.toMatch(/e-\d|largest difference|exactly/);
    }
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
