// @vitest-environment jsdom
// Every hostile sentence the lesson is held to, in one place: what it is split into, what the
// page says about it, how it is echoed, and the SVG it exports (parsed as XML). HOSTILE_SENTENCES
// is the suite's list of cases; add a case here and every check below runs on it.
import { describe, expect, it } from 'vitest';
import { trainedModelMessages } from '../../content/self-attention/figureMessages/trainedModel';
import ruleJson from '../../content/self-attention/attention-rule.json';
import tableJson from '../data/word-classes.json';
import { parseAttentionRule } from '../engine/attentionRule';
import { lessonAttention } from '../engine/lessonAttention';
import { toRows } from '../engine/matrix';
import { MAX_TOKENS } from '../engine/tokenize';
import { parseWordTable } from '../engine/wordFeatures';
import { cellColours, MASKED_FILL } from '../ui/widgets/cellColour';
import { matrixSvg } from './export/matrixSvg';
import { TABLE_TOKEN_LIMIT } from './tableLimit';
import { ECHO_LIMIT, inputProblems, shortenForEcho } from './messages';

const table = parseWordTable(tableJson);
const rule = parseAttentionRule(ruleJson);

/** Two megabytes of ordinary words, as a large paste. */
const TWO_MB = 'the cat sat down on the mat '.repeat(Math.ceil(2_000_000 / 28));
/** One 200,000-character word the word list does not know. */
const LONG_WORD = 'zq'.repeat(100_000);

export const HOSTILE_SENTENCES: Readonly<Record<string, string>> = {
  empty: '',
  whitespace: ' \t\n\u00a0\u3000 ',
  emoji: 'I ❤️ cats 👍🏽 👨‍👩‍👧 1️⃣',
  rtl: 'The \u202ecat\u202c sat שלום مرحبا',
  'zero-width': 'The\u200bcat\u200c sat\u200d\ufeff down',
  nul: 'The\u0000cat sat down',
  'control characters': 'The \u001b[31mcat\u0007 sat\ufffe down\uffff \u0008',
  'lone surrogates': 'The \ud800cat sat \udc00 down \udbff',
  html: '<script>alert(1)</script><img src=x onerror=alert(1)> "cat" & \'dog\'',
  '2 MB paste': TWO_MB,
  '200,000-character word': `The ${LONG_WORD} sat`,
  'repeated unknown word': 'zyxwv '.repeat(50),
};

const cases = Object.entries(HOSTILE_SENTENCES);

/** The SVG the page would export for a sentence (without the large-matrix picture). */
function svgFor(sentence: string): string {
  const result = lessonAttention(sentence, table, rule);
  return matrixSvg({
    // As on the page, a large matrix is one picture, not n² rectangles.
    ...(result.words.length > TABLE_TOKEN_LIMIT ? { pixels: 'data:image/png;base64,' } : {}),
    sentence,
    words: result.words,
    weights: toRows(result.head.weights),
    colours: cellColours,
    masked: () => false,
    maskedFill: MASKED_FILL,
  });
}

describe('hostile sentences', () => {
  it.each(cases)('%s: the SVG export is well-formed XML', (_, sentence) => {
    const svg = svgFor(sentence);
    const doc = new DOMParser().parseFromString(svg, 'image/svg+xml');
    expect(doc.getElementsByTagName('parsererror')).toHaveLength(0);
    expect(doc.documentElement.nodeName).toBe('svg');
    // Markup in the sentence stays text.
    expect(doc.getElementsByTagName('script')).toHaveLength(0);
    expect(doc.getElementsByTagName('img')).toHaveLength(0);
  });

  it.each(cases)('%s: the notes are short and say each thing once', (_, sentence) => {
    const problems = inputProblems(lessonAttention(sentence, table, rule));
    for (const problem of problems) expect(problem.length).toBeLessThan(2_000);
    expect(new Set(problems).size).toBe(problems.length);
  });

  it.each(cases)('%s: the page echoes at most ECHO_LIMIT characters', (_, sentence) => {
    const echo = shortenForEcho(sentence);
    expect(Array.from(echo).length).toBeLessThanOrEqual(ECHO_LIMIT + 1);
    // Never half a surrogate pair made by the cut.
    expect(echo.endsWith('…') ? sentence.trim().startsWith(echo.slice(0, -1)) : true).toBe(true);
  });

  it('a 2 MB paste keeps the first MAX_TOKENS words and says so once', () => {
    const result = lessonAttention(TWO_MB, table, rule);
    expect(result.words).toHaveLength(MAX_TOKENS);
    expect(result.truncated).toBe(true);
    const cut = inputProblems(result).filter((p) => p.includes(`first ${MAX_TOKENS} words`));
    expect(cut).toEqual([
      `Only the first ${MAX_TOKENS} words are used; the rest of the text was left out.`,
    ]);
    expect(Array.from(shortenForEcho(TWO_MB)).length).toBeLessThanOrEqual(ECHO_LIMIT + 1);
    expect(shortenForEcho(TWO_MB).endsWith('…')).toBe(true);
  });

  it('names a repeated unknown word once, and shortens a 200,000-character one', () => {
    const repeated = inputProblems(lessonAttention('zyxwv '.repeat(50), table, rule));
    expect(repeated.at(-1)).toBe(
      'Not in the corpus word list, so given the profile of rare words (marked *): zyxwv',
    );
    const long = inputProblems(lessonAttention(`The ${LONG_WORD} sat`, table, rule)).join('\n');
    expect(long.length).toBeLessThan(300);
    expect(long).toContain(`${LONG_WORD.slice(0, 40)}…`);
  });

  it('the trained model’s <unk> note names each word once, long words shortened', () => {
    expect(trainedModelMessages.unknownWords(5000, ['cat', 'cat', 'cat', 'dog', 'cat'])).toBe(
      'Not in the model’s 5,000-word vocabulary, so read as <unk>: cat, dog.',
    );
    const long = trainedModelMessages.unknownWords(5000, [LONG_WORD, LONG_WORD]);
    expect(long.length).toBeLessThan(200);
    expect(long).toContain(`${LONG_WORD.slice(0, 40)}…`);
    const many = Array.from({ length: 30 }, (_, i) => `w${i}`);
    expect(trainedModelMessages.unknownWords(5000, many)).toContain('w19, and 10 more.');
  });

  it('the trained model’s table caption echoes a shortened sentence', () => {
    expect(trainedModelMessages.tableCaption(1, 1, TWO_MB).length).toBeLessThan(300);
  });
});
