import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { MAX_TOKENS, tokenize } from './tokenize';

const texts = (sentence: string): string[] => tokenize(sentence).tokens.map((t) => t.text);
const lookups = (sentence: string): string[] => tokenize(sentence).tokens.map((t) => t.lookup);

describe('tokenize', () => {
  it('splits a plain sentence and reports the dropped full stop', () => {
    const { tokens, ignored } = tokenize('The cat sat down.');
    expect(tokens).toEqual([
      { text: 'The', lookup: 'the', start: 0, end: 3 },
      { text: 'cat', lookup: 'cat', start: 4, end: 7 },
      { text: 'sat', lookup: 'sat', start: 8, end: 11 },
      { text: 'down', lookup: 'down', start: 12, end: 16 },
    ]);
    expect(ignored).toEqual(['.']);
  });

  it("keeps internal apostrophes and normalises ’ to ' in lookup only", () => {
    expect(texts("don't cat's rock'n'roll")).toEqual(["don't", "cat's", "rock'n'roll"]);
    expect(texts('don’t')).toEqual(['don’t']);
    expect(lookups('Don’t')).toEqual(["don't"]);
  });

  it('drops apostrophes at the edge of a word', () => {
    const { tokens, ignored } = tokenize("the dogs' 'tis");
    expect(tokens.map((t) => t.text)).toEqual(['the', 'dogs', 'tis']);
    expect(ignored).toEqual(["'"]);
  });

  it('keeps hyphens between letters only', () => {
    expect(texts('a well-known fact')).toEqual(['a', 'well-known', 'fact']);
    expect(texts('pages 3-4, COVID-19')).toEqual(['pages', '3', '4', 'COVID', '19']);
    expect(texts('a--b -x-')).toEqual(['a', 'b', 'x']);
    expect(tokenize('a--b -x-').ignored).toEqual(['-']);
  });

  it('treats NFD and NFC spellings as the same word', () => {
    const nfd = tokenize('cafe\u0301 time');
    const nfc = tokenize('caf\u00e9 time');
    expect({ ...nfd, read: 0 }).toEqual({ ...nfc, read: 0 });
    expect(nfd.tokens[0]).toEqual({ text: 'caf\u00e9', lookup: 'caf\u00e9', start: 0, end: 4 });
    expect(nfd.normalized).toBe('caf\u00e9 time');
  });

  it('handles accented, Greek and CJK text (one token per CJK run)', () => {
    expect(texts('a naïve Ελληνικά word')).toEqual(['a', 'naïve', 'Ελληνικά', 'word']);
    expect(lookups('ΛΌΓΟΣ')).toEqual(['λόγος']);
    expect(texts('我爱你。你好')).toEqual(['我爱你', '你好']);
    expect(tokenize('我爱你。你好').ignored).toEqual(['。']);
  });

  it('drops emoji as whole graphemes, including modifiers and ZWJ sequences', () => {
    const { tokens, ignored } = tokenize('I ❤️ cats 👍🏽 👨‍👩‍👧 1️⃣ 🙂🙂');
    expect(tokens.map((t) => t.text)).toEqual(['I', 'cats']);
    expect(ignored).toEqual(['❤️', '👍🏽', '👨‍👩‍👧', '1️⃣', '🙂']);
  });

  it('treats markup as text: <b>hi</b> gives b, hi, b', () => {
    const { tokens, ignored } = tokenize('<b>hi</b>');
    expect(tokens.map((t) => t.text)).toEqual(['b', 'hi', 'b']);
    expect(ignored).toEqual(['<', '>', '/']);
  });

  it('lists each ignored character once, in order of first appearance', () => {
    expect(tokenize('Hi, you! Yes, you. 🙂').ignored).toEqual([',', '!', '.', '🙂']);
  });

  it('finds no tokens in empty or blank input and does not list whitespace', () => {
    expect(tokenize('')).toEqual({
      tokens: [],
      ignored: [],
      normalized: '',
      truncated: false,
      read: 0,
    });
    expect(tokenize(' \t\n\u00a0 ')).toMatchObject({ tokens: [], ignored: [] });
    expect(tokenize('a\u200bb').ignored).toEqual([]);
  });

  it('does not truncate long input; MAX_TOKENS is the lesson limit', () => {
    expect(MAX_TOKENS).toBe(512);
    expect(tokenize('w '.repeat(MAX_TOKENS + 10)).tokens).toHaveLength(MAX_TOKENS + 10);
  });

  it('with maxTokens, reads only what those tokens need: a 2 MB text costs its first words', () => {
    const huge = 'the cat sat down on the mat '.repeat(75_000);
    const { tokens, truncated, read } = tokenize(huge, { maxTokens: MAX_TOKENS });
    expect(tokens).toHaveLength(MAX_TOKENS);
    expect(truncated).toBe(true);
    // 512 words of this text take under 2,000 characters; the first guess reads ~8 KB.
    expect(read).toBeLessThan(20_000);
    expect(tokens).toEqual(tokenize(huge.slice(0, 100_000)).tokens.slice(0, MAX_TOKENS));
    // Exactly MAX_TOKENS words is not a cut.
    expect(tokenize('w '.repeat(MAX_TOKENS), { maxTokens: MAX_TOKENS })).toMatchObject({
      truncated: false,
      read: 2 * MAX_TOKENS,
    });
  });

  it('with maxTokens, never cuts between a digit and its keycap (which would make a word)', () => {
    // The first guess for one token reads 32 characters, ending just after the "1" of "1️⃣".
    const text = `x${' '.repeat(30)}1\u20e3`;
    expect(tokenize(text, { maxTokens: 1 })).toMatchObject({ truncated: false, read: 33 });
  });

  it('rejects a maxTokens that is not a whole number ≥ 0', () => {
    expect(() => tokenize('a', { maxTokens: -1 })).toThrow(/maxTokens/);
    expect(() => tokenize('a', { maxTokens: 1.5 })).toThrow(/maxTokens/);
  });

  it('rejects a non-string, naming the argument', () => {
    expect(() => tokenize(42 as unknown as string)).toThrow(/sentence/);
  });
});

