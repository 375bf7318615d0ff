import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { figures } from '../ui/figures/registry';
import { lesson, steps, STEP_COUNT } from './lesson';
import {
  countWords,
  proseHtml,
  stepWordCounts,
  validateSteps,
  type StepBlock,
} from './lessonSteps';

const stepModule = (step: number, slug = `step-${step}`, blocks: unknown[] = []) => ({
  meta: { step, slug, title: `Step ${step}` },
  blocks,
});

describe('the lesson content', () => {
  it('has seven steps in order, each with a title and some prose', () => {
    expect(steps.map((s) => s.number)).toEqual([1, 2, 3, 4, 5, 6, 7]);
    for (const step of steps) {
      expect(step.title.length).toBeGreaterThan(0);
      expect(step.blocks.some((b) => b.kind === 'prose')).toBe(true);
    }
    expect(steps.at(-1)?.title).toBe('Test Your Understanding');
  });

  it('has the manifest the seed describes', () => {
    expect(lesson.objectives).toHaveLength(5);
    expect(lesson.prerequisites).toHaveLength(2);
    expect(lesson.keyConcepts).toHaveLength(6);
    expect(new Set(lesson.objectives.map((o) => o.id)).size).toBe(5);
    expect(new Set(lesson.keyConcepts.map((c) => c.id)).size).toBe(6);
    for (const concept of lesson.keyConcepts) {
      expect(concept.definition.trim().length, concept.term).toBeGreaterThan(20);
      expect(concept.introducedInStep).toBeGreaterThanOrEqual(1);
      expect(concept.introducedInStep).toBeLessThanOrEqual(STEP_COUNT);
    }
    for (const objective of lesson.objectives) {
      expect(objective.taughtInSteps.length).toBeGreaterThan(0);
    }
  });

  it('sets a pass mark for the quiz: a share above 0 and at most 1', () => {
    expect(Number.isFinite(lesson.masteryScore)).toBe(true);
    expect(lesson.masteryScore).toBeGreaterThan(0);
    expect(lesson.masteryScore).toBeLessThanOrEqual(1);
  });

  it('places the figures each step promises', () => {
    const figuresOf = (n: number) =>
      steps[n - 1]?.blocks.flatMap((b) => (b.kind === 'figure' ? [b.id] : [])) ?? [];
    expect(figuresOf(5)).toContain('attention-matrix');
    expect(figuresOf(2)).toEqual(expect.arrayContaining(['rnn-steps', 'rnn-gradient']));
    expect(figuresOf(7)).toContain('quiz');
  });

  it('never lets raw HTML reach the prose', () => {
    for (const step of steps) {
      for (const block of step.blocks) {
        if (block.kind === 'prose') expect(block.html).not.toMatch(/<script|<iframe|onerror=/i);
      }
    }
  });
});

describe('validateSteps', () => {
  const valid = () =>
    Object.fromEntries([1, 2, 3].map((n) => [`steps/0${n}.md`, stepModule(n)] as const));

  it('accepts a complete set and orders it', () => {
    const reversed = Object.fromEntries(Object.entries(valid()).reverse());
    expect(validateSteps(reversed, 3).map((s) => s.number)).toEqual([1, 2, 3]);
  });

  it('fails when a step file is missing', () => {
    const modules = valid();
    delete modules['steps/02.md'];
    expect(() => validateSteps(modules, 3)).toThrow(/Step 2 is missing/);
  });

  it('fails when a step number or a slug repeats', () => {
    expect(() => validateSteps({ ...valid(), 'steps/x.md': stepModule(2, 'other') }, 3)).toThrow(
      /Step 2 is defined twice/,
    );
    expect(() => validateSteps({ ...valid(), 'steps/x.md': stepModule(4, 'step-1') }, 3)).toThrow(
      /slug "step-1" is used twice/,
    );
  });

  it('fails on bad front matter or an unknown figure', () => {
    const modules = valid();
    modules['steps/01.md'] = { meta: { step: 1, slug: 'Bad Slug', title: 'x' }, blocks: [] };
    expect(() => validateSteps(modules, 3)).toThrow(/slug/);
    const untitled = { ...valid(), 'steps/01.md': { meta: { step: 1, slug: 'a' }, blocks: [] } };
    expect(() => validateSteps(untitled, 3)).toThrow(/title/);
    const figure = {
      ...valid(),
      'steps/01.md': stepModule(1, 'a', [{ kind: 'figure', id: 'nope' }]),
    };
    expect(() => validateSteps(figure, 3)).toThrow(/unknown figure "nope"/);
  });
});

