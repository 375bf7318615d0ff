// `npm run bench`: the project's speed measurements (see bench/main.ts for what is measured).
//
// The benchmark's dependencies (TensorFlow.js, onnxruntime-web, tsx: several hundred MB) live
// in bench/package.json so that the main `npm ci && npm test` never installs them. This script
// installs them on first use, or again when bench/package-lock.json has changed since, and then
// runs the TypeScript with bench's own tsx.
import { spawnSync } from 'node:child_process';
import { existsSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const BENCH = fileURLToPath(new URL('.', import.meta.url));
const ROOT = path.dirname(BENCH);
const LOCK = path.join(BENCH, 'package-lock.json');
// npm writes this file on every install: it is our record of what node_modules holds.
const INSTALLED = path.join(BENCH, 'node_modules', '.package-lock.json');

/**
 * Runs a command with inherited output and exits with its code if it fails.
 * @param {string} command
 * @param {string[]} args
 * @param {string} cwd
 */
function run(command, args, cwd) {
  const result = spawnSync(command, args, { cwd, stdio: 'inherit' });
  if (result.error) throw result.error;
  if (result.status !== 0) process.exit(result.status ?? 1);
}

if (!existsSync(INSTALLED) || statSync(LOCK).mtimeMs > statSync(INSTALLED).mtimeMs) {
  console.error('Installing the benchmark dependencies (npm ci --prefix bench)…');
  const started = Date.now();
  run('npm', ['ci', '--prefix', 'bench', '--no-audit', '--no-fund'], ROOT);
  console.error(`Installed in ${((Date.now() - started) / 1000).toFixed(1)} s.`);
}

// Only tsx's ESM loader, not its CLI: the CLI also hooks require(), and compiling CommonJS
// packages (TensorFlow.js, Playwright) through it detaches an ArrayBuffer in this thread, after
// which V8 drops a fast path for every typed-array access and both the engine and tfjs-cpu run
// about 25% slower than in a browser. The ESM hooks run on their own thread and leave it alone.
const tsxEsm = import.meta.resolve('tsx/esm');
run(process.execPath, ['--import', tsxEsm, path.join(BENCH, 'main.ts')], ROOT);