describe('tokenize: properties', () => {
  const sentence = fc.string({ unit: 'grapheme', maxLength: 40 });

  it('offsets point at the token text in the normalised sentence, in order', () => {
    fc.assert(
      fc.property(sentence, (s) => {
        const { tokens, normalized } = tokenize(s);
        expect(normalized).toBe(s.normalize('NFC'));
        let previousEnd = 0;
        for (const t of tokens) {
          expect(normalized.slice(t.start, t.end)).toBe(t.text);
          expect(t.start).toBeGreaterThanOrEqual(previousEnd);
          expect(t.end).toBeGreaterThan(t.start);
          previousEnd = t.end;
        }
      }),
    );
  });

  it('tokens contain no whitespace and lookups are lower case', () => {
    fc.assert(
      fc.property(sentence, (s) => {
        for (const t of tokenize(s).tokens) {
          expect(t.text).not.toMatch(/\s/u);
          expect(t.lookup).toBe(t.lookup.toLowerCase());
          expect(t.lookup).not.toContain('’');
        }
      }),
    );
  });

  it('words joined by spaces come back unchanged', () => {
    const word = fc.stringMatching(/^[a-zA-Z][a-zA-Z0-9]{0,7}$/);
    fc.assert(
      fc.property(fc.array(word, { maxLength: 12 }), (words) => {
        expect(texts(words.join(' '))).toEqual(words);
        expect(tokenize(words.join(' ')).ignored).toEqual([]);
      }),
    );
  });

  it('cutting at maxTokens gives what splitting everything and keeping the first words gives', () => {
    // Pieces that could change a word across a cut: accents to compose, apostrophes and hyphens
    // that join words, keycaps and variation selectors, CRLF, and the ASCII the reader cuts before.
    const piece = fc.constantFrom(
      ...['a', 'Z', '1', 'é', 'e', '\u0301', '\u0338', '’', "'", '-', ' ', '  ', '.', '<', '我'],
      ...['🙂', '\u20e3', '\ufe0f', '\r\n', '\t', 'ab', 'x-y', "n't"],
    );
    // Mostly filler, so the text often ends within the first guess's reach of maxTokens words:
    // the case where a bad cut would invent one word too many (a "1" cut from its keycap).
    const filler = fc.constantFrom(' ', '...', '!?', '🙂', '\u200b');
    const text = fc
      .array(fc.oneof({ arbitrary: filler, weight: 4 }, { arbitrary: piece, weight: 1 }), {
        maxLength: 400,
      })
      .map((pieces) => pieces.join(''));
    fc.assert(
      fc.property(text, fc.integer({ min: 0, max: 6 }), (s, maxTokens) => {
        const full = tokenize(s);
        const cut = tokenize(s, { maxTokens });
        expect(cut.tokens).toEqual(full.tokens.slice(0, maxTokens));
        expect(cut.truncated).toBe(full.tokens.length > maxTokens);
        expect(full.normalized.startsWith(cut.normalized)).toBe(true);
        const lastEnd = cut.tokens.at(-1)?.end ?? 0;
        const expectedIgnored = cut.truncated
          ? tokenize(full.normalized.slice(0, lastEnd)).ignored
          : full.ignored;
        expect(cut.ignored).toEqual(expectedIgnored);
      }),
      { numRuns: 1000 },
    );
  });
});
