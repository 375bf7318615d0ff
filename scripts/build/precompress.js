// Writes a gzip and a Brotli copy beside every text file of the build (file.js.gz, file.js.br),
// so the static server can send them compressed without compressing on each request: a phone on
// a slow connection then fetches the entry chunk at about a third of its size.
import { readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { brotliCompressSync, constants, gzipSync } from 'node:zlib';

/** The files worth compressing: text. Images other than SVG, fonts and weights are compressed already or binary. */
export const COMPRESSIBLE = /\.(?:js|mjs|css|json|svg|html|txt|md)$/i;
/** Below this a compressed copy saves less than its own headers cost. */
const MIN_BYTES = 512;

/**
 * Writes `.gz` and `.br` copies of the compressible files under `dir`; returns the files it
 * compressed (relative paths).
 * @param {string} dir
 * @returns {string[]}
 */
export function precompressFolder(dir) {
  /** @type {string[]} */
  const done = [];
  for (const entry of readdirSync(dir, { recursive: true, withFileTypes: true })) {
    if (!entry.isFile() || !COMPRESSIBLE.test(entry.name)) continue;
    const file = join(entry.parentPath, entry.name);
    const source = readFileSync(file);
    if (source.length < MIN_BYTES) continue;
    writeFileSync(`${file}.gz`, gzipSync(source, { level: 9 }));
    writeFileSync(
      `${file}.br`,
      brotliCompressSync(source, {
        params: {
          [constants.BROTLI_PARAM_QUALITY]: constants.BROTLI_MAX_QUALITY,
          [constants.BROTLI_PARAM_SIZE_HINT]: source.length,
        },
      }),
    );
    done.push(file.slice(dir.length + 1));
  }
  return done.sort();
}

/**
 * The Vite plugin: compresses the written build once the bundle (and public/) is in place.
 * @returns {import('vite').Plugin}
 */
export function precompress() {
  /** @type {string} */
  let outDir = 'dist';
  return {
    name: 'precompress',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
    },
    closeBundle: {
      // After manifestOutsideDist has taken the manifest out of dist/.
      order: 'post',
      handler() {
        precompressFolder(outDir);
      },
    },
  };
}
