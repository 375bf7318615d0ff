// The first load's budget: index.html, the theme script, the entry chunk with its CSS and every
// chunk it imports statically, read from Vite's build manifest. Figures and data that a step
// loads later are dynamic imports, so they are not counted here.
import { readFileSync } from 'node:fs';
import { BUILD_MANIFEST } from './scripts/build/manifest-outside-dist.js';

/** @typedef {{ file: string; isEntry?: boolean; css?: string[]; imports?: string[] }} Chunk */

/** @type {unknown} */
const parsed = JSON.parse(readFileSync(BUILD_MANIFEST, 'utf8'));
const manifest = /** @type {Record<string, Chunk>} */ (parsed);

function firstLoadFiles() {
  const files = new Set(['dist/index.html', 'dist/theme-init.js']);
  /** @param {string} key */
  const visit = (key) => {
    const chunk = manifest[key];
    if (!chunk || files.has(`dist/${chunk.file}`)) return;
    files.add(`dist/${chunk.file}`);
    for (const css of chunk.css ?? []) files.add(`dist/${css}`);
    for (const imported of chunk.imports ?? []) visit(imported);
  };
  for (const [key, chunk] of Object.entries(manifest)) if (chunk.isEntry) visit(key);
  return [...files];
}

export default [
  {
    name: 'First load (HTML, theme script, entry JS and CSS, static imports)',
    path: firstLoadFiles(),
    gzip: true,
    limit: '100 kB',
  },
];
