// The <attention-matrix> element as one ES module and one stylesheet in dist/element/, built
// after the lesson (whose build empties dist/). Its workers are emitted beside it.
import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { COLOUR_SCALE_BUILDERS } from './scripts/build/colour-scales.js';
import { compileHints } from './scripts/build/compile-hints.js';
import { precompress } from './scripts/build/precompress.js';
import { lessonMarkdown } from './scripts/vite-plugin-lesson-markdown.js';

export default defineConfig({
  base: './',
  publicDir: false,
  // Compressed copies beside each file, as for the lesson (scripts/build/precompress.js).
  plugins: [lessonMarkdown(), svelte(), compileHints(), precompress()],
  build: {
    outDir: 'dist/element',
    emptyOutDir: true,
    target: 'es2022',
    // Vite leaves a library's whitespace for the bundler that will take it in; this one is
    // shipped to browsers as it is.
    minify: true,
    rolldownOptions: {
      output: { minify: true },
      treeshake: { manualPureFunctions: [...COLOUR_SCALE_BUILDERS] },
    },
    lib: {
      entry: 'src/element/attention-matrix.ts',
      formats: ['es'],
      fileName: () => 'attention-matrix.js',
      cssFileName: 'attention-matrix',
    },
  },
});
