import { describe, expect, it } from 'vitest';
import { MAX_TOKENS } from '../engine/tokenize';
import { EMBED_SENTENCE_CHARACTERS, NO_EMBED, parseEmbed } from './embed';

const isFigure = (id: string) => ['attention-matrix', 'qkv-retrieval'].includes(id);
const parse = (search: string) => parseEmbed(search, isFigure);

describe('parseEmbed', () => {
  it('is no embed without a query string', () => {
    expect(parse('')).toBe(NO_EMBED);
    expect(parse('?')).toBe(NO_EMBED);
  });

  it('reads a figure, its sentence and the parent origin', () => {
    expect(
      parse(
        '?embed=attention-matrix&sentence=The%20dog%20ran%20home&parent=https%3A%2F%2Fcourse.example',
      ),
    ).toEqual({
      figure: 'attention-matrix',
      sentence: 'The dog ran home',
      parentOrigin: 'https://course.example',
      problems: [],
    });
  });

  it('keeps a port and accepts a trailing slash on the origin', () => {
    expect(parse('?parent=http://localhost:8080/').parentOrigin).toBe('http://localhost:8080');
  });

  it('refuses an unknown figure, and shows the whole lesson', () => {
    const config = parse('?embed=<script>');
    expect(config.figure).toBeNull();
    expect(config.problems).toEqual([
      '“embed=<script>” names no figure; the whole lesson is shown.',
    ]);
  });

  it.each([
    'course.example',
    'https://course.example/path',
    'https://user@course.example',
    'javascript:alert(1)',
    'file:///etc',
    '*',
    'null',
  ])('refuses "%s" as a parent origin', (parent) => {
    const config = parse(`?parent=${encodeURIComponent(parent)}`);
    expect(config.parentOrigin).toBeNull();
    expect(config.problems).toHaveLength(1);
  });

  it('passes a sentence within the character limit on whole, and refuses a huge one', () => {
    const words = Array.from({ length: MAX_TOKENS + 5 }, () => 'a').join(' ');
    expect(parse(`?sentence=${encodeURIComponent(words)}`).sentence).toBe(words);
    const huge = parse(`?sentence=${'a'.repeat(EMBED_SENTENCE_CHARACTERS + 1)}`);
    expect(huge.sentence).toBeNull();
    expect(huge.problems).toHaveLength(1);
  });

  it('ignores an empty sentence', () => {
    expect(parse('?embed=attention-matrix&sentence=%20%20').sentence).toBeNull();
  });
});
