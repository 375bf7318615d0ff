/**
 * Time from a changed sentence to the updated Step 5 figure, in Debian's
 * Chromium, for sentences of 12, 64 and 512 tokens, and of 100,000 words (cut to 512).
 *
 * The clock runs inside the page, so Playwright's own round trips are not
 * counted: performance.now(), set the field and fire `input` (what typing
 * does), then wait until the figure says it has rendered that sentence
 * (`data-rendered-sentence`) and the browser has painted the frame.
 *
 * Relies on this contract with the figure: Step 5 has a textbox named
 * "Sentence" and an element `[data-attention-figure]` whose
 * `data-rendered-sentence` equals the sentence it shows: what the box kept, which for the
 * 100,000 words is their first 512 (`keepWithinLimit`). Until the figure
 * exists the part reports "skipped" instead of failing the bench.
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import type { Locator } from 'playwright-core';
import { serveLesson } from '../scripts/serve.js';
import { keepWithinLimit } from '../src/app/sentenceLimit';
import { median, mulberry32 } from './timing';

// 100,000 words: a pasted book, which must cost no more than 512 (the words beyond are never read).
export const BROWSER_SIZES = [12, 64, 512, 100_000] as const;
const RUNS = 7;
const ROOT = fileURLToPath(new URL('..', import.meta.url));
const CHROMIUM = '/usr/bin/chromium';
/** How long to look for the figure before calling the part skipped. */
const FIND_TIMEOUT_MS = 15_000;
/** One update slower than this is an error, not a measurement. */
const UPDATE_TIMEOUT_MS = 30_000;

const WORDS = (
  'the cat sat down on a mat while the dog ran away from a big red ball and ' +
  'a small bird sang in the old tree near the house by the river'
).split(' ');

/** `tokens` common words, in a seeded shuffle so two seeds give two different sentences. */
export function sentence(tokens: number, seed: number): string {
  const random = mulberry32(seed);
  const out: string[] = [];
  while (out.length < tokens) {
    const deck = [...WORDS];
    // Fisher–Yates, so each pass over the word list is a permutation.
    for (let i = deck.length - 1; i > 0; i--) {
      const j = Math.floor(random() * (i + 1));
      [deck[i], deck[j]] = [deck[j] ?? '', deck[i] ?? ''];
    }
    out.push(...deck);
  }
  return out.slice(0, tokens).join(' ');
}

export type BrowserOutcome =
  | { readonly kind: 'skipped' | 'failed'; readonly reason: string }
  | {
      readonly kind: 'measured';
      readonly chromium: string;
      /** dist/ was older than src/ or content/, so the figures may not be today's code. */
      readonly staleBuild: boolean;
      readonly rows: readonly {
        readonly tokens: number;
        readonly times: readonly UpdateTiming[];
      }[];
    };

