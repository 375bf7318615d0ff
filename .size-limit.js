// The first load's budget: index.html, the theme script, the entry chunk with its CSS and every
// chunk it imports statically, read from Vite's build manifest, and every font file in dist/
// (a self-hosted font is fetched by the first screen's CSS, so it counts whether or not the
// manifest names it). Figures and data that a step loads later are dynamic imports, so they are
// not counted here.
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
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
  // The page's stylesheets, as index.html links them: the build puts all the lesson's CSS in one
  // file (cssCodeSplit: false), which the manifest does not tie to the entry chunk.
  for (const href of linkedStylesheets()) files.add(path.join('dist', href));
  for (const font of fontFiles()) files.add(font);
  return [...files];
}

/** The stylesheets dist/index.html links, relative to dist/. */
function linkedStylesheets() {
  const html = readFileSync('dist/index.html', 'utf8');
  return [...html.matchAll(/<link\b[^>]*\brel="stylesheet"[^>]*>/g)].map((link) => {
    const href = /\bhref="\.?\/?([^"]+)"/.exec(link[0])?.[1];
    if (!href) throw new Error(`A stylesheet link without a local href: ${link[0]}`);
    return href;
  });
}

const FONT = /\.(woff2?|ttf|otf)$/i;

/** Every font file under dist/ (none is fine: the lesson may use the system's fonts). */
function fontFiles() {
  return readdirSync('dist', { recursive: true, withFileTypes: true })
    .filter((entry) => entry.isFile() && FONT.test(entry.name))
    .map((entry) => path.join(entry.parentPath, entry.name))
    .sort();
}

export default [
  {
    name: 'First load (HTML, theme script, entry JS and CSS, static imports)',
    path: firstLoadFiles(),
    gzip: true,
    limit: '100 kB',
  },
  {
    // What an author's page loads before an <attention-matrix> can draw (its word table and
    // workers come after, as the lesson's do): the script and its stylesheet.
    name: 'The <attention-matrix> element (script and stylesheet)',
    path: ['dist/element/attention-matrix.js', 'dist/element/attention-matrix.css'],
    gzip: true,
    limit: '60 kB',
  },
];
