// `npm run lighthouse`: installs this folder's own dependencies (Lighthouse 12.2.3, the last
// release that runs on Node 20) when they are missing, builds the lesson if dist/ is missing,
// then audits the landing page and every step (audit.js) and writes results.md beside this file.
// Not part of `npm test`: a Lighthouse run takes minutes and its performance score moves with
// the machine's load.
import { execFileSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';

const here = fileURLToPath(new URL('.', import.meta.url));
const root = fileURLToPath(new URL('../../', import.meta.url));
if (
  !existsSync(`${here}node_modules/lighthouse`) ||
  !existsSync(`${here}node_modules/chrome-launcher`)
) {
  console.error("Installing Lighthouse's dependencies (npm ci --prefix tools/lighthouse)…");
  execFileSync('npm', ['ci', '--prefix', here, '--no-audit', '--no-fund'], { stdio: 'inherit' });
}
if (!existsSync(`${root}dist/index.html`)) {
  console.error('dist/ is missing: npm run build');
  execFileSync('npm', ['run', 'build'], { cwd: root, stdio: 'inherit' });
}

const { auditLesson } = await import('./audit.js');
process.exitCode = await auditLesson();
