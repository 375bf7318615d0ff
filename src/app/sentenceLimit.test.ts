import { describe, expect, it } from 'vitest';
import { MAX_TOKENS, tokenize } from '../engine/tokenize';
import { keepWithinLimit } from './sentenceLimit';

const words = (n: number, from = 0) =>
  Array.from({ length: n }, (_, i) => `w${String(from + i)}`).join(' ');

describe('keepWithinLimit', () => {
  it('returns a text within the limit as it is, byte for byte (even when not NFC)', () => {
    const text = `  Cafe\u0301, ${words(MAX_TOKENS - 1)} !? `;
    expect(keepWithinLimit(text)).toEqual({ text, cut: false });
  });

  it('keeps exactly the first MAX_TOKENS words and ends on the last of them', () => {
    const text = `« ${words(MAX_TOKENS + 88)} »`;
    const kept = keepWithinLimit(text);
    expect(kept.cut).toBe(true);
    const again = tokenize(kept.text);
    expect(again.truncated).toBe(false);
    expect(again.tokens.map((t) => t.text)).toEqual(
      tokenize(text)
        .tokens.slice(0, MAX_TOKENS)
        .map((t) => t.text),
    );
    expect(kept.text.startsWith('« w0 ')).toBe(true);
    expect(kept.text.endsWith(`w${String(MAX_TOKENS - 1)}`)).toBe(true);
  });

  it('cuts once: keeping a kept text changes nothing', () => {
    const kept = keepWithinLimit(words(MAX_TOKENS * 3));
    expect(keepWithinLimit(kept.text)).toEqual({ text: kept.text, cut: false });
  });

  it('cuts a 2 MB paste to the characters of its first words', () => {
    const paste = 'the cat sat down on the mat '.repeat(75_000);
    const kept = keepWithinLimit(paste);
    expect(kept.cut).toBe(true);
    expect(tokenize(kept.text).tokens).toHaveLength(MAX_TOKENS);
    // 512 words of "the cat sat down on the mat" are about 2,000 characters.
    expect(kept.text.length).toBeLessThan(2_100);
  });

  it('gives the kept words in NFC, the form every figure reads', () => {
    const kept = keepWithinLimit('cafe\u0301 '.repeat(MAX_TOKENS + 1));
    expect(kept.cut).toBe(true);
    expect(kept.text).toBe(kept.text.normalize('NFC'));
    expect(kept.text.split(' ')).toHaveLength(MAX_TOKENS);
  });

  it('honours a smaller limit, down to none', () => {
    expect(keepWithinLimit('one, two; three', 2)).toEqual({ text: 'one, two', cut: true });
    expect(keepWithinLimit('one', 0)).toEqual({ text: '', cut: true });
    expect(keepWithinLimit('...', 0)).toEqual({ text: '...', cut: false });
  });
});
