import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { selfAttention } from './attention';
import { matrix } from './matrix';
import {
  attentionCost,
  attentionMatrixSize,
  crossoverProcessors,
  favouredModel,
  parallelTimeBounds,
  rnnCost,
  type BoundName,
  type Cost,
} from './parallelCost';

const D = 64;
const costsAt = (n: number) => ({
  rnn: rnnCost({ n, inputSize: D, hiddenSize: D }),
  attention: attentionCost({ n, modelSize: D, keySize: D }),
});
const BOUNDS: readonly BoundName[] = ['lower', 'upper'];
const below = (rnn: Cost, attention: Cost, bound: BoundName, p: number) =>
  parallelTimeBounds(attention, p)[bound] < parallelTimeBounds(rnn, p)[bound];

describe('rnnCost', () => {
  it('has depth that grows linearly with n: the steps wait for one another', () => {
    const short = rnnCost({ n: 4, inputSize: 64, hiddenSize: 64 });
    const long = rnnCost({ n: 512, inputSize: 64, hiddenSize: 64 });
    expect(long.depth / short.depth).toBe(512 / 4);
    expect(long.work).toBe(512 * 64 * 129);
  });

  it('counts each step as a dot product (multiply, then a tree of sums) and the tanh', () => {
    // Attention's depth counts its exp, scaling and divide as one operation each; so does this.
    const dotProduct = Math.ceil(Math.log2(64 + 64)) + 1;
    expect(rnnCost({ n: 4, inputSize: 64, hiddenSize: 64 }).depth).toBe(4 * (dotProduct + 1));
    expect(rnnCost({ n: 1, inputSize: 3, hiddenSize: 5 }).depth).toBe(3 + 1 + 1);
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

describe('crossoverProcessors: where attention’s bound drops below the RNN’s', () => {
  it('is the first P at which attention’s bound is below, and it stays below beyond', () => {
    for (const n of [3, 4, 16, 64, 512, 1000, 2048, 4096]) {
      const { rnn, attention } = costsAt(n);
      for (const bound of BOUNDS) {
        const p = crossoverProcessors(rnn, attention, bound);
        if (p === null) throw new Error(`no crossover at n = ${n}`);
        expect(below(rnn, attention, bound, p)).toBe(true);
        expect(below(rnn, attention, bound, p - 1)).toBe(false);
        for (const beyond of [p + 1, 2 * p, 10 * p, 1e9]) {
          expect(below(rnn, attention, bound, beyond)).toBe(true);
        }
      }
    }
  });

  it('follows from work and depth: W_a/D_r for the lower bounds, ΔW/ΔD for the upper', () => {
    for (const n of [64, 512, 2048]) {
      const { rnn, attention } = costsAt(n);
      expect(crossoverProcessors(rnn, attention, 'lower')).toBe(
        Math.floor(attention.work / rnn.depth) + 1,
      );
      expect(crossoverProcessors(rnn, attention, 'upper')).toBe(
        Math.floor((attention.work - rnn.work) / (rnn.depth - attention.depth)) + 1,
      );
    }
  });

  it('lies near 10⁴ processors at n = 512 and near 3 · 10⁴ at n = 2,048 (d = 64)', () => {
    for (const bound of BOUNDS) {
      const at512 = costsAt(512);
      const at2048 = costsAt(2048);
      const p512 = crossoverProcessors(at512.rnn, at512.attention, bound) ?? NaN;
      const p2048 = crossoverProcessors(at2048.rnn, at2048.attention, bound) ?? NaN;
      expect(Math.round(Math.log10(p512))).toBe(4);
      expect(Number(p2048.toPrecision(1))).toBe(3e4);
      // Four times the length, about four times the processors: attention's work grows like n²,
      // the RNN's depth like n.
      expect(p2048 / p512).toBeGreaterThan(3.4);
      expect(p2048 / p512).toBeLessThan(4);
    }
  });

  it('is never reached when attention’s depth is not shorter (one or two tokens)', () => {
    for (const n of [1, 2]) {
      const { rnn, attention } = costsAt(n);
      expect(attention.depth).toBeGreaterThanOrEqual(rnn.depth);
      for (const bound of BOUNDS) {
        expect(crossoverProcessors(rnn, attention, bound)).toBeNull();
        expect(below(rnn, attention, bound, 1e12)).toBe(false);
      }
    }
  });

  it('moves B times further out when B sequences are processed together', () => {
    const { rnn, attention } = costsAt(512);
    const batch = (cost: Cost, b: number) => ({ work: b * cost.work, depth: cost.depth });
    const one = crossoverProcessors(rnn, attention, 'lower') ?? NaN;
    for (const b of [8, 64]) {
      const many = crossoverProcessors(batch(rnn, b), batch(attention, b), 'lower') ?? NaN;
      expect(Math.abs(many - b * one)).toBeLessThanOrEqual(b);
    }
  });

  it('holds for any costs: first P below, still below far beyond, or null and not below', () => {
    const cost = fc.record({
      work: fc.integer({ min: 1, max: 1e9 }),
      depth: fc.integer({ min: 1, max: 1e5 }),
    });
    fc.assert(
      fc.property(cost, cost, fc.constantFrom(...BOUNDS), (rnn, attention, bound) => {
        const p = crossoverProcessors(rnn, attention, bound);
        if (p === null) {
          expect(below(rnn, attention, bound, 1e15)).toBe(false);
          return;
        }
        expect(below(rnn, attention, bound, p)).toBe(true);
        if (p > 1) expect(below(rnn, attention, bound, p - 1)).toBe(false);
        expect(below(rnn, attention, bound, p * 1000)).toBe(true);
      }),
    );
  });
});

describe('favouredModel', () => {
  it('favours the RNN on few processors, attention on many, and neither between the bounds', () => {
    const { rnn, attention } = costsAt(512);
    const upper = crossoverProcessors(rnn, attention, 'upper') ?? NaN;
    const lower = crossoverProcessors(rnn, attention, 'lower') ?? NaN;
    expect(favouredModel(rnn, attention, 1)).toBe('rnn');
    expect(favouredModel(rnn, attention, Math.min(upper, lower) - 1)).toBe('rnn');
    expect(favouredModel(rnn, attention, Math.min(upper, lower))).toBe('split');
    expect(favouredModel(rnn, attention, Math.max(upper, lower))).toBe('attention');
    expect(favouredModel(rnn, attention, 1e6)).toBe('attention');
  });
});

describe('attentionMatrixSize', () => {
  it('is n² numbers', () => {
    expect(attentionMatrixSize(512)).toEqual({ entries: 262144, bytes: 1048576 });
    expect(() => attentionMatrixSize(0)).toThrow(/n must be/);
  });
});
