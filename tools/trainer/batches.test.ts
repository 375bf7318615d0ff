import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../../src/engine/shared/mulberry32.js';
import { batchRows, epochBatches, packRows, shuffled } from './batches.js';

const T = 8;

/** Sentences of ids, each 1…T long, as the trainer gets them (already cut to the context). */
const sentencesArb = fc.array(
  fc.array(fc.integer({ min: 2, max: 99 }), { minLength: 1, maxLength: T }),
  {
    minLength: 1,
    maxLength: 40,
  },
);

type Batch = ReturnType<typeof batchRows>[number];

/**
 * The sentences found in batches, read back from the segment numbers: each T-long block of a
 * batch is one row, and a sentence is a run of one segment number inside a block. A sentence
 * whose segment number shows up in two blocks (or twice in one) is reported as split.
 */
function readSentences(batches: readonly Batch[]): { sentences: number[][]; split: number } {
  const sentences: number[][] = [];
  let split = 0;
  const seen = new Set<number>();
  for (const batch of batches) {
    expect(batch.tokens.length).toBe(batch.rows * T);
    for (let r = 0; r < batch.rows; r++) {
      let previous = NaN;
      for (let t = 0; t < T; t++) {
        const segment = batch.segments[r * T + t] ?? NaN;
        const token = batch.tokens[r * T + t] ?? NaN;
        if (segment === -1) {
          previous = segment;
          continue;
        }
        if (segment !== previous) {
          if (seen.has(segment)) split += 1;
          seen.add(segment);
          sentences.push([]);
        }
        sentences.at(-1)?.push(token);
        previous = segment;
      }
    }
  }
  return { sentences, split };
}

const sorted = (sentences: number[][]): string[] => sentences.map((s) => s.join(' ')).sort();

describe("the trainer's batches (tools/trainer/batches.js)", () => {
  it('never splits a sentence across rows or batches', () => {
    fc.assert(
      fc.property(
        sentencesArb,
        fc.integer({ min: 1, max: 5 }),
        fc.integer(),
        (sentences, size, seed) => {
          const batches = epochBatches(sentences, T, size, mulberry32(seed));
          const { sentences: found, split } = readSentences(batches);
          expect(split).toBe(0);
          // Every sentence comes back whole, each exactly once (in shuffled order).
          expect(sorted(found)).toEqual(sorted(sentences));
          for (const batch of batches) expect(batch.rows).toBeLessThanOrEqual(size);
        },
      ),
    );
  });

  it('packs sentences in order, each starting at position 0, and starts a row when one does not fit', () => {
    const rows = packRows(
      [
        [1, 2, 3],
        [4, 5],
        [6, 7, 8, 9],
      ],
      6,
    );
    expect(rows.map((row) => [...row.tokens])).toEqual([
      [1, 2, 3, 4, 5, 0],
      [6, 7, 8, 9, 0, 0],
    ]);
    expect(rows.map((row) => [...row.segments])).toEqual([
      [0, 0, 0, 1, 1, -1],
      [2, 2, 2, 2, -1, -1],
    ]);
    expect(rows.map((row) => [...row.positions])).toEqual([
      [0, 1, 2, 0, 1, 0],
      [0, 1, 2, 3, 0, 0],
    ]);
    expect(() => packRows([[1, 2, 3]], 2)).toThrow(/truncated to contextLength/);
  });

  it('scores only real next tokens: padding and each sentence’s last token have weight 0', () => {
    fc.assert(
      fc.property(sentencesArb, fc.integer({ min: 1, max: 5 }), (sentences, size) => {
        let scored = 0;
        for (const batch of batchRows(packRows(sentences, T), size)) {
          batch.weights.forEach((weight, i) => {
            const segment = batch.segments[i];
            const sameSentenceNext = i % T < T - 1 && batch.segments[i + 1] === segment;
            // The loss is Σ weight · loss / Σ weight, so a 0 here leaves the position out of it.
            expect(weight).toBe(segment !== -1 && sameSentenceNext ? 1 : 0);
            if (weight === 1) expect(batch.targets[i]).toBe(batch.tokens[i + 1]);
            scored += weight;
          });
        }
        // A sentence of n ids gives n − 1 next-token targets.
        expect(scored).toBe(sentences.reduce((sum, ids) => sum + ids.length - 1, 0));
      }),
    );
  });

  it('gives the same order for the same seed, and another for another seed', () => {
    const sentences = Array.from({ length: 30 }, (_, i) => [i + 2, i + 3]);
    const order = (seed: number) =>
      epochBatches(sentences, T, 2, mulberry32(seed)).map((batch) => [...batch.tokens]);
    expect(order(1964)).toEqual(order(1964));
    expect(order(1964)).not.toEqual(order(1965));
    // The generator carries on from epoch to epoch, so the second epoch is in another order.
    const random = mulberry32(1964);
    const first = epochBatches(sentences, T, 2, random).map((batch) => [...batch.tokens]);
    const second = epochBatches(sentences, T, 2, random).map((batch) => [...batch.tokens]);
    expect(second).not.toEqual(first);
  });

  it('shuffles seed 1964 as it did when the shipped model was trained', () => {
    // The order the trainer's data had before the generator moved to src/engine/shared.
    const digits = [0, 1, 2, 3, 4, 5, 6, 7, 8, 9];
    expect(shuffled(digits, mulberry32(1964))).toEqual([8, 2, 6, 4, 9, 7, 5, 1, 0, 3]);
    expect(digits).toEqual([0, 1, 2, 3, 4, 5, 6, 7, 8, 9]);
  });
});
