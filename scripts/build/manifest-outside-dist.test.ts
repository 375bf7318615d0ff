import { existsSync, mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { BUILD_MANIFEST, manifestOutsideDist } from './manifest-outside-dist.js';

let root = '';
afterEach(() => {
  rmSync(root, { recursive: true, force: true });
});

/** Runs the plugin's two hooks as Vite would at the end of a build into `outDir`. */
function runPlugin(outDir: string, manifest: boolean) {
  root = mkdtempSync(join(tmpdir(), 'manifest-outside-'));
  const plugin = manifestOutsideDist(root) as unknown as {
    configResolved: (config: {
      root: string;
      build: { outDir: string; manifest: boolean };
    }) => void;
    closeBundle: () => void;
  };
  if (manifest) {
    mkdirSync(join(root, outDir, '.vite'), { recursive: true });
    writeFileSync(join(root, outDir, '.vite', 'manifest.json'), '{"entry":{}}');
  }
  plugin.configResolved({ root, build: { outDir, manifest } });
  plugin.closeBundle();
}

describe('the build manifest kept outside dist/', () => {
  it('moves the manifest of the plain build beside dist/', () => {
    runPlugin('dist', true);
    expect(readFileSync(join(root, BUILD_MANIFEST), 'utf8')).toBe('{"entry":{}}');
    expect(existsSync(join(root, 'dist', '.vite'))).toBe(false);
  });

  it('leaves the size check’s manifest alone when a build asks for none (the course package)', () => {
    runPlugin('dist-scorm', false);
    expect(existsSync(join(root, BUILD_MANIFEST))).toBe(false);
  });
});
