/**
 * A sentence as the lesson's models read it: the tokenizer's words, each embedded as its word-class
 * shares from the corpus table. Both the attention figures and the RNN start here, so they read
 * the same numbers for the same sentence.
 *
 * @module
 */

import { matrix, type Matrix } from './matrix';
import { MAX_TOKENS, tokenize, type Token } from './tokenize';
import { WORD_CLASSES, wordFeatures, type WordFeatures, type WordTable } from './wordFeatures';

/** A sentence as the lesson's tokens and their word-class embeddings. */
export interface EmbeddedSentence {
  /** The tokens the models see (at most MAX_TOKENS). */
  readonly tokens: readonly Token[];
  /** Characters dropped by the tokenizer (punctuation, symbols, emoji). */
  readonly ignored: readonly string[];
  /** True when the sentence had more than MAX_TOKENS words; the rest was not read. */
  readonly truncated: boolean;
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
  // Cut while reading, so a pasted book costs what its first MAX_TOKENS words cost.
  const { tokens, ignored, truncated } = tokenize(sentence, { maxTokens: MAX_TOKENS });
  const embeddings = tokens.map((token) => wordFeatures(table, token.lookup));
  const c = WORD_CLASSES.length;
  const data = new Float64Array(tokens.length * c);
  embeddings.forEach((embedding, i) => {
    data.set(embedding.features, i * c);
  });
  const x = matrix(tokens.length, c, data);
  return { tokens, ignored, truncated, embeddings, x };
}
