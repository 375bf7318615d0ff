// Offline after one visit (the service worker built by scripts/build/offline.js), an update that
// arrives whole with its quiet notice, and the message shown when dist/index.html is opened from
// disk. Other test files block service workers (e2e/browser.ts); these tests allow them.
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { createServer } from 'node:http';
import { tmpdir } from 'node:os';
import { extname, join } from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { formatWeight } from '../src/app/numberFormat';
import { updateMessages } from '../src/app/messages';
import { TRAINED_MODEL_CACHE_PREFIX } from '../src/app/offline/offlineNames.js';
import { trainedModelCache } from '../scripts/build/offline.js';
import { tableCells } from './attentionPage';
import {
  expectNoAxeViolations,
  launchBrowser,
  lessonSession,
  waitForFigures,
  type ContextOptions,
} from './browser';
import { engineWeights } from './engineNumbers';
import { STEP_TITLES, titleOf } from './lessonShell';

const DIST = fileURLToPath(new URL('../dist/', import.meta.url));
const WITH_WORKER: ContextOptions = { serviceWorkers: 'allow' };

const open = lessonSession();

/** Waits until the service worker has installed (precached) and controls the page. */
const waitForWorker = (page: Page) =>
  page.waitForFunction(() => navigator.serviceWorker.controller !== null, undefined, {
    timeout: 30_000,
  });

/** The open step's figures have drawn: none is loading or failed, and there is at least one. */
async function expectFiguresDrawn(page: Page) {
  await waitForFigures(page);
  const open = page.locator('.route:not([hidden])');
  expect(await open.locator('.figure-card').count()).toBeGreaterThan(0);
  expect(await open.getByRole('alert').count()).toBe(0);
}

const trainedModelHeads = (page: Page) => page.getByRole('group', { name: /Every layer and head/ });

describe('offline after one visit', () => {
  it('precaches the lesson, caches the trained model once opened, and works with no network', async () => {
    const { page, context, url } = await open('#/step/5', WITH_WORKER);
    await waitForWorker(page);
    // The web app manifest that makes it installable: read by Chromium without an error. (Its
    // installability check itself refuses a private window, which every test context is.)
    const cdp = await context.newCDPSession(page);
    const manifest = (await cdp.send('Page.getAppManifest')) as {
      url: string;
      errors: { message: string }[];
    };
    expect(manifest.url).toBe(url('manifest.webmanifest'));
    expect(manifest.errors).toEqual([]);

    // The trained model is not precached: it is cached when the learner first opens it.
    await page.getByRole('radio', { name: 'a trained model' }).check();
    await trainedModelHeads(page).waitFor();
    const modelCache = trainedModelCache();
    await expect.poll(() => page.evaluate(() => caches.keys())).toContain(modelCache);

    await context.setOffline(true);
    // Everything after this comes from the worker's caches, not the browser's HTTP cache.
    const answered: { url: string; byWorker: boolean }[] = [];
    page.on('response', (response) => {
      answered.push({ url: response.url(), byWorker: response.fromServiceWorker() });
    });
    await page.goto(url('#/step/1'));
    await page.reload();
    for (const [i, title] of STEP_TITLES.entries()) {
      await page.goto(url(`#/step/${String(i + 1)}`));
      await page.getByRole('heading', { level: 2, name: title, exact: true }).waitFor();
      await expectFiguresDrawn(page);
    }
    await page.goto(url('#/step/5'));
    await expectFiguresDrawn(page);
    // The numbers are the engine's, offline as online.
    expect(await tableCells(page)).toEqual(
      engineWeights('The cat sat down').map((row) => row.map(formatWeight)),
    );
    await page.getByRole('radio', { name: 'a trained model' }).check();
    await trainedModelHeads(page).waitFor();
    expect(await page.getByRole('alert').count()).toBe(0);
    expect(answered.length).toBeGreaterThan(10);
    expect(answered.filter((r) => !r.byWorker)).toEqual([]);
    expect(answered.map((r) => r.url)).toContain(url('models/brown-tiny/weights.bin'));
  });
});

/**
 * A plain server for one folder at a time, read on each request (no cache), so a test can swap
 * in a new build at the same address, as a site does when it is updated.
 */
async function swappableServer(basePath: string) {
  let root = DIST;
  const types: Record<string, string> = {
    '.html': 'text/html; charset=utf-8',
    '.js': 'text/javascript',
    '.css': 'text/css',
    '.json': 'application/json',
    '.webmanifest': 'application/manifest+json',
    '.svg': 'image/svg+xml',
  };
  const server = createServer((request, response) => {
    const path = new URL(request.url ?? '/', 'http://x').pathname;
    const file = path.slice(basePath.length) || 'index.html';
    try {
      const body = readFileSync(join(root, file));
      response
        .writeHead(200, {
          'content-type': types[extname(file)] ?? 'application/octet-stream',
          'cache-control': 'no-cache',
        })
        .end(body);
    } catch {
      response.writeHead(404).end();
    }
  });
  await new Promise<void>((resolve) => server.listen(0, '127.0.0.1', resolve));
  const address = server.address();
  const port = typeof address === 'object' && address ? address.port : 0;
  return {
    url: `http://127.0.0.1:${String(port)}${basePath}`,
    serve: (folder: string) => {
      root = folder;
    },
    close: () => new Promise((resolve) => server.close(resolve)),
  };
}

