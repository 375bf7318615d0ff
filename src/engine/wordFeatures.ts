// Word features from real data: for a word, the share of its Brown-corpus uses in each word
// class. These shares are the lesson's token embeddings, one dimension per class.
//
// The table (src/data/word-classes.json, built by scripts/word-table/build-word-table.js) is
// passed in rather than imported, so the app can load it lazily and the CLI can read it from
// disk. parseWordTable checks it once; wordFeatures is then a map lookup.

import { WORD_CLASSES, type WordClass } from './shared/wordClasses.js';

// The list is shared with scripts/word-table, which builds the table in this order.
export { WORD_CLASSES, type WordClass };

export interface WordTableSource {
  readonly name: string;
  readonly authors: string;
  readonly package: string;
  readonly version: string;
}

export interface WordEntry {
  /** Corpus tokens of this word. */
  readonly count: number;
  /** Uses per class, in WORD_CLASSES order (fractional where a contraction split a token). */
  readonly classCounts: readonly number[];
}

export interface WordTable {
  readonly source: WordTableSource;
  readonly classes: readonly WordClass[];
  /** Corpus tokens containing a letter or digit. */
  readonly totalWordTokens: number;
  readonly shippedWords: number;
  /** Share of the corpus's word tokens that are shipped words. */
  readonly coverage: number;
  /** Class shares given to words not in the table (those of the corpus's hapax legomena). */
  readonly unknownProfile: readonly number[];
  readonly fallbackNote: string;
  /** Keyed by normalised word (see normaliseWord). */
  readonly words: ReadonlyMap<string, WordEntry>;
}

export interface WordFeatures {
  /** The looked-up word, normalised. */
  readonly word: string;
  readonly known: boolean;
  /** Corpus tokens of the word; 0 if unknown. */
  readonly count: number;
  /** One share per class, in WORD_CLASSES order; sums to 1. */
  readonly features: Float64Array;
}

/**
 * The form words are stored and looked up under: lower case, NFC, as in the build script (the
 * corpus only has straight apostrophes, so a curly one is straightened, as the tokenizer does).
 */
export function normaliseWord(word: string): string {
  return word.trim().toLowerCase().normalize('NFC').replaceAll('’', "'");
}

