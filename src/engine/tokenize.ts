/**
 * Splitting a sentence into the words that attention will look at.
 *
 * Real models split text into sub-word pieces learned from data; the lesson
 * uses whole words instead so that every row and column of the attention
 * matrix is a word a learner can read.
 *
 * @module
 */

import { lookupForm, wordMatches } from './shared/wordPattern.js';

/** The lesson's limit on tokens per sentence. `tokenize` itself never truncates. */
export const MAX_TOKENS = 512;

/** One word of the sentence. */
export interface Token {
  /** The word as typed (after NFC normalisation). */
  readonly text: string;
  /** Lower-cased key for the word table, with ’ replaced by '. */
  readonly lookup: string;
  /** UTF-16 offset of the first character in the NFC-normalised sentence. */
  readonly start: number;
  /** UTF-16 offset just past the last character, so `normalized.slice(start, end) === text`. */
  readonly end: number;
}

export interface TokenizeResult {
  readonly tokens: Token[];
  /** Distinct visible characters that were dropped, in order of first appearance. */
  readonly ignored: string[];
  /** The NFC-normalised sentence that `start` and `end` point into. */
  readonly normalized: string;
}

// Spaces and zero-width characters still separate words, but listing them as
// "ignored" would show the learner blanks.
const INVISIBLE = /^[\p{White_Space}\p{Cc}\p{Cf}]+$/u;

const graphemes = new Intl.Segmenter('en', { granularity: 'grapheme' });

/**
 * Splits a sentence into word tokens. The rules, as shown to learners:
 *
 * 1. The sentence is first normalised to Unicode NFC, so "café" typed with a
 *    separate accent and "café" typed as one character are the same word.
 * 2. A word is a run of letters, digits and accent marks, in any script:
 *    "naïve", "λόγος" and "42" are words. Scripts written without spaces
 *    (Chinese, Japanese, Thai…) give one word per unbroken run: "我爱你" is a
 *    single token.
 * 3. An apostrophe (' or ’) inside a word keeps it whole: "don't", "cat's".
 *    A hyphen between two letters does too: "well-known".
 * 4. Everything else (spaces, punctuation, symbols, emoji) separates words
 *    and is dropped; `ignored` lists each dropped visible character once, in
 *    order of first appearance. Text is never interpreted as markup:
 *    "<b>hi</b>" gives the words b, hi, b.
 * 5. Each token keeps its text as typed; `lookup` is its lower-case form
 *    with ’ turned into ', used to find the word in the word table.
 *
 * @example
 * const { tokens, ignored } = tokenize('The cat’s well-known. 🙂');
 * tokens.map((t) => t.text); // ['The', 'cat’s', 'well-known']
 * tokens.map((t) => t.lookup); // ['the', "cat's", 'well-known']
 * ignored; // ['.', '🙂']
 */
export function tokenize(sentence: string): TokenizeResult {
  if (typeof sentence !== 'string') {
    throw new Error(`sentence must be a string, got ${typeof sentence}`);
  }
  const normalized = sentence.normalize('NFC');
  const tokens: Token[] = [];
  const ignored: string[] = [];
  const seen = new Set<string>();
  const dropGap = (gap: string): void => {
    // Graphemes, not code points: "👍🏽" and "❤️" are each one thing to a reader.
    for (const { segment } of graphemes.segment(gap)) {
      if (INVISIBLE.test(segment) || seen.has(segment)) continue;
      seen.add(segment);
      ignored.push(segment);
    }
  };

  let previousEnd = 0;
  for (const match of wordMatches(normalized)) {
    const text = match[0];
    const start = match.index;
    const end = start + text.length;
    dropGap(normalized.slice(previousEnd, start));
    tokens.push({ text, lookup: lookupForm(text), start, end });
    previousEnd = end;
  }
  dropGap(normalized.slice(previousEnd));
  return { tokens, ignored, normalized };
}
