import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { batchRows, packRows } from './batches.js';
import { segmentMask } from './segment-mask.js';

/** Row i of a T × T block of the mask, as 0/1 numbers. */
const maskRows = (mask: Float32Array, T: number, b = 0): number[][] =>
  Array.from({ length: T }, (_, i) => [...mask.slice((b * T + i) * T, (b * T + i + 1) * T)]);

/**
 * Softmax attention weights of one row with the trainer's additive mask (−1e9 where hidden), in
 * float64: what model.js computes, without TensorFlow.
 */
function maskedWeights(scores: number[][], visible: number[][]): number[][] {
  return scores.map((row, i) => {
    const biased = row.map((s, j) => s + (1 - (visible[i]?.[j] ?? 0)) * -1e9);
    const max = Math.max(...biased);
    const exps = biased.map((s) => Math.exp(s - max));
    const sum = exps.reduce((a, b) => a + b, 0);
    return exps.map((e) => e / sum);
  });
}

describe("the trainer's segment mask (tools/trainer/segment-mask.js)", () => {
  it('lets a query see only earlier keys of its own sentence', () => {
    // Two sentences (segments 0 and 1) then two padding positions.
    expect(maskRows(segmentMask([0, 0, 1, 1, 1, -1, -1], 7), 7)).toEqual([
      [1, 0, 0, 0, 0, 0, 0],
      [1, 1, 0, 0, 0, 0, 0],
      [0, 0, 1, 0, 0, 0, 0],
      [0, 0, 1, 1, 0, 0, 0],
      [0, 0, 1, 1, 1, 0, 0],
      [0, 0, 0, 0, 0, 1, 0],
      [0, 0, 0, 0, 0, 1, 1],
    ]);
  });

  it('never links two sentences packed in one row, nor a real token to padding', () => {
    const T = 8;
    const sentences = fc.array(fc.array(fc.nat(50), { minLength: 1, maxLength: T }), {
      minLength: 1,
      maxLength: 30,
    });
    fc.assert(
      fc.property(sentences, (ids) => {
        for (const batch of batchRows(packRows(ids, T), 3)) {
          const mask = segmentMask(batch.segments, T);
          // Written out from the definition: key j is visible to query i when j ≤ i and both
          // carry the same segment number (padding, -1, only matches padding).
          const expected = new Float32Array(batch.rows * T * T);
          for (let b = 0; b < batch.rows; b++) {
            for (let i = 0; i < T; i++) {
              for (let j = 0; j <= i; j++) {
                const same = batch.segments[b * T + j] === batch.segments[b * T + i];
                expected[(b * T + i) * T + j] = same ? 1 : 0;
              }
              // Every query sees at least itself, so no softmax row is empty.
              expect(mask[(b * T + i) * T + i]).toBe(1);
            }
          }
          expect(mask).toEqual(expected);
        }
      }),
    );
  });

  it('makes a packed row attend exactly as each sentence would alone', () => {
    const T = 6;
    const [row] = packRows([[5, 6], [7, 8, 9], [4]], T);
    if (row === undefined) throw new Error('expected one packed row');
    const scores = Array.from({ length: T }, (_, i) =>
      Array.from({ length: T }, (_, j) => Math.sin(3 * i + 7 * j)),
    );
    const packed = maskedWeights(scores, maskRows(segmentMask(row.segments, T), T));
    // The second sentence (positions 2–4) alone: a plain causal mask over its own scores.
    const alone = maskedWeights(
      [2, 3, 4].map((i) => [2, 3, 4].map((j) => scores[i]?.[j] ?? NaN)),
      [0, 1, 2].map((i) => [0, 1, 2].map((j) => (j <= i ? 1 : 0))),
    );
    [2, 3, 4].forEach((i, a) => {
      const weights = packed[i] ?? [];
      [2, 3, 4].forEach((j, k) => {
        expect(weights[j]).toBeCloseTo(alone[a]?.[k] ?? NaN, 12);
      });
      // Nothing goes to the other sentence or to padding.
      [0, 1, 5].forEach((j) => {
        expect(weights[j]).toBe(0);
      });
    });
  });

  it('refuses segments that are not whole rows', () => {
    expect(() => segmentMask([0, 0, 0], 2)).toThrow(/whole rows of contextLength 2/);
    expect(() => segmentMask([0, 0], 0)).toThrow(/whole rows/);
  });
});
