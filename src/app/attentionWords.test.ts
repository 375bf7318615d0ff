import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { describeRow, rankKeys, topKeys, topKeysLine } from './attentionWords';

const words = ['The', 'cat', 'sat', 'down'];

describe('describeRow', () => {
  it('orders keys by weight and groups equal rounded weights', () => {
    expect(describeRow(words, [0.165, 0.407, 0.165, 0.264], 2)).toBe(
      '“sat” attends most to “cat” (0.41), then “down” (0.26), then “The” and “sat” (0.17 each).',
    );
  });

  it('says when attention is spread evenly', () => {
    expect(describeRow(words, [0.25, 0.25, 0.25, 0.25], 0)).toBe(
      '“The” spreads its attention evenly: “The”, “cat”, “sat” and “down” (0.25 each).',
    );
  });

  it('leaves masked keys out and says how many it cannot see', () => {
    expect(describeRow(words, [0.6, 0.4, 0, 0], 1, (key) => key > 1)).toBe(
      '“cat” attends most to “The” (0.60), then “cat” (0.40). It cannot see the 2 later tokens.',
    );
    expect(describeRow(words, [0, 0, 0, 0], 0, () => true)).toBe(
      '“The” has no token it may attend to.',
    );
  });
});

describe('rankKeys and topKeysLine', () => {
  it('keep sentence order on ties and list the top three', () => {
    expect(rankKeys(words, [0.2, 0.3, 0.3, 0.2]).map((k) => k.key)).toEqual([1, 2, 0, 3]);
    expect(topKeysLine(words, [0.165, 0.407, 0.165, 0.264], 2)).toBe(
      '3. “sat”: “cat” 0.41, “down” 0.26, “The” 0.17',
    );
  });
});

describe('repeated words', () => {
  it('are named by their occurrence in the row read-out and the top-keys line', () => {
    const repeated = ['the', 'cat', 'saw', 'the', 'cat'];
    const weights = [0.1, 0.3, 0.1, 0.1, 0.4];
    expect(describeRow(repeated, weights, 4)).toBe(
      'The 2nd “cat” attends most to the 2nd “cat” (0.40), then the 1st “cat” (0.30), then the 1st “the”, “saw” and the 2nd “the” (0.10 each).',
    );
    expect(topKeysLine(repeated, weights, 1)).toBe(
      '2. The 1st “cat”: the 2nd “cat” 0.40, the 1st “cat” 0.30, the 1st “the” 0.10',
    );
  });
});

describe('topKeys', () => {
  it('agrees with the start of the full ranking, ties included', () => {
    fc.assert(
      fc.property(
        fc.array(fc.integer({ min: 0, max: 5 }), { maxLength: 40 }),
        fc.integer({ min: 1, max: 6 }),
        (levels, count) => {
          const weights = levels.map((l) => l / 5);
          const words = weights.map((_, i) => `w${i}`);
          const ranked = rankKeys(words, weights)
            .slice(0, count)
            .map((k) => k.key);
          expect(topKeys(weights, count)).toEqual(ranked);
        },
      ),
    );
  });
});
