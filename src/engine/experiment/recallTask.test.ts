import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../seededRandom';
import { experimentSeeds } from './experiment';
import {
  CHANCE_ACCURACY,
  QUERY_TOKEN,
  RECALL_TASK,
  recallBatch,
  recallTokenKind,
  sequenceOf,
  VOCABULARY_SIZE,
} from './recallTask';

describe('the recall task', () => {
  it('has k = 4 answers, 4 distractors and one query token', () => {
    expect([RECALL_TASK.answers, RECALL_TASK.distractors, VOCABULARY_SIZE]).toEqual([4, 4, 9]);
    expect(CHANCE_ACCURACY).toBe(0.25);
    expect([0, 3, 4, 7, 8].map(recallTokenKind)).toEqual([
      'answer',
      'answer',
      'distractor',
      'distractor',
      'query',
    ]);
    expect(() => recallTokenKind(9)).toThrow(/token must be an integer in \[0, 8\]/);
  });

  it('starts every sequence with its answer, then n distractors, then the query', () => {
    for (const n of [8, 37, 256]) {
      const batch = recallBatch(n, 200, mulberry32(n));
      expect(batch.length).toBe(n + 2);
      for (let s = 0; s < batch.size; s++) {
        const sequence = Array.from(sequenceOf(batch, s));
        expect(sequence[0]).toBe(batch.targets[s]);
        expect(recallTokenKind(sequence[0] ?? -1)).toBe('answer');
        expect(sequence.slice(1, -1).every((t) => recallTokenKind(t) === 'distractor')).toBe(true);
        expect(sequence.at(-1)).toBe(QUERY_TOKEN);
      }
    }
  });

  it('draws every answer and every distractor about equally often', () => {
    const batch = recallBatch(64, 4000, mulberry32(11));
    const counts = new Array<number>(VOCABULARY_SIZE).fill(0);
    for (const token of batch.tokens) counts[token] = (counts[token] ?? 0) + 1;
    for (let a = 0; a < 4; a++) expect((counts[a] ?? 0) / 4000).toBeCloseTo(0.25, 1);
    for (let d = 4; d < 8; d++) expect((counts[d] ?? 0) / (4000 * 64)).toBeCloseTo(0.25, 2);
  });

  it('gives the training batches and the held-out sequences from different seeds', () => {
    const seeds = experimentSeeds(1);
    expect(new Set(Object.values(seeds)).size).toBe(4);
    const training = recallBatch(8, 512, mulberry32(seeds.training));
    const heldOut = recallBatch(8, 512, mulberry32(seeds.heldOut));
    expect(training.tokens).not.toEqual(heldOut.tokens);
    expect(training.targets).not.toEqual(heldOut.targets);
    // The same seed gives the same sequences.
    expect(recallBatch(8, 512, mulberry32(seeds.heldOut)).tokens).toEqual(heldOut.tokens);
  });

  it('refuses n outside 8 … 256 and a batch of no sequences', () => {
    const random = mulberry32(1);
    expect(() => recallBatch(7, 1, random)).toThrow('n must be an integer in [8, 256], got 7');
    expect(() => recallBatch(257, 1, random)).toThrow(/got 257/);
    expect(() => recallBatch(8.5, 1, random)).toThrow(/got 8.5/);
    expect(() => recallBatch(8, 0, random)).toThrow('size must be a positive integer, got 0');
  });
});
