import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selfAttention } from './attention';
import { matrix } from './matrix';
import { attentionCost, attentionMatrixSize, parallelTimeBounds, rnnCost } from './parallelCost';

describe('rnnCost', () => {
  it('has depth that grows linearly with n: the steps wait for one another', () => {
    const short = rnnCost({ n: 4, inputSize: 64, hiddenSize: 64 });
    const long = rnnCost({ n: 512, inputSize: 64, hiddenSize: 64 });
    expect(short.depth).toBe(4 * (7 + 1));
    expect(long.depth).toBe(512 * 8);
    expect(long.work).toBe(512 * 64 * 129);
  });
});

describe('attentionCost', () => {
  it('has depth that grows only like log n, while work grows like n²', () => {
    const a = attentionCost({ n: 64, modelSize: 64, keySize: 64 });
    const b = attentionCost({ n: 512, modelSize: 64, keySize: 64 });
    expect(b.depth - a.depth).toBe(3 * (9 - 6));
    expect(b.work / a.work).toBeGreaterThan(30);
  });

  it('counts the multiply-adds implied by the shapes the engine produces', () => {
    const n = 5;
    const d = 3;
    const x = matrix(
      n,
      d,
      Float64Array.from({ length: n * d }, (_, i) => Math.sin(i)),
    );
    const w = matrix(
      d,
      d,
      Float64Array.from({ length: d * d }, (_, i) => Math.cos(i)),
    );
    const head = selfAttention(x, { wq: w, wk: w, wv: w }).heads[0];
    if (!head) throw new Error('no head');
    const { queries, keys, values, scores, weights, output } = head;
    // Each entry of a product is one dot product, as long as the shared dimension.
    const counted =
      (queries.rows * queries.cols + keys.rows * keys.cols + values.rows * values.cols) * x.cols +
      scores.rows * scores.cols * queries.cols +
      scores.rows * scores.cols + // scaling
      3 * weights.rows * weights.cols + // exp, sum, divide
      output.rows * output.cols * weights.cols;
    expect(attentionCost({ n, modelSize: d, keySize: d }).work).toBe(counted);
  });

  it('beats the RNN’s depth for long sequences but does more work', () => {
    const rnn = rnnCost({ n: 512, inputSize: 64, hiddenSize: 64 });
    const attention = attentionCost({ n: 512, modelSize: 64, keySize: 64 });
    expect(attention.depth).toBeLessThan(rnn.depth / 50);
    expect(attention.work).toBeGreaterThan(rnn.work);
  });
});

describe('parallelTimeBounds (Brent)', () => {
  it('brackets the time between max(work/P, depth) and work/P + depth', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 1e6 }),
        fc.integer({ min: 1, max: 1e4 }),
        fc.integer({ min: 1, max: 1e4 }),
        (work, depth, p) => {
          const { lower, upper } = parallelTimeBounds({ work, depth }, p);
          expect(lower).toBeLessThanOrEqual(upper);
          expect(lower).toBeGreaterThanOrEqual(depth);
          expect(upper).toBeLessThanOrEqual(work + depth);
        },
      ),
    );
    expect(parallelTimeBounds({ work: 1000, depth: 10 }, 1)).toEqual({ lower: 1000, upper: 1010 });
  });
});

describe('attentionMatrixSize', () => {
  it('is n² numbers', () => {
    expect(attentionMatrixSize(512)).toEqual({ entries: 262144, bytes: 1048576 });
    expect(() => attentionMatrixSize(0)).toThrow(/n must be/);
  });
});
