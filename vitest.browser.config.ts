// Browser tests: Playwright drives Debian's Chromium against the built lesson, served from a
// sub-path to prove the folder works wherever it is put.
import { defineConfig } from 'vitest/config';

/** Files that measure the page's own timing: run after the others, alone, so that another
 * browser test on the other core does not stretch the tasks they measure. */
const TIMED = ['e2e/experiment.e2e.ts'];

export default defineConfig({
  test: {
    globalSetup: ['e2e/serveBuiltLesson.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    projects: [
      {
        extends: true,
        test: {
          name: 'browser',
          include: ['e2e/**/*.e2e.ts'],
          exclude: TIMED,
          // Two cores: one browser per file, two files at a time.
          maxWorkers: 2,
          sequence: { groupOrder: 0 },
        },
      },
      {
        extends: true,
        test: {
          name: 'timed',
          include: TIMED,
          maxWorkers: 1,
          sequence: { groupOrder: 1 },
        },
      },
    ],
  },
});
