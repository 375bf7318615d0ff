import { describe, expect, it } from 'vitest';
import { figureSharedGroup } from './figure-chunks.js';

// A small module graph: the page's entry imports App, which imports the runtime (a cycle with its
// helper) and opens two figures on demand; both figures use a widget, which uses the runtime.
const graph: Record<
  string,
  { isEntry?: boolean; importers: string[]; dynamicImporters?: string[] }
> = {
  'index.html': { isEntry: true, importers: [] },
  'main.ts': { importers: ['index.html'] },
  'App.svelte': { importers: ['main.ts'] },
  'runtime.js': { importers: ['App.svelte', 'helper.js', 'Widget.svelte'] },
  'helper.js': { importers: ['runtime.js'] },
  'FigureA.svelte': { importers: [], dynamicImporters: ['App.svelte'] },
  'FigureB.svelte': { importers: [], dynamicImporters: ['App.svelte'] },
  'Widget.svelte': { importers: ['FigureA.svelte', 'FigureB.svelte'] },
  // Imported by both figures, and on demand by App too.
  'settings.ts': {
    importers: ['FigureA.svelte', 'FigureB.svelte'],
    dynamicImporters: ['App.svelte'],
  },
};
const ctx = {
  getModuleInfo(id: string) {
    const node = graph[id];
    return node
      ? {
          isEntry: node.isEntry ?? false,
          importers: node.importers,
          dynamicImporters: node.dynamicImporters ?? [],
        }
      : null;
  },
};

describe('the figures’ shared file', () => {
  it('takes the code figures share, and nothing the first load has or a figure is', () => {
    const group = figureSharedGroup();
    expect(group.name('Widget.svelte', ctx)).toBe('figure-shared');
    expect(group.name('settings.ts', ctx)).toBe('figure-shared');
    // The runtime and its helper (reached through a cycle) are in the first load already.
    expect(group.name('helper.js', ctx)).toBeNull();
    expect(group.name('runtime.js', ctx)).toBeNull();
    expect(group.name('App.svelte', ctx)).toBeNull();
    expect(group.name('FigureA.svelte', ctx)).toBeNull();
    expect(group.minShareCount).toBe(2);
    expect(group.includeDependenciesRecursively).toBe(false);
  });
});
