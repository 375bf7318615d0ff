/**
 * The lesson's whole pipeline for one sentence: tokens → word-class embeddings → the teaching
 * rule's projections → self-attention, with every intermediate kept. The page, the command line
 * and the tests all call this, so they show the same numbers.
 *
 * @module
 */

import { selfAttention, type AttentionResult, type HeadAttention } from './attention';
import { ruleProjections, type AttentionRule } from './attentionRule';
import { matrix, type Matrix } from './matrix';
import { MAX_TOKENS, tokenize, type Token } from './tokenize';
import { WORD_CLASSES, wordFeatures, type WordFeatures, type WordTable } from './wordFeatures';

export interface LessonAttentionOptions {
  readonly causal?: boolean;
  readonly temperature?: number;
}

/** A sentence as the lesson's tokens and their word-class embeddings. */
export interface EmbeddedSentence {
  /** The tokens the models see (at most MAX_TOKENS). */
  readonly tokens: readonly Token[];
  /** Characters dropped by the tokenizer (punctuation, symbols, emoji). */
  readonly ignored: readonly string[];
  /** Tokens cut because the sentence had more than MAX_TOKENS words. */
  readonly droppedTokens: number;
  /** One per token: its class shares, and whether the corpus table knows it. */
  readonly embeddings: readonly WordFeatures[];
  /** n × classes: the embeddings as a matrix. */
  readonly x: Matrix;
}

/**
 * Tokens → word-class shares: the embeddings every figure feeds its model (attention, RNN).
 * @example embedSentence('The cat sat down', table).x; // 4 × 11
 */
export function embedSentence(sentence: string, table: WordTable): EmbeddedSentence {
  const { tokens: allTokens, ignored } = tokenize(sentence);
  const tokens = allTokens.slice(0, MAX_TOKENS);
  const embeddings = tokens.map((token) => wordFeatures(table, token.lookup));
  const c = WORD_CLASSES.length;
  const data = new Float64Array(tokens.length * c);
  embeddings.forEach((embedding, i) => {
    data.set(embedding.features, i * c);
  });
  const x = matrix(tokens.length, c, data);
  return { tokens, ignored, droppedTokens: allTokens.length - tokens.length, embeddings, x };
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

/** @example lessonAttention('The cat sat down', table, rule).head.weights; // 4 × 4 */
export function lessonAttention(
  sentence: string,
  table: WordTable,
  rule: AttentionRule,
  options: LessonAttentionOptions = {},
): LessonAttention {
  const embedded = embedSentence(sentence, table);
  const attention = selfAttention(embedded.x, ruleProjections(rule), {
    heads: 1,
    causal: options.causal ?? false,
    temperature: options.temperature ?? 1,
  });
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
