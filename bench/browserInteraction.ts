/**
 * How Step 5 feels under the hands, in Debian's Chromium: typing into the sentence box while it
 * holds 512 tokens, and stepping the sharpness control at 64 tokens (as dragging its slider does).
 *
 * Typing: real key presses (Playwright's keyboard, 120 ms apart: a quick typist) replace the
 * sentence's last word letter by letter, twice; the page records every main-thread task over
 * 50 ms (PerformanceObserver 'longtask') and each key's event timing (from the key press to the
 * next paint). Goal: no long task at all.
 *
 * Sharpness: one key press on the Sharpness slider per update (or the Sharper/Flatter buttons if
 * the figure has no slider), and the renderer's main-thread work from just before the press to
 * 150 ms after it (Chromium's TaskDuration in thread CPU time, so waiting for the display or for
 * a busy core costs nothing, and work moved to a worker is not counted). The same 150 ms with no key press is measured as
 * the idle baseline. Goal: the median update within one frame at 60 frames a second (16 ms).
 */
import { chromium } from 'playwright-core';
import type { Browser, Page } from 'playwright-core';
import { serveLesson } from '../scripts/serve.js';
import { keepWithinLimit } from '../src/app/sentenceLimit';
import { sentence } from './browserUpdate';
import { BUSY_THRESHOLD_CORES, watchOtherLoad } from './machine';
import { median } from './timing';

const CHROMIUM = '/usr/bin/chromium';
const TYPING_TOKENS = 512;
const DRAG_TOKENS = 64;
const LONG_TASK_MS = 50;
const FRAME_MS = 16;
const KEY_DELAY_MS = 120;
const SHARPNESS_UPDATES = 24;
const SETTLE_MS = 150;
const FIND_TIMEOUT_MS = 15_000;

export interface TypingTiming {
  readonly keystrokes: number;
  /** Every main-thread task over 50 ms while typing, in ms. */
  readonly longTasks: readonly number[];
  /** Per key press, the longest event duration (press to next paint), in ms; 8 ms granularity. */
  readonly keyLatencies: readonly number[];
  /** Main-thread CPU time over the whole typing, divided by the key presses, in ms. */
  readonly cpuPerKey: number;
}

export interface SharpnessTiming {
  readonly control: 'slider' | 'buttons';
  /** Main-thread ms per update, one per key press or click. */
  readonly updates: readonly number[];
  /** Main-thread ms in the same window with nothing pressed. */
  readonly idle: readonly number[];
}

export type InteractionOutcome =
  | { readonly kind: 'skipped' | 'failed'; readonly reason: string }
  | {
      readonly kind: 'measured';
      readonly chromium: string;
      /** Cores other processes kept busy in the 2 s before the browser started (if known). */
      readonly busyBefore: number | undefined;
      readonly typing: TypingTiming;
      readonly sharpness: SharpnessTiming;
    };

// A string, not a function: tsx's keepNames would wrap a function's inner functions in a
// `__name` helper the page does not have.
const OBSERVERS = `
  globalThis.__name ??= (fn) => fn;
  window.__longTasks = [];
  window.__events = [];
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) window.__longTasks.push({ start: e.startTime, duration: e.duration });
  }).observe({ type: 'longtask' });
  new PerformanceObserver((list) => {
    for (const e of list.getEntries()) {
      window.__events.push({ name: e.name, start: e.startTime, duration: e.duration, id: e.interactionId });
    }
  }).observe({ type: 'event', durationThreshold: 16 });
`;

interface Recorded {
  longTasks: { start: number; duration: number }[];
  events: { name: string; start: number; duration: number; id: number }[];
}

async function showSentence(page: Page, text: string): Promise<void> {
  await page.getByRole('textbox', { name: 'Sentence' }).fill(text);
  const shows = keepWithinLimit(text).text;
  await page.waitForFunction(
    (expected) =>
      document.querySelector('[data-attention-figure]')?.getAttribute('data-rendered-sentence') ===
      expected,
    shows,
    { timeout: 30_000 },
  );
}

/**
 * The renderer's main-thread time so far, in ms: Chromium's TaskDuration counted in the thread's
 * own CPU time (threadTicks), so time the thread spends waiting for a busy core is left out and
 * the figure stays close to what a quiet machine shows.
 */
async function mainThreadClock(page: Page): Promise<() => Promise<number>> {
  const cdp = await page.context().newCDPSession(page);
  await cdp.send('Performance.enable', { timeDomain: 'threadTicks' });
  return async () => {
    const { metrics } = await cdp.send('Performance.getMetrics');
    return 1000 * (metrics.find((m) => m.name === 'TaskDuration')?.value ?? NaN);
  };
}

