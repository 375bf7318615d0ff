// How the lesson arrives on a phone (what Lighthouse scores): nothing the learner reads jumps as
// figures and the word table arrive (cumulative layout shift), files come compressed, a saved
// theme is in place before the first frame, and the word table is read off the page's thread
// (in a worker) with the same numbers as the engine's.
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatWeight } from '../src/app/numberFormat';
import { THEME_KEY } from '../src/app/theme';
import { lessonSession, waitForFigures } from './browser';
import { tableCells } from './attentionPage';
import { engineWeights } from './engineNumbers';

const open = lessonSession();

const PAGES = ['#/', ...[1, 2, 3, 4, 5, 6, 7].map((n) => `#/step/${n}`)];
/** Lighthouse's phone (a Moto G Power) and a laptop. */
const PHONE = { width: 412, height: 823 };
const LAPTOP = { width: 1280, height: 800 };
const VIEWPORTS = [PHONE, LAPTOP];
/** Lighthouse's "good" limit for cumulative layout shift. */
const MAX_SHIFT = 0.1;

declare global {
  interface Window {
    /** Layout shifts not caused by input since the page began, as the observer saw them. */
    shifts?: { value: number; at: number; moved: string[] }[];
    /** The data-theme the page had when its first frame was drawn. */
    themeAtFirstFrame?: string | null;
    /** performance.now() in the first frame callback that found the lesson's heading. */
    firstFrameWithWords?: number;
  }
}

interface LayoutShift extends PerformanceEntry {
  value: number;
  hadRecentInput: boolean;
  sources: { node: Node | null }[];
}

/** A fresh load of the lesson at `hash` (going to another hash of the open page would not load it). */
async function reload(page: Page, url: string) {
  await page.goto('about:blank');
  await page.goto(url);
  await page.getByRole('heading', { level: 1 }).waitFor();
}

/** Opens the lesson, then loads it afresh at `hash` with the layout-shift observer installed first. */
async function openWatched(hash: string, viewport: { width: number; height: number }) {
  const lesson = await open('', { viewport });
  const { page } = lesson;
  await page.addInitScript(() => {
    window.shifts = [];
    new PerformanceObserver((list) => {
      for (const entry of list.getEntries() as LayoutShift[]) {
        if (entry.hadRecentInput) continue;
        window.shifts?.push({
          value: entry.value,
          at: Math.round(entry.startTime),
          moved: entry.sources.map((s) =>
            s.node instanceof Element
              ? s.node.className || s.node.tagName
              : (s.node?.nodeName ?? 'gone'),
          ),
        });
      }
    }).observe({ type: 'layout-shift', buffered: true });
  });
  await reload(page, lesson.url(hash));
  return lesson;
}

async function shiftsAfterLoad(page: Page) {
  await waitForFigures(page);
  if (await page.locator('.landing-card').count()) {
    await page.locator('.landing-figure .landing-word').first().waitFor();
  }
  // Two frames after the last figure drew, so its own shifts are reported.
  await page.evaluate(
    () =>
      new Promise((resolve) =>
        requestAnimationFrame(() => requestAnimationFrame(() => setTimeout(resolve, 200))),
      ),
  );
  return page.evaluate(() => window.shifts ?? []);
}

describe('layout shift while a page loads', () => {
  for (const viewport of VIEWPORTS) {
    for (const hash of PAGES) {
      it(`stays within ${MAX_SHIFT} at ${viewport.width} px on ${hash}`, async () => {
        const { page } = await openWatched(hash, viewport);
        const shifts = await shiftsAfterLoad(page);
        const total = shifts.reduce((sum, shift) => sum + shift.value, 0);
        // The shifts themselves in the message, so a failure says what moved.
        expect({ total: total <= MAX_SHIFT, shifts }).toEqual({ total: true, shifts });
      });
    }
  }
});