describe('an update, and a page opened from disk', () => {
  let browser: Browser | undefined;
  const temporary = mkdtempSync(join(tmpdir(), 'lesson-update-'));
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
    rmSync(temporary, { recursive: true, force: true });
  });

  it('waits for the learner, then reloads into the whole new version', async () => {
    if (!browser) throw new Error('no browser');
    // The next version: a changed index.html, and the worker's precache list revised to match.
    const next = join(temporary, 'next');
    cpSync(DIST, next, { recursive: true });
    const marker = '<meta name="lesson-version" content="next" />';
    const html = readFileSync(join(next, 'index.html'), 'utf8');
    writeFileSync(join(next, 'index.html'), html.replace('<title>', `${marker}<title>`));
    const sw = readFileSync(join(next, 'sw.js'), 'utf8');
    const revised = sw.replace(/(\{url:"index\.html",revision:")[0-9a-f]+"/, '$1next"');
    expect(revised).not.toBe(sw);
    writeFileSync(join(next, 'sw.js'), revised);

    const server = await swappableServer('/lesson/');
    const context = await browser.newContext({ locale: 'en-GB', ...WITH_WORKER });
    try {
      const page = await context.newPage();
      const errors: string[] = [];
      page.on('console', (m) => {
        if (m.type() === 'error') errors.push(m.text());
      });
      page.on('pageerror', (e) => errors.push(e.message));
      await page.goto(`${server.url}#/step/1`);
      await waitForWorker(page);
      const version = () =>
        page.evaluate(() => document.querySelector('meta[name="lesson-version"]') !== null);

      // A model cache of an earlier build, which the new version must not leave behind.
      const earlierModel = `${TRAINED_MODEL_CACHE_PREFIX}earlier`;
      await page.evaluate((name) => caches.open(name), earlierModel);

      server.serve(next);
      await page.evaluate(async () => {
        await (await navigator.serviceWorker.getRegistration())?.update();
      });
      const notice = page.getByRole('status').filter({ hasText: updateMessages.ready });
      await notice.waitFor({ timeout: 30_000 });
      // Until the learner reloads, the page stays wholly the old version.
      expect(await version()).toBe(false);
      await expectNoAxeViolations(page, '.notice');
      await Promise.all([
        page.waitForEvent('load'),
        notice.getByRole('button', { name: updateMessages.reload }).click(),
      ]);
      await page.getByRole('heading', { level: 2, name: titleOf(1) }).waitFor();
      expect(await version()).toBe(true);
      expect(await page.getByText(updateMessages.ready).count()).toBe(0);
      // The new version forgets the earlier model once it registers, after the page settles.
      await expect
        .poll(() => page.evaluate(() => caches.keys()), { timeout: 15_000 })
        .not.toContain(earlierModel);
      await expectFiguresDrawn(page);
      expect(errors).toEqual([]);
    } finally {
      await context.close();
      await server.close();
    }
  });

  it('shows no "opened from disk" message when served, before or after the scripts run', async () => {
    if (!browser) throw new Error('no browser');
    const context = await browser.newContext({ javaScriptEnabled: false });
    try {
      const page = await context.newPage();
      await page.goto(inject('lessonUrl'));
      expect(await page.locator('#opened-from-disk').isVisible()).toBe(false);
      expect(await page.getByText(/needs JavaScript to run/).isVisible()).toBe(true);
    } finally {
      await context.close();
    }
    // With scripts: hidden in the first frame drawn (no flash), and gone once the lesson runs.
    const withScripts = await browser.newContext();
    try {
      const page = await withScripts.newPage();
      await page.addInitScript(() => {
        requestAnimationFrame(() => {
          const message = document.getElementById('opened-from-disk');
          document.documentElement.dataset.messageAtFirstFrame = message
            ? getComputedStyle(message).display
            : 'not parsed yet';
        });
      });
      await page.goto(inject('lessonUrl'));
      await page.getByRole('heading', { level: 1 }).waitFor();
      const atFirstFrame = await page.evaluate(
        () => document.documentElement.dataset.messageAtFirstFrame,
      );
      expect(['none', 'not parsed yet']).toContain(atFirstFrame);
      expect(await page.locator('#opened-from-disk').count()).toBe(0);
    } finally {
      await withScripts.close();
    }
  });

  it('opened from disk, says how to open the lesson instead of showing a blank page', async () => {
    if (!browser) throw new Error('no browser');
    const context = await browser.newContext({ locale: 'en-GB' });
    try {
      const page = await context.newPage();
      await page.goto(pathToFileURL(join(DIST, 'index.html')).href);
      const message = page.locator('#opened-from-disk');
      expect(await message.isVisible()).toBe(true);
      expect(await message.getByRole('heading', { level: 1 }).textContent()).toBe(
        'Self-Attention: The Core Mechanism',
      );
      // The README's one command to serve the lesson.
      const readme = readFileSync(new URL('../README.md', import.meta.url), 'utf8');
      const command = /Serve the lesson locally[^`]*```sh\n(.+)\n```/.exec(readme)?.[1];
      expect(command).toBeDefined();
      expect(await message.locator('code').allTextContents()).toContain(command);
      await expectNoAxeViolations(page);
    } finally {
      await context.close();
    }
  });
});
