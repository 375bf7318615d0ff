import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { DEFAULT_CORPUS_DIR } from '../../scripts/word-table/brown-corpus.js';
import { OUTPUT_FILE, buildWordTable } from '../../scripts/word-table/build-word-table.js';
import { serialiseWordTable } from '../../scripts/word-table/word-table-file.js';
import { WORD_CLASSES as SCRIPT_WORD_CLASSES } from './shared/wordClasses.js';
import json from '../data/word-classes.json';
import {
  WORD_CLASSES,
  dominantClass,
  parseWordTable,
  wordFeatures,
  type WordClass,
} from './wordFeatures';

const table = parseWordTable(json);

/** The shares of a word rounded to 3 decimals, by class name, leaving out those that round to 0. */
function shares(word: string): Partial<Record<WordClass, number>> {
  const { features } = wordFeatures(table, word);
  const out: Partial<Record<WordClass, number>> = {};
  WORD_CLASSES.forEach((wordClass, i) => {
    const share = Math.round((features[i] ?? 0) * 1000) / 1000;
    if (share > 0) out[wordClass] = share;
  });
  return out;
}

/** A deep copy of the committed JSON, to break in one place. */
function broken(edit: (copy: Record<string, unknown>) => void): unknown {
  const copy = structuredClone(json) as unknown as Record<string, unknown>;
  edit(copy);
  return copy;
}

describe('word features from the Brown corpus', () => {
  it('uses the same classes as the build script', () => {
    expect([...WORD_CLASSES]).toEqual([...SCRIPT_WORD_CLASSES]);
    expect(table.classes).toEqual(WORD_CLASSES);
  });

  it.each([
    ['the', 'determiner'],
    ['cat', 'noun'],
    ['sat', 'verb'],
    // Brown tags "down" mostly as a particle (rp: "sat down", "put it down": 696 of 895 uses)
    // and less often as a preposition (in: "down the road": 192).
    ['down', 'particle'],
    ['dog', 'noun'],
    ['ran', 'verb'],
    ['away', 'adverb'],
    ['on', 'preposition'],
    ['she', 'pronoun'],
    ['and', 'conjunction'],
    ['two', 'number'],
  ] as const)('%s is mostly a %s', (word, expected) => {
    const result = wordFeatures(table, word);
    expect(result.known).toBe(true);
    expect(dominantClass(result.features)).toBe(expected);
  });

  it('knows the real shares of "down" and "on"', () => {
    expect(shares('down')).toEqual({
      noun: 0.002,
      verb: 0.002,
      adjective: 0.001,
      adverb: 0.002,
      particle: 0.778,
      preposition: 0.215,
    });
    expect(wordFeatures(table, 'down').count).toBe(895);
    expect(shares('on')).toEqual({ particle: 0.083, preposition: 0.917 });
  });

  it('splits a contraction between its parts', () => {
    expect(shares("I'm")).toEqual({ pronoun: 0.5, verb: 0.5 });
  });

  it('looks words up case-insensitively', () => {
    expect(wordFeatures(table, 'The')).toEqual(wordFeatures(table, 'the'));
    expect(wordFeatures(table, 'The').word).toBe('the');
    expect(wordFeatures(table, 'Don’t')).toEqual(wordFeatures(table, "don't"));
  });

  it('gives an unknown word the hapax profile, marked unknown', () => {
    const result = wordFeatures(table, 'zzxqv');
    expect(result).toMatchObject({ word: 'zzxqv', known: false, count: 0 });
    expect([...result.features]).toEqual([...table.unknownProfile]);
    expect(dominantClass(result.features)).toBe('noun');
    expect(result.features.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
    // A fresh array each time: a caller may not corrupt the table.
    result.features[0] = 99;
    expect(wordFeatures(table, 'zzxqv').features[0]).not.toBe(99);
  });

  it('gives every shipped word shares that sum to 1, and counts that sum to its total', () => {
    expect(table.words.size).toBe(table.shippedWords);
    for (const [word, entry] of table.words) {
      const { features } = wordFeatures(table, word);
      const sum = features.reduce((a, b) => a + b, 0);
      if (Math.abs(sum - 1) > 1e-9) expect.fail(`${word}: shares sum to ${sum}`);
      const counted = entry.classCounts.reduce((a, b) => a + b, 0);
      if (Math.abs(counted - entry.count) > 1e-9) {
        expect.fail(`${word}: class counts sum to ${counted}, total is ${entry.count}`);
      }
    }
  });

  it('covers at least 90% of the corpus word tokens', () => {
    expect(table.coverage).toBeGreaterThanOrEqual(0.9);
    expect(table.shippedWords).toBeGreaterThan(9000);
  });

  it('picks the first class on a tie, and refuses a wrong-length vector', () => {
    expect(dominantClass(new Float64Array(WORD_CLASSES.length))).toBe('determiner');
    expect(() => dominantClass([1, 0])).toThrow(/expects 11 shares/);
  });

  it.each([
    ['null', null, /expected an object, got null/],
    ['an array', [], /expected an object, got an array/],
    [
      'wrong classes',
      broken((copy) => {
        copy['classes'] = ['noun', 'verb'];
      }),
      /classes must be exactly \[determiner, noun/,
    ],
    [
      'a negative count',
      broken((copy) => {
        (copy['words'] as unknown[])[3] = ['cat', 23, 1, -23];
      }),
      /words\[3\] \("cat"\) has negative count -23 for noun/,
    ],
    [
      'a negative total',
      broken((copy) => {
        (copy['words'] as unknown[])[0] = ['the', -5, 0, 5];
      }),
      /words\[0\] \("the"\) total count must be a positive integer/,
    ],
    [
      'a class index out of range',
      broken((copy) => {
        (copy['words'] as unknown[])[0] = ['the', 5, 11, 5];
      }),
      /words\[0\] \("the"\) class indices must increase within 0\.\.10/,
    ],
    [
      'a repeated word',
      broken((copy) => {
        (copy['words'] as unknown[])[1] = ['the', 5, 0, 5];
      }),
      /words\[1\] repeats the word "the"/,
    ],
    [
      'a missing words list',
      broken((copy) => {
        delete copy['words'];
      }),
      /words must be an array, got undefined/,
    ],
    [
      'a wrong shippedWords',
      broken((copy) => {
        copy['shippedWords'] = 3;
      }),
      /shippedWords is 3 but words has/,
    ],
    [
      'a bad unknown profile',
      broken((copy) => {
        copy['unknownProfile'] = { noun: -1 };
      }),
      /unknownProfile\.determiner must be a number ≥ 0, got undefined/,
    ],
  ])('rejects %s', (_, garbage, message) => {
    expect(() => parseWordTable(garbage)).toThrow(message);
  });

  it('is exactly what the build script makes from the corpus', () => {
    const built = buildWordTable(DEFAULT_CORPUS_DIR);
    expect(built).toEqual(json);
    expect(serialiseWordTable(built)).toBe(readFileSync(OUTPUT_FILE, 'utf8'));
  }, 20_000);
});
