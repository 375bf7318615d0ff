// Browser tests: Playwright drives Debian's Chromium against the built lesson, served from a
// sub-path to prove the folder works wherever it is put.
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['e2e/**/*.e2e.ts'],
    globalSetup: ['e2e/serveBuiltLesson.ts'],
    testTimeout: 60_000,
    hookTimeout: 60_000,
    // Two cores: one browser per file, two files at a time.
    maxWorkers: 2,
  },
});
