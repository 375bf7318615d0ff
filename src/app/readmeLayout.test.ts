// The README's "What is where" is the map of the tree: every folder a reader may look for, and
// every file the lesson ships under public/models, must be named there.
import { readdirSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';

const root = new URL('../../', import.meta.url);
const readme = readFileSync(new URL('README.md', root), 'utf8');
const section = readme.slice(readme.indexOf('## What is where'), readme.indexOf('## Licences'));

const entries = (path: string, kind: 'folders' | 'files') =>
  readdirSync(new URL(path, root), { withFileTypes: true })
    .filter((entry) => (kind === 'folders' ? entry.isDirectory() : entry.isFile()))
    .map((entry) => entry.name)
    .filter((name) => name !== '__snapshots__' && name !== 'node_modules');

describe('README: What is where', () => {
  it('has the section', () => {
    expect(section.length).toBeGreaterThan(500);
  });

  it.each([
    ['src/', 'src/'],
    ['src/ui/', 'src/ui/'],
    ['src/engine/', 'src/engine/'],
    ['content/self-attention/', ''],
    ['scripts/', ''],
  ])('names every folder in %s', (folder, prefix) => {
    for (const name of entries(folder, 'folders')) {
      expect(section, `${folder}${name}`).toMatch(new RegExp(`\`(${prefix}${name}/?|${name}/)\``));
    }
  });

  it('names every folder in src/app/ and every figure folder', () => {
    for (const name of entries('src/app/', 'folders')) expect(section).toContain(`\`${name}/\``);
    for (const name of entries('src/ui/figures/', 'folders')) {
      expect(section, name).toContain(`\`${name}\``);
    }
  });

  it('names every file under public/models/brown-tiny/', () => {
    const files = entries('public/models/brown-tiny/', 'files');
    expect(files.length).toBeGreaterThan(3);
    for (const name of files) expect(section, name).toContain(`\`${name}\``);
  });
});
