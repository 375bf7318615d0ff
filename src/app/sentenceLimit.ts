// What the sentence box keeps of a text longer than the lesson's limit. A pasted book is cut
// once, where it enters, so the box, the saved settings and every step that shows the sentence
// hold at most MAX_TOKENS words, and a keystroke after the paste costs what it costs at the limit.
import { MAX_TOKENS, tokenize } from '../engine/tokenize';

export interface KeptSentence {
  /** The text the box keeps: all of it, or everything up to the end of word MAX_TOKENS. */
  readonly text: string;
  /** True when words after the limit were removed. */
  readonly cut: boolean;
}

/**
 * Keeps the first `maxTokens` words and whatever comes before the first of them; reads only as
 * much of `text` as that needs. A cut text is returned in Unicode NFC (the form the tokenizer
 * reads): a reader sees no difference, and the kept words are exactly the first `maxTokens`.
 */
export function keepWithinLimit(text: string, maxTokens: number = MAX_TOKENS): KeptSentence {
  const { tokens, normalized, truncated } = tokenize(text, { maxTokens });
  if (!truncated) return { text, cut: false };
  const last = tokens.at(-1);
  return { text: last ? normalized.slice(0, last.end) : '', cut: true };
}
