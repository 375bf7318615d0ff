import { describe, expect, it } from 'vitest';
import tableJson from '../data/word-classes.json';
import { embedSentence } from './embedSentence';
import { row } from './matrix';
import { MAX_TOKENS } from './tokenize';
import { parseWordTable, WORD_CLASSES, wordFeatures } from './wordFeatures';

const table = parseWordTable(tableJson);

describe('embedSentence', () => {
  it('gives one row of class shares per token, the word table’s own', () => {
    const embedded = embedSentence('The cat sat down', table);
    expect(embedded.tokens.map((t) => t.text)).toEqual(['The', 'cat', 'sat', 'down']);
    expect([embedded.x.rows, embedded.x.cols]).toEqual([4, WORD_CLASSES.length]);
    embedded.tokens.forEach((token, i) => {
      expect([...row(embedded.x, i)]).toEqual([...wordFeatures(table, token.lookup).features]);
    });
  });

  it('marks words the corpus table does not know and still embeds them', () => {
    const embedded = embedSentence('The zyxwv sat', table);
    expect(embedded.embeddings.map((e) => e.known)).toEqual([true, false, true]);
    const shares = [...(embedded.embeddings[1]?.features ?? [])];
    expect(shares.reduce((a, b) => a + b, 0)).toBeCloseTo(1, 12);
  });

  it('keeps the first MAX_TOKENS tokens of a longer text and says it cut it', () => {
    const embedded = embedSentence('cat '.repeat(MAX_TOKENS + 3), table);
    expect(embedded.tokens).toHaveLength(MAX_TOKENS);
    expect(embedded.x.rows).toBe(MAX_TOKENS);
    expect(embedded.truncated).toBe(true);
    expect(embedSentence('cat '.repeat(MAX_TOKENS), table).truncated).toBe(false);
  });

  it('handles an empty sentence and reports ignored characters', () => {
    const empty = embedSentence('  ', table);
    expect(empty.tokens).toHaveLength(0);
    expect([empty.x.rows, empty.x.cols]).toEqual([0, WORD_CLASSES.length]);
    expect(embedSentence('<b>cat</b>!', table).ignored).toEqual(['<', '>', '/', '!']);
  });
});
