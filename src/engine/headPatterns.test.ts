import { describe, expect, it } from 'vitest';
import { describeHead, measureHeadPatterns, strongestPattern } from './headPatterns';
import type { HeadPattern, SentenceAttention } from './headPatterns';
import { fromRows, type Matrix } from './matrix';

/** A causal n × n matrix whose row t is given by rowOf(t) over the keys 0 … t. */
function causal(n: number, rowOf: (t: number) => number[]): Matrix {
  return fromRows(
    Array.from({ length: n }, (_, t) => {
      const row = rowOf(t);
      expect(row).toHaveLength(t + 1);
      return [...row, ...Array<number>(n - t - 1).fill(0)];
    }),
  );
}
const oneHot = (t: number, at: number) =>
  Array.from({ length: t + 1 }, (_, j) => (j === at ? 1 : 0));
const previous = (n: number) => causal(n, (t) => oneHot(t, Math.max(t - 1, 0)));
const uniform = (n: number) => causal(n, (t) => Array<number>(t + 1).fill(1 / (t + 1)));
const toBos = (n: number) => causal(n, (t) => oneHot(t, 0));
const toSelf = (n: number) => causal(n, (t) => oneHot(t, t));

// "<bos> the cat sat on the mat": determiners at 1 and 5, nouns at 2 and 6.
const classes = [[], ['determiner'], ['noun'], ['verb'], ['preposition'], ['determiner'], ['noun']];
const n = classes.length;
const meanUniform = (ts: number[]) => ts.reduce((sum, t) => sum + 1 / (t + 1), 0) / ts.length;

describe('measureHeadPatterns', () => {
  const sentence: SentenceAttention = {
    weights: [
      [previous(n), uniform(n)],
      [toBos(n), toSelf(n)],
    ],
    classes,
  };
  const [prev, flat, bos, self] = measureHeadPatterns([sentence]);

  it('numbers the heads layer by layer', () => {
    expect([prev, flat, bos, self].map((h) => [h?.layer, h?.head])).toEqual([
      [0, 0],
      [0, 1],
      [1, 0],
      [1, 1],
    ]);
  });

  it('gives an exact previous-token head a share of 1, over the queries t ≥ 2', () => {
    const m = prev?.metrics.previousToken;
    expect(m?.share).toBe(1);
    expect(m?.queries).toBe(n - 2);
    expect(m?.baseline).toBeCloseTo(meanUniform([2, 3, 4, 5, 6]), 12);
    expect(prev?.metrics.firstToken.share).toBeCloseTo(1 / 6, 12); // only t = 1 looks at <bos>
    expect(prev?.metrics.firstToken.queries).toBe(n - 1);
  });

  it('gives a uniform head a share equal to its baseline, for every pattern', () => {
    for (const m of Object.values(flat?.metrics ?? {})) {
      expect(m.share).toBeCloseTo(m.baseline, 12);
    }
  });

  it('measures the first-token sink and the self pattern over t ≥ 1', () => {
    expect(bos?.metrics.firstToken).toEqual({
      share: 1,
      baseline: expect.closeTo(meanUniform([1, 2, 3, 4, 5, 6]), 12) as number,
      queries: 6,
    });
    expect(self?.metrics.self.share).toBe(1);
    expect(self?.metrics.previousToken.share).toBe(0);
  });

  it('counts noun queries with earlier determiners, and weighs the baseline by their number', () => {
    // The noun at 2 sees one determiner (1); the noun at 6 sees two (1 and 5).
    const m = flat?.metrics.nounToDeterminer;
    expect(m?.queries).toBe(2);
    expect(m?.baseline).toBeCloseTo((1 / 3 + 2 / 7) / 2, 12);
    // The previous-token head hits the determiner before each noun: weight 1 both times.
    expect(prev?.metrics.nounToDeterminer.share).toBe(1);
    expect(bos?.metrics.nounToDeterminer.share).toBe(0);
  });

  it('averages over every counted query of every sentence', () => {
    const short: SentenceAttention = {
      weights: [[toSelf(3)]],
      classes: [[], ['noun'], ['noun']],
    };
    const long: SentenceAttention = { weights: [[previous(n)]], classes };
    const [head] = measureHeadPatterns([short, long]);
    // Self: 2 queries of share 1 in the short sentence, 6 of share 0 in the long one.
    expect(head?.metrics.self).toMatchObject({ share: 2 / 8, queries: 8 });
    // No determiner in the short sentence: only the long one's two nouns count.
    expect(head?.metrics.nounToDeterminer.queries).toBe(2);
  });

  it('reports a pattern with no queries as NaN, and refuses mismatched shapes', () => {
    const [head] = measureHeadPatterns([{ weights: [[uniform(2)]], classes: [[], ['verb']] }]);
    expect(head?.metrics.previousToken.queries).toBe(0);
    expect(head?.metrics.previousToken.share).toBeNaN();
    expect(() => measureHeadPatterns([])).toThrow(/at least one/);
    expect(() => measureHeadPatterns([{ weights: [[uniform(3)]], classes }])).toThrow(/n = 7/);
    expect(() => measureHeadPatterns([sentence, { weights: [[uniform(n)]], classes }])).toThrow(
      /1 layers, expected 2/,
    );
  });
});

describe('strongestPattern and describeHead', () => {
  const head: HeadPattern = {
    layer: 0,
    head: 1,
    metrics: {
      previousToken: { share: 0.62, baseline: 0.18, queries: 10 },
      firstToken: { share: 0.3, baseline: 0.2, queries: 12 },
      nounToDeterminer: { share: 0.4, baseline: 0.2, queries: 0 },
      self: { share: 0.05, baseline: 0.2, queries: 12 },
    },
  };

  it('picks the largest share/baseline, skipping patterns with no queries', () => {
    expect(strongestPattern(head)).toMatchObject({ pattern: 'previousToken' });
    expect(strongestPattern(head).ratio).toBeCloseTo(0.62 / 0.18, 12);
  });

  it('says it in one sentence with 1-based numbers', () => {
    expect(describeHead(head)).toBe(
      'Layer 1, head 2 puts on average 0.62 of its attention on the previous word, 3.4 times the uniform share (0.18).',
    );
  });
});