function fail(message: string): never {
  throw new Error(`Invalid word table: ${message}`);
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function describe(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  return typeof value === 'string' ? JSON.stringify(value) : typeof value;
}

function stringField(record: Record<string, unknown>, key: string, where: string): string {
  const value = record[key];
  if (typeof value !== 'string') fail(`${where}${key} must be a string, got ${describe(value)}`);
  return value;
}

function numberField(record: Record<string, unknown>, key: string): number {
  const value = record[key];
  if (typeof value !== 'number' || !Number.isFinite(value)) {
    fail(`${key} must be a finite number, got ${describe(value)}`);
  }
  return value;
}

function parseClasses(value: unknown): readonly WordClass[] {
  const ok =
    Array.isArray(value) &&
    value.length === WORD_CLASSES.length &&
    WORD_CLASSES.every((wordClass, i) => value[i] === wordClass);
  if (!ok) {
    fail(`classes must be exactly [${WORD_CLASSES.join(', ')}], got ${JSON.stringify(value)}`);
  }
  return WORD_CLASSES;
}

function parseUnknownProfile(value: unknown): readonly number[] {
  if (!isRecord(value)) fail(`unknownProfile must be an object, got ${describe(value)}`);
  const extra = Object.keys(value).filter(
    (key) => !(WORD_CLASSES as readonly string[]).includes(key),
  );
  if (extra.length > 0) fail(`unknownProfile has unknown classes: ${extra.join(', ')}`);
  const shares = WORD_CLASSES.map((wordClass) => {
    const share = value[wordClass];
    if (typeof share !== 'number' || !Number.isFinite(share) || share < 0) {
      fail(`unknownProfile.${wordClass} must be a number ≥ 0, got ${describe(share)}`);
    }
    return share;
  });
  const sum = shares.reduce((a, b) => a + b, 0);
  if (sum <= 0) fail('unknownProfile is all zero');
  // Stored rounded; renormalise so the fallback features sum to 1 exactly (to rounding).
  return shares.map((share) => share / sum);
}

function parseWordRow(row: unknown, index: number): [string, WordEntry] {
  const at = `words[${index}]`;
  if (!Array.isArray(row) || row.length < 4 || row.length % 2 !== 0) {
    fail(`${at} must be [word, total, classIndex, count, ...], got ${JSON.stringify(row)}`);
  }
  const [word, total] = row as unknown[];
  if (typeof word !== 'string' || word === '') fail(`${at}[0] must be a non-empty word`);
  if (normaliseWord(word) !== word) fail(`${at} word ${JSON.stringify(word)} is not normalised`);
  const label = `${at} (${JSON.stringify(word)})`;
  if (typeof total !== 'number' || !Number.isInteger(total) || total <= 0) {
    fail(`${label} total count must be a positive integer, got ${JSON.stringify(total)}`);
  }
  const classCounts = WORD_CLASSES.map(() => 0);
  let previous = -1;
  for (let i = 2; i < row.length; i += 2) {
    const classIndex: unknown = row[i];
    const count: unknown = row[i + 1];
    if (
      typeof classIndex !== 'number' ||
      !Number.isInteger(classIndex) ||
      classIndex <= previous ||
      classIndex >= WORD_CLASSES.length
    ) {
      fail(`${label} class indices must increase within 0..${WORD_CLASSES.length - 1}`);
    }
    if (typeof count !== 'number' || !Number.isFinite(count)) {
      fail(`${label} count for ${WORD_CLASSES[classIndex] ?? ''} is not a number`);
    }
    if (count < 0)
      fail(`${label} has negative count ${count} for ${WORD_CLASSES[classIndex] ?? ''}`);
    if (count === 0) fail(`${label} lists a zero count for ${WORD_CLASSES[classIndex] ?? ''}`);
    classCounts[classIndex] = count;
    previous = classIndex;
  }
  return [word, { count: total, classCounts }];
}

/**
 * Checks the JSON of src/data/word-classes.json and turns it into a lookup table.
 * @throws {Error} "Invalid word table: …" naming the first thing that is wrong
 */
export function parseWordTable(json: unknown): WordTable {
  if (!isRecord(json)) fail(`expected an object, got ${describe(json)}`);
  const rawSource = json['source'];
  if (!isRecord(rawSource)) fail(`source must be an object, got ${describe(rawSource)}`);
  const source: WordTableSource = {
    name: stringField(rawSource, 'name', 'source.'),
    authors: stringField(rawSource, 'authors', 'source.'),
    package: stringField(rawSource, 'package', 'source.'),
    version: stringField(rawSource, 'version', 'source.'),
  };
  const classes = parseClasses(json['classes']);
  const totalWordTokens = numberField(json, 'totalWordTokens');
  if (!Number.isInteger(totalWordTokens) || totalWordTokens <= 0) {
    fail(`totalWordTokens must be a positive integer, got ${totalWordTokens}`);
  }
  const coverage = numberField(json, 'coverage');
  if (coverage < 0 || coverage > 1) fail(`coverage must lie in [0, 1], got ${coverage}`);
  const unknownProfile = parseUnknownProfile(json['unknownProfile']);
  const fallbackNote = stringField(json, 'fallbackNote', '');

  const rows = json['words'];
  if (!Array.isArray(rows)) fail(`words must be an array, got ${describe(rows)}`);
  const words = new Map<string, WordEntry>();
  rows.forEach((row: unknown, index) => {
    const [word, entry] = parseWordRow(row, index);
    if (words.has(word)) fail(`words[${index}] repeats the word ${JSON.stringify(word)}`);
    words.set(word, entry);
  });
  const shippedWords = numberField(json, 'shippedWords');
  if (shippedWords !== words.size) {
    fail(`shippedWords is ${shippedWords} but words has ${words.size} entries`);
  }

  return {
    source,
    classes,
    totalWordTokens,
    shippedWords,
    coverage,
    unknownProfile,
    fallbackNote,
    words,
  };
}

/**
 * The class shares of a word: its corpus uses per class over all its uses, or the table's
 * unknown-word profile (known = false) if the corpus word list does not have it.
 */
export function wordFeatures(table: WordTable, lookup: string): WordFeatures {
  const word = normaliseWord(lookup);
  const entry = table.words.get(word);
  if (entry === undefined) {
    return { word, known: false, count: 0, features: Float64Array.from(table.unknownProfile) };
  }
  // Divide by the sum of the class counts rather than the total: the counts are rounded to one
  // decimal, and the shares must sum to 1.
  const sum = entry.classCounts.reduce((a, b) => a + b, 0);
  const features = Float64Array.from(entry.classCounts, (count) => count / sum);
  return { word, known: true, count: entry.count, features };
}

/** The class with the largest share (the earlier class on a tie). */
export function dominantClass(features: ArrayLike<number>): WordClass {
  if (features.length !== WORD_CLASSES.length) {
    throw new Error(
      `dominantClass expects ${WORD_CLASSES.length} shares (one per class), got ${features.length}`,
    );
  }
  let best = 0;
  for (let i = 1; i < features.length; i++) {
    if ((features[i] ?? -Infinity) > (features[best] ?? -Infinity)) best = i;
  }
  return WORD_CLASSES[best] ?? 'other';
}
