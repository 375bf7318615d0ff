// `npm run screenshots`: the overview and every step at 1280×800 and 390×844, in the light and
// dark themes, as PNG files in docs/screens/ with an index (docs/screens/README.md), so a review
// sees what the page looks like without running it. Builds dist/ first when it is missing or
// older than its sources.
//
// The files are committed, so they must change only when the page does: each shot gets a fresh
// browser context (nothing saved from an earlier shot), reduced motion (end states, no
// half-finished transition), a fixed seed for the quiz's shuffle, a hidden caret, a pinned locale and time zone, and no timestamp
// anywhere. Shots are one screen tall by default, which is what a learner sees first and keeps
// the committed files small; `--full` takes whole pages instead (several MB in all).
import { spawnSync } from 'node:child_process';
import { existsSync, mkdirSync, readdirSync, rmSync, statSync, writeFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { serveLesson } from '../serve.js';
import { newestMtime, SCREENS, THEMES, VIEWS, shotName, indexMarkdown } from './shots.js';

const ROOT = fileURLToPath(new URL('../../', import.meta.url));
const OUT = path.join(ROOT, 'docs', 'screens');
const CHROMIUM = process.env.CHROME_PATH ?? '/usr/bin/chromium';
const fullPage = process.argv.includes('--full');

function buildIfNeeded() {
  const index = path.join(ROOT, 'dist', 'index.html');
  const sources = Math.max(
    ...['src', 'content', 'public', 'index.html'].map((p) => newestMtime(path.join(ROOT, p))),
  );
  if (existsSync(index) && statSync(index).mtimeMs >= sources) return;
  console.error('dist/ is missing or older than its sources: npm run build');
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, stdio: 'inherit' });
  if (build.status !== 0) process.exit(build.status ?? 1);
}

/**
 * Opens a view and waits until it has settled: its figures loaded, Step 5's sentence drawn, the
 * fonts ready and two frames rendered.
 * @param {import('playwright-core').Page} page
 * @param {string} url
 */
async function openView(page, url) {
  await page.goto(url);
  await page.waitForLoadState('networkidle');
  await page.locator('.route:not([hidden]) h2').first().waitFor();
  await page.waitForFunction(() => {
    const open = document.querySelector('.route:not([hidden])');
    return (
      open !== null &&
      open.querySelector('.figure-loading') === null &&
      !open.textContent.includes('Loading the corpus word list') &&
      (open.querySelector('[data-attention-figure]') === null ||
        open.querySelector('[data-attention-figure][data-rendered-sentence]') !== null)
    );
  });
  await page.evaluate(async () => {
    await document.fonts.ready;
    await new Promise((resolve) => {
      requestAnimationFrame(() => requestAnimationFrame(resolve));
    });
  });
}

async function main() {
  buildIfNeeded();
  mkdirSync(OUT, { recursive: true });
  // Shots from an earlier run whose view or size no longer exists would mislead a review.
  for (const name of readdirSync(OUT)) if (name.endsWith('.png')) rmSync(path.join(OUT, name));

  const server = await serveLesson({ port: 0 });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: ['--no-sandbox', '--disable-background-networking', '--disable-component-update'],
  });
  let bytes = 0;
  try {
    for (const view of VIEWS) {
      for (const screen of SCREENS) {
        for (const theme of THEMES) {
          const context = await browser.newContext({
            viewport: screen,
            colorScheme: theme,
            reducedMotion: 'reduce',
            locale: 'en-GB',
            timezoneId: 'UTC',
          });
          // The quiz shuffles its choices from a random seed per learner: a fixed one here, so
          // Step 7 looks the same on every run.
          await context.addInitScript(() => {
            let state = 1;
            crypto.getRandomValues = (array) => {
              if (array instanceof Uint32Array) {
                for (let i = 0; i < array.length; i++)
                  array[i] = state = (state * 48271) % 2147483647;
              }
              return array;
            };
          });
          const page = await context.newPage();
          await openView(page, `${server.url}${view.hash}`);
          const file = path.join(OUT, shotName(view, screen, theme));
          const png = await page.screenshot({
            path: file,
            fullPage,
            animations: 'disabled',
            caret: 'hide',
          });
          bytes += png.length;
          console.error(`${path.relative(ROOT, file)} (${(png.length / 1024).toFixed(0)} kB)`);
          await context.close();
        }
      }
    }
  } finally {
    await browser.close();
    await server.close();
  }
  writeFileSync(path.join(OUT, 'README.md'), indexMarkdown(fullPage));
  console.error(
    `${VIEWS.length * SCREENS.length * THEMES.length} screenshots, ${(bytes / 1024 / 1024).toFixed(2)} MB, in docs/screens/`,
  );
}

await main();
