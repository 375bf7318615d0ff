// Where a step's prose states what the numbers show, the numbers are checked here, so the prose
// cannot drift from the engine.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ruleJson from '../../content/self-attention/attention-rule.json';
import { qkvMessages } from '../../content/self-attention/figureMessages/retrieval';
import { lessonSentences } from '../../content/self-attention/sentences';
import tableJson from '../data/word-classes.json';
import { parseAttentionRule, ruleMatrix } from '../engine/attentionRule';
import { lessonAttention } from '../engine/lessonAttention';
import { row } from '../engine/matrix';
import { parseWordTable, WORD_CLASSES, wordFeatures, type WordClass } from '../engine/wordFeatures';
import { rankKeys } from './attentionWords';
import { steps } from './lesson';
import { proseHtml, type ProsePart } from './lessonSteps';
import type { FigureId } from '../ui/figures/registry';
import { formatWeight } from './numberFormat';
import { queryTiers, type ClassTier } from './queryWords';

const table = parseWordTable(tableJson);
const rule = parseAttentionRule(ruleJson);
const result = lessonAttention('The cat sat down', table, rule);
const words = result.tokens.map((t) => t.text);
const weights = result.attention.heads[0]?.weights;
/** A step's prose (all of it, what is always visible, or what its "Go deeper" disclosures hold). */
const prose = (n: number, part: ProsePart = 'all') => proseHtml(steps[n - 1]?.blocks ?? [], part);
/** A step's prose with every run of white space as one space, as a reader sees it. */
const flatProse = (n: number, part: ProsePart = 'all') => prose(n, part).replace(/\s+/g, ' ');

/** The always-visible prose of step n before its figure `id`: what every learner has read by then. */
function proseBefore(n: number, id: FigureId): string {
  const blocks = steps[n - 1]?.blocks ?? [];
  const at = blocks.findIndex((b) => b.kind === 'figure' && b.id === id);
  if (at < 0) throw new Error(`Step ${n} has no figure ${id}`);
  return proseHtml(blocks.slice(0, at), 'visible');
}

/** "a noun or a pronoun": a tier of classes as the Markdown names it. */
const either = (tier: ClassTier | undefined) =>
  (tier?.classes ?? []).map(qkvMessages.classWithArticle).join(' or ');

describe('Step 5’s reading of the matrix', () => {
  it('is stated in the always-visible prose', () => {
    expect(flatProse(5, 'visible')).toContain(
      'the row of “sat” puts “cat” first and “down” second',
    );
    expect(flatProse(5, 'visible')).toContain('“The” gets no more than “sat” gives itself');
  });

  it('matches the engine: "cat" first, "down" second, "The" no more than "sat" itself', () => {
    if (!weights) throw new Error('no weights');
    const sat = row(weights, 2);
    const ranked = rankKeys(words, sat).map((k) => k.word);
    expect(ranked.slice(0, 2)).toEqual(['cat', 'down']);
    expect(formatWeight(sat[0] ?? NaN)).toBe(formatWeight(sat[2] ?? NaN));
  });

  it('is right that no unmasked weight is exactly 0', () => {
    expect(weights && [...weights.data].every((w) => w > 0)).toBe(true);
  });
});

describe('Step 3: the numbers are the teaching rule’s', () => {
  it('names the teaching rule, written by hand, before its numbers first appear', () => {
    expect(proseBefore(3, 'attention-lines')).toMatch(/<strong>teaching rule<\/strong>/);
    expect(proseBefore(3, 'attention-lines')).toMatch(/<strong>written by hand<\/strong>/);
  });

  it('does not pass the rule’s numbers off as what the mechanism does', () => {
    expect(prose(3)).not.toContain('the numbers are what the mechanism does');
    expect(flatProse(3, 'visible')).toContain('the numbers are what the teaching rule does');
    expect(flatProse(3, 'visible')).toContain('A trained model learns its own weights');
  });
});

describe('Step 4’s reading of the query of “sat”', () => {
  const tiers = queryTiers(row(result.attention.heads[0]?.queries ?? result.x, 2));

  it('names every class of the engine’s two strongest tiers (ties included)', () => {
    expect(tiers.length).toBeGreaterThanOrEqual(2);
    expect(flatProse(4, 'visible')).toContain(
      `encodes “looking for ${either(tiers[0])}” (and, more weakly, for ${either(tiers[1])})`,
    );
  });

  it('says the query comes from the teaching rule, written by hand, before the figure shows it', () => {
    expect(proseBefore(4, 'qkv-retrieval')).toMatch(/teaching rule,\s+written by hand/);
  });
});

