// The word table the page gets from its worker is the table parseWordTable reads on this thread:
// every word, every count and so every feature vector, number for number.
import { describe, expect, it } from 'vitest';
import wordClasses from '../../data/word-classes.json';
import { parseWordTable, wordFeatures } from '../../engine/wordFeatures';
import { packWordTable, unpackWordTable } from './wordTablePacking';

const parsed = parseWordTable(wordClasses);
// As the worker sends it: structured clone, the numbers' buffer moved.
const packed = packWordTable(parsed);
const received = unpackWordTable(
  structuredClone(packed, { transfer: [packed.numbers.buffer, packed.starts.buffer] }),
);

describe('the word table from the worker', () => {
  it('equals the table parsed on the page, field by field, every word found by its lookup', () => {
    const { words, ...fields } = received;
    const { words: parsedWords, ...parsedFields } = parsed;
    expect(fields).toEqual(parsedFields);
    expect(words.size).toBe(parsedWords.size);
    for (const [word, entry] of parsedWords) {
      expect(words.has(word)).toBe(true);
      expect(words.get(word)).toEqual(entry);
    }
    // Iterated, it is the same map (in sorted order, which no caller relies on).
    expect(new Map(words)).toEqual(parsedWords);
    expect([...words.keys()]).toEqual([...parsedWords.keys()].sort());
  });

  it('finds nothing for words it does not have, either side of every word', () => {
    for (const word of ['', ' ', 'zzyzx-not-a-word', '\u{10ffff}', 'a\u0000']) {
      expect(received.words.get(word)).toBeUndefined();
      expect(received.words.has(word)).toBe(false);
    }
  });

  it('gives every word, and an unknown one, the same feature vector', () => {
    for (const word of [...parsed.words.keys(), 'zzyzx-not-a-word']) {
      const mine = wordFeatures(received, word);
      const theirs = wordFeatures(parsed, word);
      expect(mine.known).toBe(theirs.known);
      expect(mine.count).toBe(theirs.count);
      expect([...mine.features]).toEqual([...theirs.features]);
    }
  });

  it('refuses numbers that do not fit its words', () => {
    const short = packWordTable(parsed);
    expect(() => unpackWordTable({ ...short, numbers: short.numbers.subarray(1) })).toThrow(
      /Invalid packed word table/,
    );
    expect(() => unpackWordTable({ ...short, wordText: short.wordText.slice(1) })).toThrow(
      /Invalid packed word table/,
    );
  });
});