describe('compressed files', () => {
  it('serves the page, its scripts and styles with Brotli', async () => {
    const { page, url } = await open('', { viewport: PHONE });
    const sent: { url: string; encoding: string | undefined; type: string; bytes: number }[] = [];
    page.on('response', (response) => {
      const headers = response.headers();
      const type = headers['content-type'] ?? '';
      if (/javascript|css|html|json/.test(type)) {
        const [url, encoding, bytes] = [
          response.url(),
          headers['content-encoding'],
          headers['content-length'],
        ];
        sent.push({ url, encoding, type, bytes: Number(bytes) });
      }
    });
    await reload(page, url('#/step/5'));
    await waitForFigures(page);
    expect(sent.some((r) => r.type.startsWith('text/html'))).toBe(true);
    expect(sent.some((r) => r.type.includes('javascript'))).toBe(true);
    expect(sent.some((r) => r.type.includes('css'))).toBe(true);
    // Files under the precompressor's lower limit (512 bytes) are sent as they are.
    expect(sent.filter((r) => r.encoding !== 'br' && !(r.bytes < 512))).toEqual([]);
  });
});

describe('a saved theme', () => {
  for (const theme of ['dark', 'light'] as const) {
    it(`is set (${theme}) before the first frame is drawn`, async () => {
      const { page, url } = await open('', { viewport: PHONE });
      await page.addInitScript(
        ([key, saved]) => {
          // about:blank, on the way, has no storage.
          if (location.protocol === 'about:') return;
          localStorage.setItem(key, saved);
          // The first frame's callbacks run just before it is painted.
          requestAnimationFrame(() => {
            window.themeAtFirstFrame = document.documentElement.dataset['theme'] ?? null;
          });
        },
        [THEME_KEY, theme] as const,
      );
      await reload(page, url('#/step/1'));
      expect(await page.evaluate(() => window.themeAtFirstFrame)).toBe(theme);
    });
  }

  it('comes from a classic script in <head>, before any stylesheet or module', () => {
    const html = readFileSync(new URL('../dist/index.html', import.meta.url), 'utf8');
    const head = html.slice(0, html.indexOf('</head>'));
    const themeScript = head.indexOf('<script src="./theme-init.js"></script>');
    expect(themeScript).toBeGreaterThan(0);
    expect(head.indexOf('<link rel="stylesheet"')).toBeGreaterThan(themeScript);
    expect(head.indexOf('<script type="module"')).toBeGreaterThan(themeScript);
  });
});

describe('the first paint', () => {
  for (const hash of ['#/', '#/step/2', '#/step/5']) {
    it(`comes before any figure's code, the word table or the quiz is asked for, on ${hash}`, async () => {
      const { page, url } = await open('', { viewport: PHONE });
      // The time of the first frame callback that finds the lesson's heading: that frame draws it.
      // (The paint timing entries carry the time the frame was shown, which comes later.)
      await page.addInitScript(() => {
        const tick = () => {
          if (document.querySelector('#app h1')) window.firstFrameWithWords = performance.now();
          else requestAnimationFrame(tick);
        };
        requestAnimationFrame(tick);
      });
      await reload(page, url(hash));
      await waitForFigures(page);
      const { frame, files } = await page.evaluate(() => ({
        frame: window.firstFrameWithWords ?? NaN,
        // Every script but the page's own (index-…), which draws the words.
        files: performance
          .getEntriesByType('resource')
          .filter((entry) => /\/assets\/(?!index-)[^/]+\.js$/.test(entry.name))
          .map((entry) => ({
            file: entry.name.replace(/^.*\/assets\//, ''),
            afterFirstFrame: entry.startTime >= (window.firstFrameWithWords ?? Infinity),
          })),
      }));
      expect(frame).toBeGreaterThan(0);
      // A figure's code did load (else the check below would hold for nothing), all after the frame.
      expect(files.length).toBeGreaterThan(0);
      expect(files.filter((file) => !file.afterFirstFrame)).toEqual([]);
    });
  }
});

describe('the word table', () => {
  it('is read in a worker, and Step 5 shows the engine’s weights from it', async () => {
    const { page, url } = await open('', { viewport: LAPTOP });
    // The overview's own figure reads the word table too, after its first paint: listen only
    // once it is drawn, so that the one worker counted is Step 5's, after the reload.
    await waitForFigures(page);
    const workers: string[] = [];
    page.on('worker', (worker) => workers.push(worker.url()));
    await reload(page, url('#/step/5/the-cat-sat-down'));
    await page.locator('[data-attention-figure][data-rendered-sentence]').waitFor();
    expect(workers.filter((w) => /wordTable\.worker-[\w-]+\.js$/.test(w))).toHaveLength(1);
    const expected = engineWeights('The cat sat down').map((row) => row.map(formatWeight));
    expect(await tableCells(page)).toEqual(expected);
  });
});
