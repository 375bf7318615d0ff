import { svelte } from '@sveltejs/vite-plugin-svelte';
import { defineConfig } from 'vite';
import { configDefaults } from 'vitest/config';
import { offline } from './scripts/build/offline.js';
import { manifestOutsideDist } from './scripts/build/manifest-outside-dist.js';
import { COLOUR_SCALE_BUILDERS } from './scripts/build/colour-scales.js';
import { compileHints } from './scripts/build/compile-hints.js';
import { figureSharedGroup } from './scripts/build/figure-chunks.js';
import { figureSteps } from './scripts/build/figure-steps.js';
import { precompress } from './scripts/build/precompress.js';
import { lessonMarkdown } from './scripts/vite-plugin-lesson-markdown.js';

export default defineConfig(({ mode }) => ({
  // Relative asset URLs: the built folder works from any sub-path.
  base: './',
  // offline() before precompress(), so the service worker and web manifest get their .br/.gz too;
  // compileHints() marks each script for compiling off the page's thread (scripts/build/).
  plugins: [
    lessonMarkdown(),
    svelte(),
    compileHints(),
    offline(mode),
    manifestOutsideDist(),
    precompress(),
  ],
  build: {
    // Read by the size check (.size-limit.js); moved out of dist/ by manifestOutsideDist.
    manifest: true,
    target: 'es2022',
    // All the lesson's CSS in one stylesheet, loaded with the page (10 kB gzip): no figure adds a
    // stylesheet after the first paint. Each added sheet made the browser rebuild its style rules
    // and restyle the page in the middle of building a figure; with one sheet, the worst of five
    // Lighthouse runs on Steps 2, 3, 5 and 6 went from 0.83–0.94 to 0.91–0.97 (builds alternated).
    cssCodeSplit: false,
    // The polyfill is an inline script, which our Content-Security-Policy forbids.
    modulePreload: { polyfill: false },
    rolldownOptions: {
      // Lets the bundler drop the colour schemes the lesson does not draw (colour-scales.js).
      treeshake: { manualPureFunctions: [...COLOUR_SCALE_BUILDERS] },
      // The code figures share in a few files, by the steps that use it (figure-chunks.js).
      output: {
        codeSplitting: {
          groups: [
            figureSharedGroup(
              figureSteps('src/ui/figures/registry.ts', 'content/self-attention/steps'),
            ),
          ],
        },
      },
    },
  },
  resolve: process.env.VITEST ? { conditions: ['browser'] } : {},
  test: {
    environment: 'node',
    // Two cores, two workers (Vitest's default leaves one core idle).
    maxWorkers: 2,
    projects: [
      {
        extends: true,
        test: {
          name: 'components',
          include: ['src/ui/**/*.test.ts'],
          // Unmounts components rendered by @testing-library/svelte after each test.
          setupFiles: ['@testing-library/svelte/vitest'],
        },
      },
      {
        extends: true,
        test: {
          name: 'logic',
          include: [
            'src/**/*.test.ts',
            'content/**/*.test.ts',
            'scripts/**/*.test.ts',
            // The trainer's pure parts (batching, the segment mask); its TensorFlow code is not imported.
            'tools/**/*.test.ts',
          ],
          exclude: [...configDefaults.exclude, 'src/ui/**'],
        },
      },
    ],
  },
}));
