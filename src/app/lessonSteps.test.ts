import { describe, expect, it } from 'vitest';
import { lesson, steps, STEP_COUNT } from './lesson';
import { validateSteps } from './lessonSteps';

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
