// The lesson's visible words use curly quotes and apostrophes (“sat”, the rule’s), never straight
// ones: the steps' Markdown prose and the text in the message catalogues. Code spans, HTML
// attributes, link targets and figure directives are code, not prose, and are left out.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const here = new URL('./', import.meta.url);
const read = (path: string) => readFileSync(new URL(path, here), 'utf8');

/** The prose of a step's Markdown: front matter reduced to its title, code and markup removed. */
function markdownProse(markdown: string): string[] {
  const [, frontMatter = '', body = markdown] =
    /^---\n([\s\S]*?)\n---\n([\s\S]*)$/.exec(markdown) ?? [];
  const title = /^title: '(.*)'$|^title: (.*)$/m.exec(frontMatter);
  const lines = [title?.[1] ?? title?.[2] ?? ''];
  let fenced = false;
  for (const line of body.split('\n')) {
    if (line.trimStart().startsWith('```')) fenced = !fenced;
    else if (!fenced) lines.push(line);
  }
  return lines.map((line) =>
    line
      .replace(/`[^`]*`/g, ' ')
      .replace(/<[^>]+>/g, ' ')
      .replace(/\]\([^)]*\)/g, '] ')
      .replace(/\[\[[^\]]*\]\]/g, ' '),
  );
}

/**
 * The text inside a TypeScript file's string literals, comments left out. A template literal's
 * ${…} is code: it is read as code, so the literals inside it are found too (each on its own).
 */
function stringLiterals(source: string): string[] {
  const found: string[] = [];
  let i = 0;
  /** Reads code up to the `}` that closes a ${…} (closing), or to the end of the file. */
  const code = (closing: boolean): void => {
    let depth = 0;
    while (i < source.length) {
      const c = source[i];
      const next = source[i + 1];
      if (c === '/' && next === '/') {
        const end = source.indexOf('\n', i);
        i = end === -1 ? source.length : end;
      } else if (c === '/' && next === '*') {
        const end = source.indexOf('*/', i + 2);
        i = end === -1 ? source.length : end + 2;
      } else if (c === "'" || c === '"' || c === '`') {
        i += 1;
        literal(c);
      } else if (c === '{') {
        depth += 1;
        i += 1;
      } else if (c === '}') {
        i += 1;
        if (closing && depth === 0) return;
        depth -= 1;
      } else i += 1;
    }
  };
  /** Reads a literal opened by `quote` (just passed), and keeps its text. */
  const literal = (quote: string): void => {
    let text = '';
    while (i < source.length && source[i] !== quote) {
      if (source[i] === '\\') {
        text += source.slice(i, i + 2);
        i += 2;
      } else if (quote === '`' && source[i] === '$' && source[i + 1] === '{') {
        i += 2;
        code(true);
      } else {
        text += source.charAt(i);
        i += 1;
      }
    }
    i += 1;
    found.push(text);
  };
  code(false);
  return found;
}

const straight = /["']|\\'/;

describe('curly quotes in the lesson’s words', () => {
  const steps = readdirSync(new URL('steps/', here)).filter((f) => f.endsWith('.md'));

  it.each(steps)('steps/%s has no straight quote in its prose', (file) => {
    const bad = markdownProse(read(`steps/${file}`)).filter((line) => straight.test(line));
    expect(bad).toEqual([]);
  });

  const catalogues = [
    'lesson.ts',
    'quiz.ts',
    ...readdirSync(new URL('figureMessages/', here))
      .filter((f) => f.endsWith('.ts') && !f.endsWith('.test.ts'))
      .map((f) => `figureMessages/${f}`),
  ];

  it.each(catalogues)('%s has no straight quote in its messages', (file) => {
    // A literal that is only an identifier, a path or a CSS/HTML fragment is code, not words, and
    // so is an HTML tag shown to a course author (<attention-matrix sentence="…">).
    const words = stringLiterals(read(file))
      .map((text) => text.replace(/<[^>]+>/g, ' '))
      .filter((text) => /\s/.test(text));
    expect(words.filter((text) => straight.test(text))).toEqual([]);
  });

  const jsonFiles = readdirSync(here).filter((f) => f.endsWith('.json'));

  it.each(jsonFiles)('%s has no straight quote in its words', (file) => {
    const words: string[] = [];
    const collect = (value: unknown) => {
      if (typeof value === 'string') {
        if (/\s/.test(value)) words.push(value);
      } else if (value && typeof value === 'object') {
        for (const inner of Object.values(value)) collect(inner);
      }
    };
    collect(JSON.parse(read(file)));
    expect(words.filter((text) => straight.test(text))).toEqual([]);
  });

  it('finds the straight quotes it is meant to find', () => {
    const flagged = (lines: string[]) => lines.map((line) => straight.test(line));
    expect(
      flagged(markdownProse('---\ntitle: \'A "b"\'\n---\nThe rule\'s `x = "y"` <a href="z">')),
    ).toEqual([true, true]);
    expect(flagged(markdownProse('---\ntitle: A\n---\nThe rule’s `x = "y"` <a href="z">'))).toEqual(
      [false, false],
    );
    expect(stringLiterals('// "no"\nconst a = `the "cat" ${b ? \'x\' : "y"}`;')).toEqual([
      'x',
      'y',
      'the "cat" ',
    ]);
    // Braces and a nested template inside ${…} do not end the outer literal early or late.
    expect(
      stringLiterals('const a = `one ${f({ k: `in ${x} "q"` })} two\'s`; const b = "three";'),
    ).toEqual(['in  "q"', "one  two's", 'three']);
  });
});