describe('Step 5’s account of the rule', () => {
  it('is right that the keys are the class shares themselves', () => {
    const keys = result.attention.heads[0]?.keys;
    expect(keys && [...keys.data]).toEqual([...result.x.data]);
    expect(flatProse(5, 'deeper')).toContain(
      'The keys are these class shares themselves. Only the queries use',
    );
    expect(prose(5)).not.toContain('The queries and keys come from');
  });

  it('is right that a verb looks most for nouns and pronouns, a determiner for nouns', () => {
    const strongest = (wordClass: WordClass) =>
      either(queryTiers(row(ruleMatrix(rule), WORD_CLASSES.indexOf(wordClass)))[0]);
    expect(strongest('verb')).toBe('a noun or a pronoun');
    expect(strongest('determiner')).toBe('a noun');
    expect(flatProse(5, 'deeper')).toContain(
      'a verb looks for nouns and pronouns, a determiner for nouns, and so on',
    );
  });

  it('says, always visible, that the teaching rule is written by hand, not learned', () => {
    expect(flatProse(5, 'visible')).toContain(
      'the teaching rule, a short rule <strong>written by hand, not learned</strong>',
    );
  });

  it('is right that a verb looks for nouns, pronouns, particles and adverbs, not determiners', () => {
    const verb = row(ruleMatrix(rule), WORD_CLASSES.indexOf('verb'));
    const lookedFor = WORD_CLASSES.filter((_, i) => (verb[i] ?? 0) > 0);
    expect([...lookedFor].sort()).toEqual(['adverb', 'noun', 'particle', 'pronoun']);
    expect(flatProse(5, 'visible')).toContain(
      'the rule has a verb look for nouns, pronouns, particles and adverbs, not for determiners',
    );
  });

  const example = lessonSentences.find((s) => s.usedIn.startsWith('Step 5'));
  const sentence = example?.text ?? '';

  it('takes a sentence whose every word the corpus uses at least 20 times', () => {
    expect(sentence).not.toBe('');
    for (const word of sentence.split(' ')) {
      const features = wordFeatures(table, word);
      expect(features.known, word).toBe(true);
      expect(features.count, word).toBeGreaterThanOrEqual(20);
    }
  });

  it('is right that, without positions, the second “the” gives its own noun no more than the other', () => {
    const flat = flatProse(5, 'deeper');
    const [, first, second] =
      /the second “the” gives “(\w+)” exactly the same weight as “(\w+)”, its own noun/.exec(
        flat,
      ) ?? [];
    expect(flat).toContain(`Type “${sentence}”`);
    const lesson = lessonAttention(sentence, table, rule);
    const tokens = lesson.tokens.map((t) => t.text.toLowerCase());
    const secondThe = tokens.lastIndexOf('the');
    const other = tokens.indexOf(first ?? '');
    const own = tokens.indexOf(second ?? '');
    expect([first, second]).not.toContain(undefined);
    expect(secondThe).toBeGreaterThan(0);
    expect(other).toBeGreaterThanOrEqual(0);
    expect(own).toBe(secondThe + 1);
    expect(other).toBeLessThan(secondThe);
    const noun = WORD_CLASSES.indexOf('noun');
    for (const word of [first, second]) {
      expect(wordFeatures(table, word ?? '').features[noun], `${word} only ever a noun`).toBe(1);
    }
    const theRow = row(lesson.attention.heads[0]?.weights ?? lesson.x, secondThe);
    expect(theRow[other]).toBe(theRow[own]);
    // and they are the row's largest weights: the determiner does look for nouns
    expect(
      rankKeys(tokens, theRow)
        .slice(0, 2)
        .map((k) => k.key)
        .sort((a, b) => a - b),
    ).toEqual([other, own]);
  });
});

describe('How the Brown corpus was tagged', () => {
  const readme = readFileSync(new URL('../../README.md', import.meta.url), 'utf8');

  it('is not called "tagged by hand": a program (TAGGIT) tagged it, people corrected it', () => {
    for (const text of [prose(5), readme]) {
      expect(text).not.toMatch(/tagged by hand/);
      expect(text.replace(/\s+/g, ' ')).toMatch(/TAGGIT.*corrected by hand/);
    }
  });
});
