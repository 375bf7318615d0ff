import js from '@eslint/js';
import svelte from 'eslint-plugin-svelte';
import globals from 'globals';
import tseslint from 'typescript-eslint';
import { defineConfig } from 'eslint/config';
import svelteConfig from './svelte.config.js';

export default defineConfig(
  {
    ignores: [
      'dist',
      'dist-cli',
      'dist-scorm',
      'dist-package',
      'node_modules',
      'coverage',
      'tools/*/node_modules',
      'bench/node_modules',
      'public',
    ],
  },
  js.configs.recommended,
  ...tseslint.configs.strictTypeChecked,
  ...svelte.configs.recommended,
  {
    languageOptions: {
      globals: { ...globals.browser, ...globals.node },
      parserOptions: {
        projectService: true,
        extraFileExtensions: ['.svelte'],
        tsconfigRootDir: import.meta.dirname,
      },
    },
  },
  {
    files: ['**/*.svelte', '**/*.svelte.ts'],
    languageOptions: {
      parserOptions: { parser: tseslint.parser, svelteConfig },
    },
  },
  {
    rules: {
      '@typescript-eslint/restrict-template-expressions': ['error', { allowNumber: true }],
    },
  },
  {
    // The trainer imports TensorFlow.js, which is installed only in tools/trainer/node_modules
    // (by `npm run train`), so its files are linted without type information here; with its
    // dependencies installed, `npx tsc -p tools/trainer` type-checks it.
    files: ['tools/**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
  {
    // Likewise the benchmarks: their comparison libraries live in bench/node_modules, installed
    // by `npm run bench`; `npx tsc -p bench` type-checks them once installed.
    files: ['bench/**/*.ts', 'bench/**/*.js'],
    extends: [tseslint.configs.disableTypeChecked],
  },
);
