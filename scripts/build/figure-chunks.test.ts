import { describe, expect, it } from 'vitest';
import { BROAD, BROAD_FILE, MIN_STEP_FILE, figureSharedGroup } from './figure-chunks.js';

// A small module graph: the page's entry imports App, which imports the runtime (a cycle with its
// helper), opens five figures on demand (Fig1 on Step 1 … Fig5 on Step 5) and the settings too.
// `size` is a module's code length in bytes; `imports` its static imports.
const figures = [1, 2, 3, 4, 5].map((n) => `Fig${String(n)}.svelte`);
const graph: Record<
  string,
  { isEntry?: boolean; imports: string[]; dynamicImports?: string[]; size?: number }
> = {
  'index.html': { isEntry: true, imports: ['main.ts'] },
  'main.ts': { imports: ['App.svelte'] },
  'App.svelte': { imports: ['runtime.js'], dynamicImports: [...figures, 'settings.ts'] },
  'runtime.js': { imports: ['helper.js'] },
  'helper.js': { imports: ['runtime.js'] },
  'Fig1.svelte': { imports: ['Widget.svelte'] },
  'Fig2.svelte': { imports: ['Widget.svelte', 'Small.svelte', 'format.ts'] },
  'Fig3.svelte': { imports: ['Widget.svelte', 'Table.svelte', 'settings.ts', 'Own3.svelte'] },
  'Fig4.svelte': { imports: ['Widget.svelte', 'Small.svelte'] },
  'Fig5.svelte': { imports: ['Widget.svelte', 'Table.svelte', 'settings.ts'] },
  // Every figure: the broad file.
  'Widget.svelte': { imports: ['runtime.js'], size: 100 },
  // Steps 3 and 5, with enough code for a file of their own.
  'Table.svelte': { imports: ['runtime.js', 'tableText.ts'], size: MIN_STEP_FILE - 100 },
  'tableText.ts': { imports: [], size: 100 },
  // Steps 2 and 4, with too little code for a file: into the broad one, and what it imports too.
  'Small.svelte': { imports: ['smallText.ts'], size: 100 },
  'smallText.ts': { imports: [], size: 100 },
  // Steps 3 and 5, and the page on demand: too little code for a file of its own.
  'settings.ts': { imports: ['format.ts'], size: 100 },
  // Steps 2, 3 and 5 and the page (through the settings), with enough code for a file; but the
  // settings, in the broad file, import it.
  'format.ts': { imports: [], size: MIN_STEP_FILE },
  // Fig3's alone: it stays with Fig3.
  'Own3.svelte': { imports: [], size: MIN_STEP_FILE },
};
const importersOf = (id: string, key: 'imports' | 'dynamicImports') =>
  Object.entries(graph)
    .filter(([, node]) => (node[key] ?? []).includes(id))
    .map(([importer]) => importer);
const ctx = {
  getModuleInfo(id: string) {
    const node = graph[id];
    return node
      ? {
          isEntry: node.isEntry ?? false,
          importers: importersOf(id, 'imports'),
          dynamicImporters: importersOf(id, 'dynamicImports'),
          importedIds: node.imports,
          code: 'x'.repeat(node.size ?? 10),
        }
      : null;
  },
};
const stepsOf = new Map(figures.map((f, i) => [f, [i + 1]]));

describe('the figures’ shared files', () => {
  const group = figureSharedGroup(stepsOf);

  it('puts code most steps use in the broad file, and code of a few steps in a file for them', () => {
    expect(BROAD).toBeLessThanOrEqual(figures.length);
    expect(group.name('Widget.svelte', ctx)).toBe(BROAD_FILE);
    expect(group.name('Table.svelte', ctx)).toBe('figure-shared-step3-step5');
    expect(group.name('tableText.ts', ctx)).toBe('figure-shared-step3-step5');
  });

  it('lets the broad file take a set of steps with too little code, and what that imports', () => {
    expect(group.name('Small.svelte', ctx)).toBe(BROAD_FILE);
    expect(group.name('smallText.ts', ctx)).toBe(BROAD_FILE);
  });

  it('never lets the broad file import from a narrower one', () => {
    expect(group.name('settings.ts', ctx)).toBe(BROAD_FILE);
    expect(group.name('format.ts', ctx)).toBe(BROAD_FILE);
    const broadImportsNarrow = Object.keys(graph).filter(
      (id) =>
        group.name(id, ctx) === BROAD_FILE &&
        graph[id]?.imports.some((dep) => ![null, BROAD_FILE].includes(group.name(dep, ctx))),
    );
    expect(broadImportsNarrow).toEqual([]);
  });

  it('takes nothing the first load has, a figure is, or one figure alone uses', () => {
    // The runtime and its helper (reached through a cycle) are in the first load already.
    expect(group.name('helper.js', ctx)).toBeNull();
    expect(group.name('runtime.js', ctx)).toBeNull();
    expect(group.name('App.svelte', ctx)).toBeNull();
    expect(group.name('Fig1.svelte', ctx)).toBeNull();
    expect(group.name('Own3.svelte', ctx)).toBeNull();
    expect(group.minShareCount).toBe(2);
    expect(group.includeDependenciesRecursively).toBe(false);
  });
});
