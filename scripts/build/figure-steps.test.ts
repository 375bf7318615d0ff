import { mkdirSync, mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { figureSteps } from './figure-steps.js';

function lesson(registry: string, steps: Record<string, string>) {
  const root = mkdtempSync(join(tmpdir(), 'figure-steps-'));
  mkdirSync(join(root, 'figures'));
  mkdirSync(join(root, 'steps'));
  writeFileSync(join(root, 'figures', 'registry.ts'), registry);
  for (const [name, text] of Object.entries(steps)) writeFileSync(join(root, 'steps', name), text);
  return { registry: join(root, 'figures', 'registry.ts'), steps: join(root, 'steps'), root };
}

const REGISTRY = `export const figures = {
  'word-lines': { title: 'Lines', load: () => import('./lines/Lines.svelte'), wordTable: true },
  quiz: { title: 'Quiz', load: () => import('./quiz/Quiz.svelte') },
};`;

describe('figureSteps', () => {
  it('maps each figure module to the steps whose Markdown places it', () => {
    const files = lesson(REGISTRY, {
      '01-intro.md': 'Words.\n\n[[figure:word-lines]]\n',
      '02-quiz.md': '[[figure:quiz]]\n\nAnd [[figure:word-lines]] in a sentence is not a figure.\n',
      '03-again.md': '[[figure:word-lines]]\n',
    });
    expect(figureSteps(files.registry, files.steps)).toEqual(
      new Map([
        [join(files.root, 'figures', 'lines', 'Lines.svelte'), [1, 3]],
        [join(files.root, 'figures', 'quiz', 'Quiz.svelte'), [2]],
      ]),
    );
  });

  it('fails on a figure the registry does not list, and on a figure no step places', () => {
    const unknown = lesson(REGISTRY, {
      '01-a.md': '[[figure:nope]]\n',
      '02-b.md': '[[figure:quiz]]\n',
    });
    expect(() => figureSteps(unknown.registry, unknown.steps)).toThrow(/figure "nope"/);
    const unplaced = lesson(REGISTRY, { '01-a.md': '[[figure:quiz]]\n' });
    expect(() => figureSteps(unplaced.registry, unplaced.steps)).toThrow(/"word-lines"/);
  });

  it('reads the lesson’s own registry and steps', () => {
    const steps = figureSteps('src/ui/figures/registry.ts', 'content/self-attention/steps');
    expect(steps.size).toBeGreaterThanOrEqual(12);
    expect([...steps.values()].flat().every((step) => step >= 1 && step <= 7)).toBe(true);
  });
});
