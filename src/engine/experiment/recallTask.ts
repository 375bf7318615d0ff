/**
 * The experiment's task, long-range recall: remember the first token of a long sequence.
 *
 *     A  w z x … y w  ?      →  A
 *     ↑  n distractors  ↑ query
 *
 * A sequence is one answer symbol (one of k = 4, uniform), then n distractor symbols (each one
 * of 4, uniform, a separate set from the answers), then the query token. The target is the first
 * symbol, so the right answer depends on nothing but a token n + 1 positions before the query.
 * Chance is 1/k = 25 %.
 *
 * Token ids: answers 0 … 3, distractors 4 … 7, the query 8 (a vocabulary of 9).
 *
 * @module
 */

import type { Uniform } from '../seededRandom';

/** The task's fixed sizes: k answers, the distractor symbols, and the range of n offered. */
export const RECALL_TASK = {
  /** k: the answer symbols, and the number of classes the models choose from. */
  answers: 4,
  /** Distractor symbols, never an answer. */
  distractors: 4,
  /** n, the distractors between the first token and the query: at least … */
  minDistractorCount: 8,
  /** … and at most. */
  maxDistractorCount: 256,
} as const;

/** The query token's id: after the answers and the distractors. */
export const QUERY_TOKEN = RECALL_TASK.answers + RECALL_TASK.distractors;
/** Every token id is below this: answers, distractors and the query. */
export const VOCABULARY_SIZE = QUERY_TOKEN + 1;
/** The accuracy of guessing: 1/k. */
export const CHANCE_ACCURACY = 1 / RECALL_TASK.answers;

export type RecallTokenKind = 'answer' | 'distractor' | 'query';

/** What a token id stands for, so a figure can label a sequence. */
export function recallTokenKind(token: number): RecallTokenKind {
  if (!Number.isInteger(token) || token < 0 || token > QUERY_TOKEN) {
    throw new Error(`token must be an integer in [0, ${QUERY_TOKEN}], got ${String(token)}`);
  }
  if (token < RECALL_TASK.answers) return 'answer';
  return token === QUERY_TOKEN ? 'query' : 'distractor';
}

/** Sequences of equal length, one after another. */
export interface RecallBatch {
  /** Sequences in the batch. */
  readonly size: number;
  /** Tokens per sequence: n + 2 (the first symbol, n distractors, the query). */
  readonly length: number;
  /** size × length token ids, row-major: sequence s is tokens[s·length … (s+1)·length − 1]. */
  readonly tokens: Int32Array;
  /** size answers: the first token of each sequence. */
  readonly targets: Int32Array;
}

/** Throws unless n is a whole number of distractors in the range the experiment offers. */
export function checkDistractorCount(n: number): void {
  const { minDistractorCount: min, maxDistractorCount: max } = RECALL_TASK;
  if (!Number.isInteger(n) || n < min || n > max) {
    throw new Error(`n must be an integer in [${min}, ${max}], got ${String(n)}`);
  }
}

/**
 * `size` fresh sequences with n distractors each, drawn from `random` (which moves on, so the
 * next call gives new sequences).
 *
 * @example
 * const random = mulberry32(1);
 * const batch = recallBatch(8, 32, random); // 32 sequences of 10 tokens
 * batch.targets[0] === batch.tokens[0]; // true: the answer is the first token
 */
export function recallBatch(n: number, size: number, random: Uniform): RecallBatch {
  checkDistractorCount(n);
  if (!Number.isInteger(size) || size < 1) {
    throw new Error(`size must be a positive integer, got ${String(size)}`);
  }
  const { answers, distractors } = RECALL_TASK;
  const length = n + 2;
  const tokens = new Int32Array(size * length);
  const targets = new Int32Array(size);
  for (let s = 0; s < size; s++) {
    const start = s * length;
    const answer = Math.floor(random() * answers);
    tokens[start] = answer;
    targets[s] = answer;
    for (let t = 1; t <= n; t++) tokens[start + t] = answers + Math.floor(random() * distractors);
    tokens[start + length - 1] = QUERY_TOKEN;
  }
  return { size, length, tokens, targets };
}

/** Sequence s of a batch, as a view (no copy). */
export function sequenceOf(batch: RecallBatch, s: number): Int32Array {
  if (!Number.isInteger(s) || s < 0 || s >= batch.size) {
    throw new Error(`s must be an integer in [0, ${batch.size - 1}], got ${String(s)}`);
  }
  return batch.tokens.subarray(s * batch.length, (s + 1) * batch.length);
}
