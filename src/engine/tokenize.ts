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

/** The lesson's limit on tokens per sentence; `tokenize` cuts there only when asked (`maxTokens`). */
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
  /** The NFC-normalised sentence (the part read, see `read`) that `start` and `end` point into. */
  readonly normalized: string;
  /** True when the text has more than `maxTokens` words: `tokens` holds the first `maxTokens`. */
  readonly truncated: boolean;
  /** How many UTF-16 code units of the input were read; the rest was never looked at. */
  readonly read: number;
}

export interface TokenizeOptions {
  /**
   * Keep at most this many tokens and read only as much of the text as they need, so a
   * 2 MB paste costs what its first words cost. Without it the whole text is split.
   */
  readonly maxTokens?: number;
}

// Spaces and zero-width characters still separate words, but listing them as
// "ignored" would show the learner blanks.
const INVISIBLE = /^[\p{White_Space}\p{Cc}\p{Cf}]+$/u;

/** Gaps of ASCII spaces and line breaks only, which INVISIBLE would drop anyway. */
const PLAIN_GAP = /^[ \t\n\r]*$/;

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
 * 6. With `maxTokens`, only the first `maxTokens` words are kept, and only as
 *    much of the text is read as they need (`read`); `truncated` says there
 *    was more.
 *
 * @example
 * const { tokens, ignored } = tokenize('The cat’s well-known. 🙂');
 * tokens.map((t) => t.text); // ['The', 'cat’s', 'well-known']
 * tokens.map((t) => t.lookup); // ['the', "cat's", 'well-known']
 * ignored; // ['.', '🙂']
 */
export function tokenize(sentence: string, options: TokenizeOptions = {}): TokenizeResult {
  if (typeof sentence !== 'string') {
    throw new Error(`sentence must be a string, got ${typeof sentence}`);
  }
  const { maxTokens } = options;
  if (maxTokens === undefined) return split(sentence, Infinity);
  if (!Number.isInteger(maxTokens) || maxTokens < 0) {
    throw new Error(`maxTokens must be a whole number ≥ 0, got ${maxTokens}`);
  }
  // Read a prefix cut where the rest cannot change it; read more only while the prefix holds no
  // more than maxTokens words (one word more is what says the text was truncated).
  for (let want = (maxTokens + 1) * PREFIX_CHARS_PER_TOKEN; ; want *= 2) {
    const read = safeCut(sentence, want);
    const part = split(sentence.slice(0, read), maxTokens);
    if (part.truncated || read === sentence.length) return part;
  }
}

/** A first guess at the characters a word needs, space included; too small only costs a re-read. */
const PREFIX_CHARS_PER_TOKEN = 16;

// Cutting just before one of these characters changes nothing in front of it: ASCII spaces and
// printable ASCII that is neither a word character nor an apostrophe or hyphen (which can join
// words). No NFC composition takes an ASCII character as its second part, and no word runs
// across them.
const SAFE_CUT = /[\t\n\r !-&(-,./:-@[-`{-~]/g;

/** The first safe cut at or after `want`, or the text's end. */
function safeCut(text: string, want: number): number {
  if (want >= text.length) return text.length;
  SAFE_CUT.lastIndex = want;
  const match = SAFE_CUT.exec(text);
  return match ? match.index : text.length;
}

/** Splits all of `text`, keeping the first `limit` words; what follows them is not looked at. */
function split(part: string, limit: number): TokenizeResult {
  const normalized = part.normalize('NFC');
  const tokens: Token[] = [];
  const ignored: string[] = [];
  const seen = new Set<string>();
  const dropGap = (gap: string): void => {
    // Most gaps are a space: nothing to list, and segmenting 512 of them costs milliseconds.
    if (PLAIN_GAP.test(gap)) return;
    // Graphemes, not code points: "👍🏽" and "❤️" are each one thing to a reader.
    for (const { segment } of graphemes.segment(gap)) {
      if (INVISIBLE.test(segment) || seen.has(segment)) continue;
      seen.add(segment);
      ignored.push(segment);
    }
  };

  let previousEnd = 0;
  for (const match of wordMatches(normalized)) {
    if (tokens.length === limit) {
      return { tokens, ignored, normalized, truncated: true, read: part.length };
    }
    const text = match[0];
    const start = match.index;
    const end = start + text.length;
    dropGap(normalized.slice(previousEnd, start));
    tokens.push({ text, lookup: lookupForm(text), start, end });
    previousEnd = end;
  }
  dropGap(normalized.slice(previousEnd));
  return { tokens, ignored, normalized, truncated: false, read: part.length };
}