/** Newest modification time of any file under `dir` (0 if it does not exist). */
function newestMtime(dir: string): number {
  if (!existsSync(dir)) return 0;
  let newest = 0;
  for (const entry of readdirSync(dir, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}

/**
 * Builds the lesson only when dist/ is missing. A dist/ older than its sources
 * is left alone (rebuilding under someone's half-saved edits helps nobody),
 * but named in the skip reason, since it may simply predate the figure.
 */
function ensureBuilt(log: (line: string) => void): { error?: string; stale: boolean } {
  const index = path.join(ROOT, 'dist', 'index.html');
  if (existsSync(index)) {
    const sources = Math.max(
      newestMtime(path.join(ROOT, 'src')),
      newestMtime(path.join(ROOT, 'content')),
    );
    return { stale: statSync(index).mtimeMs < sources };
  }
  log('  dist/ is missing: npm run build');
  const build = spawnSync('npm', ['run', 'build'], { cwd: ROOT, encoding: 'utf8' });
  if (build.status === 0) return { stale: false };
  return { error: `npm run build failed:\n${build.stdout}${build.stderr}`, stale: false };
}

/** One update's milliseconds from the input event. */
export interface UpdateTiming {
  /** Until the figure's DOM says it shows the new sentence (the MutationObserver fired). */
  readonly dom: number;
  /** Until the frame showing it has had its style, layout and paint done on the main thread. */
  readonly painted: number;
}

/**
 * Runs in the page: changes the field and resolves once the figure shows the
 * new sentence and the frame with it has been painted.
 *
 * The change is made at the start of a frame (in a requestAnimationFrame
 * callback, just before the browser renders that frame). Started at a random
 * moment instead, every time would include a random 0–16.7 ms wait for the
 * display's next refresh, which says nothing about the figure; started here,
 * an update that fits in one frame is painted in this very frame, and
 * "within one frame" can be read straight off the time.
 */
function timeUpdate(field: Locator, text: string): Promise<UpdateTiming> {
  const shows = keepWithinLimit(text).text;
  return field.evaluate(
    (element, { text, shows, timeoutMs }) =>
      new Promise<UpdateTiming>((resolve, reject) => {
        const input = element as HTMLInputElement | HTMLTextAreaElement;
        const shown = (): boolean =>
          document
            .querySelector('[data-attention-figure]')
            ?.getAttribute('data-rendered-sentence') === shows;
        // A task posted during a frame's rAF callbacks runs after that frame's style, layout
        // and paint: the moment the frame has been painted.
        const afterPaint = (callback: () => void): void => {
          const channel = new MessageChannel();
          channel.port1.onmessage = callback;
          channel.port2.postMessage(null);
        };
        requestAnimationFrame(() => {
          let dom: number | undefined;
          let firstFramePainted = false;
          let settled = false;
          const finish = (): void => {
            if (settled || dom === undefined) return;
            settled = true;
            clearTimeout(timer);
            resolve({ dom, painted: performance.now() - start });
          };
          const check = (): void => {
            if (dom !== undefined || !shown()) return;
            dom = performance.now() - start;
            observer.disconnect();
            // Shown before this frame rendered: the paint below is the one that shows it.
            // Shown later (the figure deferred its work): wait for the next frame's paint.
            if (firstFramePainted) {
              requestAnimationFrame(() => {
                afterPaint(finish);
              });
            }
          };
          // Watch the whole page: the figure element may be replaced, not just updated.
          const observer = new MutationObserver(check);
          observer.observe(document.body, {
            subtree: true,
            childList: true,
            attributes: true,
            attributeFilter: ['data-rendered-sentence'],
          });
          const timer = setTimeout(() => {
            observer.disconnect();
            settled = true;
            reject(new Error(`the figure did not show the new sentence within ${timeoutMs} ms`));
          }, timeoutMs);
          const start = performance.now();
          input.value = text;
          input.dispatchEvent(new Event('input', { bubbles: true }));
          // The update may already have happened synchronously inside dispatchEvent.
          check();
          afterPaint(() => {
            firstFramePainted = true;
            finish();
          });
        });
      }),
    { text, shows, timeoutMs: UPDATE_TIMEOUT_MS },
  );
}

export async function measureBrowserUpdate(log: (line: string) => void): Promise<BrowserOutcome> {
  if (!existsSync(CHROMIUM)) return { kind: 'skipped', reason: `${CHROMIUM} not found` };
  const build = ensureBuilt(log);
  if (build.error !== undefined) return { kind: 'skipped', reason: build.error };

  const server = await serveLesson({ port: 0 });
  const browser = await chromium.launch({
    executablePath: CHROMIUM,
    args: [
      '--no-sandbox',
      '--disable-background-networking',
      '--disable-component-update',
      '--disable-sync',
      '--disable-gpu',
    ],
  });
  try {
    const page = await browser.newPage();
    // tsx compiles this file with esbuild's keepNames, which wraps the in-page function's inner
    // functions in calls to a `__name` helper that exists only in Node; give the page a no-op one.
    await page.addInitScript({ content: 'globalThis.__name ??= (fn) => fn;' });
    await page.goto(`${server.url}#/step/5`);
    const field = page.getByRole('textbox', { name: 'Sentence' });
    try {
      await field.waitFor({ timeout: FIND_TIMEOUT_MS });
      await page.locator('[data-attention-figure]').first().waitFor({ timeout: FIND_TIMEOUT_MS });
    } catch {
      const hint = build.stale ? ' (dist/ is older than src/: run `npm run build` first)' : '';
      return { kind: 'skipped', reason: `Step 5 figure not found${hint}` };
    }

    const rows: { tokens: number; times: UpdateTiming[] }[] = [];
    for (const tokens of BROWSER_SIZES) {
      // Two different sentences of the same length, alternated so every run is a real change.
      const pair = [sentence(tokens, 2 * tokens), sentence(tokens, 2 * tokens + 1)] as const;
      // Untimed: the first render of each (fonts, JIT, caches).
      await timeUpdate(field, pair[0]);
      await timeUpdate(field, pair[1]);
      const times: UpdateTiming[] = [];
      for (let run = 0; run < RUNS; run++) {
        times.push(await timeUpdate(field, run % 2 === 0 ? pair[0] : pair[1]));
      }
      log(`  ${tokens} tokens: median ${median(times.map((t) => t.painted)).toFixed(1)} ms`);
      rows.push({ tokens, times });
    }
    return { kind: 'measured', chromium: browser.version(), staleBuild: build.stale, rows };
  } finally {
    await browser.close();
    await server.close();
  }
}
