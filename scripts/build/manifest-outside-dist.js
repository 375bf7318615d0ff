// Vite writes its build manifest into dist/.vite/, which would ship it to every learner and reveal
// the build's layout. The size check needs it, so move it beside dist/ once the bundle is written.
import { mkdirSync, renameSync, rmSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';

/** Where the manifest of the last `vite build` is kept (outside the folder that ships). */
export const BUILD_MANIFEST = 'build-info/manifest.json';

/**
 * @param {string} [root] the project folder
 * @returns {import('vite').Plugin}
 */
export function manifestOutsideDist(root = process.cwd()) {
  /** @type {string} */
  let outDir = 'dist';
  // The course package's build asks for no manifest (scripts/package/run.js).
  let wanted = true;
  return {
    name: 'manifest-outside-dist',
    apply: 'build',
    configResolved(config) {
      outDir = resolve(config.root, config.build.outDir);
      wanted = Boolean(config.build.manifest);
    },
    closeBundle() {
      if (!wanted) return;
      const target = resolve(root, BUILD_MANIFEST);
      mkdirSync(dirname(target), { recursive: true });
      renameSync(join(outDir, '.vite', 'manifest.json'), target);
      rmSync(join(outDir, '.vite'), { recursive: true, force: true });
    },
  };
}
