/**
 * The lesson's whole pipeline for one sentence: tokens → word-class embeddings → the teaching
 * rule's projections → self-attention, with every intermediate kept. The page, the command line
 * and the tests all call this, so they show the same numbers.
 *
 * @module
 */

import { selfAttention, type AttentionResult, type HeadAttention } from './attention';
import { ruleProjections, type AttentionRule } from './attentionRule';
import { embedSentence, type EmbeddedSentence } from './embedSentence';
import type { Matrix } from './matrix';
import type { WordTable } from './wordFeatures';

export interface LessonAttentionOptions {
  readonly causal?: boolean;
  readonly temperature?: number;
}

export interface LessonAttention extends EmbeddedSentence {
  readonly attention: AttentionResult;
  /** The teaching rule's one head (attention.heads[0]). */
  readonly head: HeadAttention;
  /** The tokens as the figures label them. */
  readonly words: readonly string[];
  /** One per token: false for a word the corpus table does not know (marked *). */
  readonly known: readonly boolean[];
}

/**
 * The teaching rule's one head over already embedded tokens (x: n × classes): the part of the
 * pipeline a worker can run from the embeddings alone, without the word table.
 */
export function ruleAttention(
  x: Matrix,
  rule: AttentionRule,
  options: LessonAttentionOptions = {},
): AttentionResult {
  return selfAttention(x, ruleProjections(rule), {
    heads: 1,
    causal: options.causal ?? false,
    temperature: options.temperature ?? 1,
  });
}

/** An embedded sentence and the attention computed from its embeddings, as the page reads them. */
export function withAttention(
  embedded: EmbeddedSentence,
  attention: AttentionResult,
): LessonAttention {
  const [head] = attention.heads;
  if (!head) throw new Error('selfAttention returned no head');
  return {
    ...embedded,
    attention,
    head,
    words: embedded.tokens.map((t) => t.text),
    known: embedded.embeddings.map((e) => e.known),
  };
}

/** @example lessonAttention('The cat sat down', table, rule).head.weights; // 4 × 4 */
export function lessonAttention(
  sentence: string,
  table: WordTable,
  rule: AttentionRule,
  options: LessonAttentionOptions = {},
): LessonAttention {
  const embedded = embedSentence(sentence, table);
  return withAttention(embedded, ruleAttention(embedded.x, rule, options));
}