async function measureTyping(page: Page): Promise<TypingTiming> {
  // 511 words and a last one to retype, so every keystroke leaves 511 or 512 tokens.
  const base = `${sentence(TYPING_TOKENS - 1, 4242)} mat`;
  await showSentence(page, base);
  await page.waitForTimeout(1000);
  const since = await page.evaluate(() => performance.now());
  const clock = await mainThreadClock(page);
  const cpuBefore = await clock();
  const field = page.getByRole('textbox', { name: 'Sentence' });
  await field.focus();
  await field.press('End');
  let keystrokes = 0;
  for (const word of ['rug', 'mat']) {
    for (let i = 0; i < 3; i++) {
      await page.keyboard.press('Backspace', { delay: 10 });
      await page.waitForTimeout(KEY_DELAY_MS);
      keystrokes++;
    }
    for (const letter of word) {
      await page.keyboard.press(letter, { delay: 10 });
      await page.waitForTimeout(KEY_DELAY_MS);
      keystrokes++;
    }
  }
  await page.waitForFunction(
    (expected) =>
      document.querySelector('[data-attention-figure]')?.getAttribute('data-rendered-sentence') ===
      expected,
    base,
    { timeout: 30_000 },
  );
  const cpu = (await clock()) - cpuBefore;
  await page.waitForTimeout(1000);
  const recorded = (await page.evaluate(
    '({ longTasks: window.__longTasks, events: window.__events })',
  )) as Recorded;
  const longTasks = recorded.longTasks.filter((t) => t.start >= since).map((t) => t.duration);
  const byKey = new Map<number, number>();
  for (const e of recorded.events) {
    if (e.start < since || e.id === 0) continue;
    byKey.set(e.id, Math.max(byKey.get(e.id) ?? 0, e.duration));
  }
  return { keystrokes, longTasks, keyLatencies: [...byKey.values()], cpuPerKey: cpu / keystrokes };
}

async function measureSharpness(page: Page): Promise<SharpnessTiming> {
  await showSentence(page, sentence(DRAG_TOKENS, 777));
  await page.waitForTimeout(500);
  const clock = await mainThreadClock(page);
  const slider = page.getByRole('slider', { name: /Sharpness/ });
  const control = (await slider.count()) > 0 ? 'slider' : 'buttons';
  const step = async (up: boolean): Promise<void> => {
    // The slider keeps the focus, so a key press goes straight to it, as typing's do: a
    // locator's press would first run Playwright's own role query and actionability checks
    // (about 10 ms of script in the page, per press) inside the measured window.
    if (control === 'slider') await page.keyboard.press(up ? 'ArrowRight' : 'ArrowLeft');
    else await page.getByRole('button', { name: up ? /^Sharper/ : /^Flatter/ }).click();
  };
  const atEnd = async (up: boolean): Promise<boolean> => {
    if (control === 'slider') {
      return slider.evaluate((el, goingUp) => {
        const input = el as HTMLInputElement;
        return goingUp ? input.value === input.max : input.value === input.min;
      }, up);
    }
    return !(await page.getByRole('button', { name: up ? /^Sharper/ : /^Flatter/ }).isEnabled());
  };
  if (control === 'slider') await slider.focus();
  const updates: number[] = [];
  const idle: number[] = [];
  let up = true;
  for (let i = 0; i < SHARPNESS_UPDATES; i++) {
    if (await atEnd(up)) up = !up;
    let before = await clock();
    await step(up);
    await page.waitForTimeout(SETTLE_MS);
    updates.push((await clock()) - before);
    before = await clock();
    await page.waitForTimeout(SETTLE_MS);
    idle.push((await clock()) - before);
  }
  return { control, updates, idle };
}

export async function measureInteraction(log: (line: string) => void): Promise<InteractionOutcome> {
  // The browser's own processes would count as "other" load once it runs, so the machine is
  // sampled just before: a busy neighbour makes every figure here several times longer.
  const otherLoad = watchOtherLoad();
  await new Promise((resolve) => setTimeout(resolve, 2000));
  const busyBefore = otherLoad();
  const server = await serveLesson({ port: 0 });
  let browser: Browser | undefined;
  try {
    browser = await chromium.launch({
      executablePath: CHROMIUM,
      args: [
        '--no-sandbox',
        '--disable-background-networking',
        '--disable-component-update',
        '--disable-sync',
        '--disable-gpu',
      ],
    });
    const page = await browser.newPage({ viewport: { width: 1280, height: 800 } });
    await page.addInitScript({ content: OBSERVERS });
    await page.goto(`${server.url}#/step/5`);
    try {
      await page.getByRole('textbox', { name: 'Sentence' }).waitFor({ timeout: FIND_TIMEOUT_MS });
      await page
        .locator('[data-attention-figure][data-rendered-sentence]')
        .waitFor({ timeout: FIND_TIMEOUT_MS });
    } catch {
      return { kind: 'skipped', reason: 'Step 5 figure not found' };
    }
    const typing = await measureTyping(page);
    log(
      `  typing at ${TYPING_TOKENS} tokens: ${typing.longTasks.length} long tasks, longest ` +
        `${Math.max(0, ...typing.longTasks).toFixed(0)} ms`,
    );
    const sharpness = await measureSharpness(page);
    log(`  sharpness at ${DRAG_TOKENS} tokens: median ${median(sharpness.updates).toFixed(1)} ms`);
    return { kind: 'measured', chromium: browser.version(), busyBefore, typing, sharpness };
  } finally {
    await browser?.close();
    await server.close();
  }
}

