import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { productionDependencies } from './audit-deps.js';

const lock = readFileSync(new URL('../package-lock.json', import.meta.url), 'utf8');

describe('production dependencies', () => {
  it('are listed from the lockfile, each with a licence this project can ship', () => {
    const dependencies = productionDependencies(lock);
    expect(dependencies.map((d) => d.name)).toContain('d3-scale-chromatic');
    expect(dependencies.filter((d) => !d.allowed)).toEqual([]);
  });

  it('leave out development tools', () => {
    const names = productionDependencies(lock).map((d) => d.name);
    expect(names).not.toContain('vite');
    expect(names).not.toContain('svelte');
  });

  it('refuse a licence outside the list, and a package with none', () => {
    const fake = JSON.stringify({
      packages: {
        '': {},
        'node_modules/a': { version: '1.0.0', license: 'GPL-3.0' },
        'node_modules/b': { version: '2.0.0' },
        'node_modules/c': { version: '3.0.0', license: 'MIT', dev: true },
      },
    });
    expect(productionDependencies(fake)).toEqual([
      { name: 'a', version: '1.0.0', licence: 'GPL-3.0', allowed: false },
      { name: 'b', version: '2.0.0', licence: 'UNKNOWN', allowed: false },
    ]);
  });
});
