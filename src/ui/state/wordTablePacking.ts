// The word table as it crosses from its worker to the page: the words sorted and written end to
// end in one string, where each starts in one Uint32Array, and every count in one Float64Array
// (both moved, not copied). The page looks a word up by binary search over them and builds a
// word's entry only when it is asked for: receiving the table costs the page a copy of one string
// instead of 10,000 small arrays and a map of them (about 160 ms of a slow phone's main thread,
// at Lighthouse's 4× slower CPU, when the figures are about to be drawn). Float64 holds each
// count exactly, so every number is the one parseWordTable read.
import { WORD_CLASSES, type WordEntry, type WordTable } from '../../engine/wordFeatures';

export interface PackedWordTable {
  readonly source: WordTable['source'];
  readonly totalWordTokens: number;
  readonly shippedWords: number;
  readonly coverage: number;
  readonly unknownProfile: readonly number[];
  readonly fallbackNote: string;
  /** The words in code-unit order, written end to end. */
  readonly wordText: string;
  /** Where each word starts in wordText, then wordText's length: one more than the words. */
  readonly starts: Uint32Array;
  /** Per word, in `wordText` order: its count, then its class counts in WORD_CLASSES order. */
  readonly numbers: Float64Array;
}

/** Numbers per word in `PackedWordTable.numbers`: the count and one per class. */
const WIDTH = 1 + WORD_CLASSES.length;

export function packWordTable(table: WordTable): PackedWordTable {
  const sorted = [...table.words.keys()].sort();
  const numbers = new Float64Array(sorted.length * WIDTH);
  const starts = new Uint32Array(sorted.length + 1);
  let at = 0;
  let length = 0;
  sorted.forEach((word, i) => {
    const entry = table.words.get(word);
    if (!entry) throw new Error(`packWordTable: no entry for ${JSON.stringify(word)}`);
    starts[i] = length;
    length += word.length;
    numbers[at] = entry.count;
    numbers.set(entry.classCounts, at + 1);
    at += WIDTH;
  });
  starts[sorted.length] = length;
  return {
    source: table.source,
    totalWordTokens: table.totalWordTokens,
    shippedWords: table.shippedWords,
    coverage: table.coverage,
    unknownProfile: table.unknownProfile,
    fallbackNote: table.fallbackNote,
    wordText: sorted.join(''),
    starts,
    numbers,
  };
}

export function unpackWordTable(packed: PackedWordTable): WordTable {
  const { wordText, starts, numbers } = packed;
  const count = starts.length - 1;
  if (count < 0 || numbers.length !== count * WIDTH || starts[count] !== wordText.length) {
    throw new Error(
      `Invalid packed word table: ${String(count)} words need ${String(count * WIDTH)} numbers and text of length ${String(starts[count])}, got ${String(numbers.length)} and ${String(wordText.length)}`,
    );
  }
  return {
    source: packed.source,
    classes: WORD_CLASSES,
    totalWordTokens: packed.totalWordTokens,
    shippedWords: packed.shippedWords,
    coverage: packed.coverage,
    unknownProfile: packed.unknownProfile,
    fallbackNote: packed.fallbackNote,
    words: new PackedWords(wordText, starts, numbers),
  };
}

/**
 * The packed words as a read-only map. get and has search the sorted words; an entry is built on
 * its first get and kept. Iterating (which the page never does; tests do) builds a plain Map once.
 */
class PackedWords implements ReadonlyMap<string, WordEntry> {
  readonly #text: string;
  readonly #starts: Uint32Array;
  readonly #numbers: Float64Array;
  readonly #built = new Map<string, WordEntry>();
  #all: Map<string, WordEntry> | undefined;

  constructor(text: string, starts: Uint32Array, numbers: Float64Array) {
    this.#text = text;
    this.#starts = starts;
    this.#numbers = numbers;
  }

  get size(): number {
    return this.#starts.length - 1;
  }

  #word(i: number): string {
    return this.#text.slice(this.#starts[i], this.#starts[i + 1]);
  }

  #indexOf(word: string): number {
    let low = 0;
    let high = this.size - 1;
    while (low <= high) {
      const middle = (low + high) >>> 1;
      const there = this.#word(middle);
      if (there === word) return middle;
      if (there < word) low = middle + 1;
      else high = middle - 1;
    }
    return -1;
  }

  #entryAt(i: number): WordEntry {
    const at = i * WIDTH;
    const classCounts = new Array<number>(WIDTH - 1);
    for (let c = 1; c < WIDTH; c++) classCounts[c - 1] = this.#numbers[at + c] ?? 0;
    return { count: this.#numbers[at] ?? 0, classCounts };
  }

  get(word: string): WordEntry | undefined {
    const known = this.#built.get(word);
    if (known) return known;
    const i = this.#indexOf(word);
    if (i < 0) return undefined;
    const entry = this.#entryAt(i);
    this.#built.set(word, entry);
    return entry;
  }

  has(word: string): boolean {
    return this.#built.has(word) || this.#indexOf(word) >= 0;
  }

  #map(): Map<string, WordEntry> {
    if (!this.#all) {
      this.#all = new Map();
      for (let i = 0; i < this.size; i++) {
        const word = this.#word(i);
        this.#all.set(word, this.get(word) ?? this.#entryAt(i));
      }
    }
    return this.#all;
  }

  forEach(
    callback: (value: WordEntry, key: string, map: ReadonlyMap<string, WordEntry>) => void,
  ): void {
    for (const [word, entry] of this.#map()) callback(entry, word, this);
  }

  entries() {
    return this.#map().entries();
  }

  keys() {
    return this.#map().keys();
  }

  values() {
    return this.#map().values();
  }

  [Symbol.iterator]() {
    return this.#map()[Symbol.iterator]();
  }
}