const verdict = (met: boolean): string => (met ? 'met' : 'NOT MET');

export function interactionSection(outcome: InteractionOutcome): string[] {
  const lines = ['## Browser: typing and sharpness in Step 5', ''];
  if (outcome.kind !== 'measured') {
    lines.push(`${outcome.kind}: ${outcome.reason}`);
    return lines;
  }
  const { typing, sharpness } = outcome;
  const longest = Math.max(0, ...typing.longTasks);
  const over = typing.longTasks.filter((t) => t > LONG_TASK_MS).length;
  const latencies = typing.keyLatencies;
  const work = median(sharpness.updates);
  lines.push(
    `Chromium ${outcome.chromium} (headless). **Typing**: the sentence box holds ` +
      `${TYPING_TOKENS} tokens; ${typing.keystrokes} real key presses, ${KEY_DELAY_MS} ms apart, ` +
      'delete its last word and type another, twice. Long tasks are main-thread tasks over ' +
      `${LONG_TASK_MS} ms (PerformanceObserver 'longtask'); key latency is each press's event ` +
      'timing, from the press to the next paint (in steps of 8 ms). **Sharpness**: ' +
      `${sharpness.updates.length} steps of the ${sharpness.control === 'slider' ? 'Sharpness slider by its arrow keys' : 'Sharper and Flatter buttons'} ` +
      `at ${DRAG_TOKENS} tokens (the heatmap), each measured as the renderer's main-thread work ` +
      `from just before the press to ${SETTLE_MS} ms after it; the idle line is the same window ` +
      "with nothing pressed. Main-thread work is Chromium's TaskDuration in the thread's own CPU " +
      'time, so it hardly moves when other processes share the cores; long tasks and key ' +
      'latency are wall-clock times and grow with the load.' +
      (outcome.busyBefore === undefined
        ? ''
        : ` Other processes kept ${outcome.busyBefore.toFixed(2)} cores busy in the 2 s before ` +
          'the browser started.'),
    ...(outcome.busyBefore !== undefined && outcome.busyBefore > BUSY_THRESHOLD_CORES
      ? [
          '',
          '**Warning: the machine was busy with other work; these times are longer than on a ' +
            'quiet machine. Rerun before trusting them.**',
        ]
      : []),
    '',
    '| measure | value |',
    '| --- | ---: |',
    `| typing at ${TYPING_TOKENS} tokens: long tasks (over ${LONG_TASK_MS} ms) | ${over} in ${typing.keystrokes} key presses |`,
    `| typing: longest main-thread task | ${longest.toFixed(0)} ms |`,
    `| typing: main-thread work per key press, mean | ${typing.cpuPerKey.toFixed(0)} ms |`,
    `| typing: key latency, median / longest | ${latencies.length > 0 ? `${median(latencies).toFixed(0)} / ${Math.max(...latencies).toFixed(0)} ms` : 'every press under 16 ms'} |`,
    `| sharpness at ${DRAG_TOKENS} tokens: main-thread work per update, median | ${work.toFixed(1)} ms |`,
    `| sharpness: fastest–slowest update | ${Math.min(...sharpness.updates).toFixed(1)}–${Math.max(...sharpness.updates).toFixed(1)} ms |`,
    `| idle, same window, median | ${median(sharpness.idle).toFixed(1)} ms |`,
    '',
    `**Goal: no long task over ${LONG_TASK_MS} ms while typing at ${TYPING_TOKENS} tokens: ` +
      `${verdict(over === 0)} (${over} of them, the longest ${longest.toFixed(0)} ms).**`,
    '',
    `**Goal: sharpness dragging at ${DRAG_TOKENS} tokens at 60 frames a second, the median ` +
      `main-thread work per update ≤ ${FRAME_MS} ms: ${verdict(work <= FRAME_MS)} ` +
      `(${work.toFixed(1)} ms).**`,
  );
  return lines;
}
