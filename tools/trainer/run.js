// `npm run train`: installs the trainer's own dependencies if they are missing, trains the tiny
// transformer (train-model.js), then evaluates the written float16 weights and writes the model
// card and the engine's test fixture (report.js). `--report-only` skips training and only redoes
// the second part from the committed weights.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
if (!existsSync(`${here}node_modules/@tensorflow/tfjs-backend-wasm`)) {
  console.log("Installing the trainer's dependencies (npm ci --prefix tools/trainer)…");
  execFileSync('npm', ['ci', '--prefix', here, '--no-audit', '--no-fund'], { stdio: 'inherit' });
}

if (!process.argv.includes('--report-only')) {
  const { trainModel } = await import('./train-model.js');
  await trainModel();
}
const { writeReport } = await import('./report.js');
await writeReport();