/** The aim for one screen of reading: at most this many always-visible words a step. */
const VISIBLE_WORD_LIMIT = 350;
/** How far into a step its first figure may come, in always-visible words. */
const WORDS_BEFORE_FIRST_FIGURE = 160;

const deeper = (title: string, body: string) =>
  `<details class="go-deeper"><summary>Go deeper: ${title}</summary>\n<p>${body}</p>\n</details>\n`;

describe('counting the words of a step', () => {
  const blocks: StepBlock[] = [
    {
      kind: 'prose',
      html: `<p>One &quot;two&quot; three → four.</p>\n${deeper('Five six', 'x '.repeat(50))}`,
    },
    { kind: 'figure', id: 'quiz' },
    { kind: 'prose', html: `<h3>Seven</h3>\n<ul>\n<li>eight, 9,000</li>\n</ul>\n` },
  ];

  it('counts what a reader sees: a closed disclosure shows only its summary; figures not at all', () => {
    expect(stepWordCounts({ blocks })).toEqual({ visible: 11, total: 61 });
  });

  it('counts words with letters or digits, not a lone arrow or dash', () => {
    expect(countWords('<p>h₁ = f(&quot;The&quot;, h₀) → h₂ – 4,608</p>')).toBe(5);
  });

  it('splits the prose into what is always visible and what the disclosures hold', () => {
    expect(proseHtml(blocks, 'visible')).not.toContain('x x');
    expect(proseHtml(blocks, 'visible')).toContain('<summary>Go deeper: Five six</summary>');
    expect(proseHtml(blocks, 'deeper')).toBe(deeper('Five six', 'x '.repeat(50)).trimEnd());
    expect(proseHtml(blocks, 'all')).toContain('Seven');
  });
});

describe('one screen at a time', () => {
  it.each(steps.map((step) => [step.number, step] as const))(
    `Step %i shows at most ${VISIBLE_WORD_LIMIT} words of prose outside its "Go deeper" disclosures`,
    (_, step) => {
      expect(stepWordCounts(step).visible).toBeLessThanOrEqual(VISIBLE_WORD_LIMIT);
    },
  );

  it.each(steps.map((step) => [step.number, step] as const))(
    `Step %i shows its first figure within its first ${WORDS_BEFORE_FIRST_FIGURE} words`,
    (_, step) => {
      const first = step.blocks.findIndex((b) => b.kind === 'figure');
      expect(first).toBeGreaterThanOrEqual(0);
      const before = proseHtml(step.blocks.slice(0, first), 'visible');
      expect(countWords(before)).toBeLessThanOrEqual(WORDS_BEFORE_FIRST_FIGURE);
    },
  );

  it('puts Step 5’s matrix after one short paragraph, so that it starts on the first screen', () => {
    const [intro, figure] = steps[4]?.blocks ?? [];
    expect(figure).toEqual({ kind: 'figure', id: 'attention-matrix' });
    const html = intro?.kind === 'prose' ? intro.html.trim() : '';
    expect(html).toMatch(/^<p>[^]*<\/p>$/);
    expect(html.match(/<p>/g)).toHaveLength(1);
    expect(countWords(html)).toBeLessThanOrEqual(50);
  });

  it('shows no figure twice: each registered figure, and each figure component, once', () => {
    const placed = steps.flatMap((s) =>
      s.blocks.flatMap((b) => (b.kind === 'figure' ? [b.id] : [])),
    );
    expect([...placed].sort()).toEqual(Object.keys(figures).sort());
    const registry = readFileSync(new URL('../ui/figures/registry.ts', import.meta.url), 'utf8');
    const components = [...registry.matchAll(/import\('([^']+)'\)/g)].map((m) => m[1]);
    expect(components.length).toBe(Object.keys(figures).length);
    expect(new Set(components).size).toBe(components.length);
  });

  it('keeps figures out of the disclosures and never nests one in another', () => {
    for (const step of steps) {
      for (const disclosure of proseHtml(step.blocks, 'deeper').split('</details>').slice(0, -1)) {
        expect(disclosure.match(/<details/g), `Step ${step.number}`).toHaveLength(1);
      }
    }
  });

  it('links only to steps that exist, by their own slugs', () => {
    const links = steps.flatMap((s) =>
      [...proseHtml(s.blocks).matchAll(/href="#\/step\/(\d+)\/([a-z0-9-]+)"/g)].map(
        ([, n, slug]) => ({ n: Number(n), slug }),
      ),
    );
    expect(links.length).toBeGreaterThan(0);
    for (const { n, slug } of links) expect(steps[n - 1]?.slug, `#/step/${n}/${slug}`).toBe(slug);
  });
});
