// Which steps show which figure, read from the lesson's own files: the figure registry (each
// figure's id and the module it loads) and the steps' Markdown (a `[[figure:id]]` line places a
// figure). The build groups the figures' shared code by the steps that use it (figure-chunks.js).
import { readFileSync, readdirSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { FIGURE_LINE } from '../vite-plugin-lesson-markdown.js';

const ENTRY = /(?:'([a-z0-9-]+)'|([a-z0-9]+)):\s*\{[^{}]*?import\('([^']+)'\)/g;
/** Every figure line of a step's Markdown, in the plugin's own grammar. */
const FIGURE_LINES = new RegExp(FIGURE_LINE.source, 'gm');

/**
 * @param {string} registryFile the figure registry (src/ui/figures/registry.ts)
 * @param {string} stepsDir the folder of step Markdown files, named `NN-title.md`
 * @returns {Map<string, number[]>} each figure module's absolute path → the steps that show it
 */
export function figureSteps(registryFile, stepsDir) {
  /** @type {Map<string, string>} */
  const moduleOf = new Map();
  for (const [, quoted, bare, path] of readFileSync(registryFile, 'utf8').matchAll(ENTRY)) {
    moduleOf.set(quoted ?? bare ?? '', resolve(dirname(registryFile), path ?? ''));
  }
  /** @type {Map<string, number[]>} */
  const steps = new Map();
  const files = readdirSync(stepsDir)
    .filter((name) => /^\d+-.*\.md$/.test(name))
    .sort();
  files.forEach((name, index) => {
    for (const [, id] of readFileSync(join(stepsDir, name), 'utf8').matchAll(FIGURE_LINES)) {
      const module = moduleOf.get(id ?? '');
      if (!module)
        throw new Error(
          `${name} places figure "${String(id)}", which ${registryFile} does not list`,
        );
      steps.set(module, [...(steps.get(module) ?? []), index + 1]);
    }
  });
  for (const [id, module] of moduleOf) {
    if (!steps.has(module)) throw new Error(`No step places the figure "${id}" (${module})`);
  }
  return steps;
}
