// The word table as it crosses from its worker to the page: the checked table's words as one
// list and every count in one Float64Array (moved, not copied), so rebuilding the lookup on the
// page is a short loop instead of a structured clone of 10,000 small objects. Float64 holds each
// count exactly, so every number is the one parseWordTable read.
import { WORD_CLASSES, type WordEntry, type WordTable } from '../../engine/wordFeatures';

export interface PackedWordTable {
  readonly source: WordTable['source'];
  readonly totalWordTokens: number;
  readonly shippedWords: number;
  readonly coverage: number;
  readonly unknownProfile: readonly number[];
  readonly fallbackNote: string;
  readonly words: readonly string[];
  /** Per word, in `words` order: its count, then its class counts in WORD_CLASSES order. */
  readonly numbers: Float64Array;
}

/** Numbers per word in `PackedWordTable.numbers`: the count and one per class. */
const WIDTH = 1 + WORD_CLASSES.length;

export function packWordTable(table: WordTable): PackedWordTable {
  const numbers = new Float64Array(table.words.size * WIDTH);
  const words: string[] = [];
  let at = 0;
  for (const [word, entry] of table.words) {
    words.push(word);
    numbers[at] = entry.count;
    numbers.set(entry.classCounts, at + 1);
    at += WIDTH;
  }
  return {
    source: table.source,
    totalWordTokens: table.totalWordTokens,
    shippedWords: table.shippedWords,
    coverage: table.coverage,
    unknownProfile: table.unknownProfile,
    fallbackNote: table.fallbackNote,
    words,
    numbers,
  };
}

export function unpackWordTable(packed: PackedWordTable): WordTable {
  const { words: wordList, numbers } = packed;
  if (numbers.length !== wordList.length * WIDTH) {
    throw new Error(
      `Invalid packed word table: ${wordList.length} words need ${wordList.length * WIDTH} numbers, got ${numbers.length}`,
    );
  }
  const words = new Map<string, WordEntry>();
  // Plain loops: Array.from on 10,000 subarrays took several times longer.
  let at = 0;
  for (const word of wordList) {
    const classCounts = new Array<number>(WIDTH - 1);
    for (let i = 1; i < WIDTH; i++) classCounts[i - 1] = numbers[at + i] ?? 0;
    words.set(word, { count: numbers[at] ?? 0, classCounts });
    at += WIDTH;
  }
  return {
    source: packed.source,
    classes: WORD_CLASSES,
    totalWordTokens: packed.totalWordTokens,
    shippedWords: packed.shippedWords,
    coverage: packed.coverage,
    unknownProfile: packed.unknownProfile,
    fallbackNote: packed.fallbackNote,
    words,
  };
}
