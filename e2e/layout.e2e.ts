// The layout targets of the redesign, on every view at four widths and in both themes: the page
// never scrolls sideways, no caption scrolls away inside a scrolling region, Step 5's matrix
// starts within the first screen at 1280×800, nothing moves under reduced motion, each step's
// always-visible prose stays short, and axe finds nothing with the "Go deeper" disclosures
// closed or open. One page is reused for all views (the lesson is one document with hash
// routes), and each failure names the view, width and theme with how far it is off.
import type { Browser, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import {
  axeViolations,
  launchBrowser,
  openLesson,
  THEMES,
  waitForFigures,
  type LessonPage,
} from './browser';
import {
  animationFramesDuring,
  captionsInScrollRegions,
  countAnimationFrames,
  measureOverflow,
  motionNow,
  twoFrames,
  visibleProseWords,
} from './layoutProbes';

const STEPS = [1, 2, 3, 4, 5, 6, 7] as const;
const VIEWS = [
  { name: 'the overview', hash: '#/' },
  ...STEPS.map((n) => ({ name: `Step ${n}`, hash: `#/step/${n}` })),
];
/** A small phone, a common phone, a tablet, a laptop; heights as on such screens. */
const SCREENS = [
  { width: 320, height: 640 },
  { width: 390, height: 844 },
  { width: 768, height: 1024 },
  { width: 1280, height: 800 },
] as const;
const FIRST_SCREEN = { width: 1280, height: 800 } as const;
const PROSE_WORD_LIMIT = 350;
/** Step 5's matrix: the table for short sentences, the heatmap canvas for long ones. */
const MATRIX = 'table.attention-table, [data-attention-figure] canvas';

let browser: Browser | undefined;
let lesson: LessonPage | undefined;
const proseWords = new Map<number, number>();

beforeAll(async () => {
  browser = await launchBrowser();
  lesson = await openLesson(browser, '#/', { viewport: FIRST_SCREEN });
});

afterAll(async () => {
  if (proseWords.size > 0) {
    // The closing note of the redesign lists the words per step: print them with the run.
    console.log(
      `Always-visible words of prose: ${[...proseWords].map(([n, w]) => `Step ${n} ${w}`).join(', ')}`,
    );
  }
  await browser?.close();
});

function opened(): LessonPage {
  if (!lesson) throw new Error('the lesson page is not open yet');
  return lesson;
}

/**
 * Waits until the app has acted on a hash change: the window's title names the step ("Step N of
 * 7: …"), or no step for the overview. Until then the previous view is still the open route.
 */
async function routeShown(page: Page, hash: string): Promise<void> {
  const step = /^#\/step\/(\d+)/.exec(hash)?.[1] ?? null;
  await page.waitForFunction(
    (n) =>
      n === null ? !document.title.startsWith('Step ') : document.title.startsWith(`Step ${n} of`),
    step,
  );
}

/** Shows a view in the shared page (a hash change, no reload) once its figures have loaded. */
async function show(page: Page, hash: string): Promise<void> {
  await page.goto(opened().url(hash));
  await routeShown(page, hash);
  await waitForFigures(page);
  if (hash === '#/step/5')
    await page.locator('[data-attention-figure][data-rendered-sentence]').waitFor();
  await twoFrames(page);
}

/** Plot legend keys drawn narrower than their SVG's width (squeezed by their words). */
const squeezedLegendKeys = (page: Page) =>
  page.locator('.route:not([hidden]) .plot-legend li').evaluateAll((items) =>
    items.flatMap((item) => {
      const key = item.querySelector('svg');
      if (!key) return [];
      const drawn = key.getBoundingClientRect().width;
      const meant = key.width.baseVal.value;
      return drawn < meant - 0.5
        ? [
            `the legend key of “${item.textContent.trim()}” is ${drawn.toFixed(1)} px of ${meant} px`,
          ]
        : [];
    }),
  );

describe('every view at 320, 390, 768 and 1280 px in both themes', () => {
  for (const view of VIEWS) {
    it(`${view.name}: no sideways scrolling, no caption inside a scrolling region, no squeezed legend key`, async () => {
      const { page } = opened();
      await show(page, view.hash);
      const problems: string[] = [];
      for (const screen of SCREENS) {
        await page.setViewportSize(screen);
        for (const colorScheme of THEMES) {
          await page.emulateMedia({ colorScheme });
          await twoFrames(page);
          const where = `${view.name} at ${screen.width} px, ${colorScheme}`;
          const overflow = await measureOverflow(page);
          if (overflow.scrollWidth > screen.width) {
            problems.push(
              `${where}: page is ${overflow.scrollWidth} px wide (+${overflow.scrollWidth - screen.width} px) because of ${overflow.culprits.join(', ')}`,
            );
          }
          // Where a caption sits does not depend on the colours: checked in the first theme.
          if (colorScheme !== THEMES[0]) continue;
          for (const caption of await captionsInScrollRegions(page)) {
            problems.push(`${view.name} at ${screen.width} px: ${caption}`);
          }
          // A plot legend's key keeps its drawn width when its words wrap.
          for (const key of await squeezedLegendKeys(page)) {
            problems.push(`${view.name} at ${screen.width} px: ${key}`);
          }
        }
      }
      await page.setViewportSize(FIRST_SCREEN);
      expect(problems).toEqual([]);
    });
  }
});

describe('the quiz on a phone', () => {
  it('no question makes the page scroll sideways at 320 or 390 px', async () => {
    const { page } = opened();
    await page.emulateMedia({ colorScheme: THEMES[0] });
    await show(page, '#/step/7');
    const next = page.getByRole('button', { name: /^Next question/ });
    const problems: string[] = [];
    // The quiz has 17 questions; the bound only stops a Next button that never turns off.
    for (let question = 1; question <= 40; question++) {
      for (const screen of SCREENS.slice(0, 2)) {
        await page.setViewportSize(screen);
        await twoFrames(page);
        const overflow = await measureOverflow(page);
        if (overflow.scrollWidth > screen.width) {
          problems.push(
            `question ${question} at ${screen.width} px: page is ${overflow.scrollWidth} px wide (+${overflow.scrollWidth - screen.width} px) because of ${overflow.culprits.join(', ')}`,
          );
        }
      }
      if (!(await next.isVisible()) || !(await next.isEnabled())) break;
      await next.click();
    }
    await page.setViewportSize(FIRST_SCREEN);
    expect(problems).toEqual([]);
  });
});

describe('Step 5 at 1280×800', () => {
  for (const colorScheme of THEMES) {
    it(`shows the top of the matrix within the first 800 px (${colorScheme})`, async () => {
      const { page } = opened();
      await page.setViewportSize(FIRST_SCREEN);
      await page.emulateMedia({ colorScheme });
      await show(page, '#/step/5');
      const matrix = page.locator(MATRIX).first();
      await matrix.waitFor();
      const top = await matrix.evaluate((el) => el.getBoundingClientRect().top + window.scrollY);
      expect(top, `the matrix starts ${Math.round(top)} px from the page top`).toBeLessThan(
        FIRST_SCREEN.height,
      );
    });
  }
});

describe('prose', () => {
  for (const n of STEPS) {
    it(`Step ${n} shows at most ${PROSE_WORD_LIMIT} words of prose before any disclosure is opened`, async () => {
      const { page } = opened();
      await show(page, `#/step/${n}`);
      const words = await visibleProseWords(page);
      proseWords.set(n, words);
      expect(words, `Step ${n}: ${words} always-visible words`).toBeLessThanOrEqual(
        PROSE_WORD_LIMIT,
      );
    });
  }
});

describe('axe, with the "Go deeper" disclosures closed and open', () => {
  for (const colorScheme of THEMES) {
    for (const view of VIEWS) {
      it(`${view.name} (${colorScheme})`, async () => {
        const { page } = opened();
        await page.setViewportSize(FIRST_SCREEN);
        await page.emulateMedia({ colorScheme });
        await show(page, view.hash);
        const found = (await axeViolations(page)).map((v) => `closed: ${v}`);
        const disclosures = page.locator('.route:not([hidden]) details.go-deeper');
        if ((await disclosures.count()) > 0) {
          await disclosures.evaluateAll((all) => {
            for (const d of all) (d as HTMLDetailsElement).open = true;
          });
          await twoFrames(page);
          // Only the disclosures changed, so only they need checking again.
          found.push(
            ...(await axeViolations(page, '.route:not([hidden]) details.go-deeper')).map(
              (v) => `open: ${v}`,
            ),
          );
          await disclosures.evaluateAll((all) => {
            for (const d of all) (d as HTMLDetailsElement).open = false;
          });
        }
        expect(found).toEqual([]);
      }, 120_000);
    }
  }
});

describe('under reduced motion', () => {
  /** After an interaction: nothing runs now, and no script keeps drawing frames. */
  async function stillAfter(page: Page, what: string, problems: string[]): Promise<void> {
    await twoFrames(page);
    const { running, durations } = await motionNow(page);
    if (running.length > 0) problems.push(`${what}: running ${running.join('; ')}`);
    if (durations.length > 0) problems.push(`${what}: durations ${durations.join('; ')}`);
    // Give a script-driven animation time to show itself: at 60 frames a second it asks for
    // about 30 frames in half a second; a page at rest asks for none.
    await page.waitForTimeout(300);
    const frames = await animationFramesDuring(page, 500);
    if (frames > 2) problems.push(`${what}: ${frames} animation frames requested in 500 ms`);
  }

  it('nothing moves after the stage buttons, sharpness and sentence are used', async () => {
    if (!browser) throw new Error('the browser is not running yet');
    const motion = await openLesson(browser, '#/', {
      viewport: FIRST_SCREEN,
      reducedMotion: 'reduce',
    });
    const { page } = motion;
    try {
      await countAnimationFrames(page);
      const problems: string[] = [];
      for (const n of [4, 5]) {
        await page.goto(motion.url(`#/step/${n}`));
        await page.reload();
        await routeShown(page, `#/step/${n}`);
        await waitForFigures(page);
        const nextStage = page.getByRole('button', { name: /^Next stage/ }).first();
        for (let stage = 1; stage <= 3 && (await nextStage.isEnabled()); stage++) {
          await nextStage.click();
          await stillAfter(page, `Step ${n}, Next stage ×${stage}`, problems);
        }
      }
      await page.getByRole('button', { name: /^Sharper/ }).click();
      await stillAfter(page, 'Step 5, Sharper', problems);
      await page.getByRole('slider', { name: /Sharpness/ }).press('ArrowLeft');
      await stillAfter(page, 'Step 5, sharpness slider ←', problems);
      await page.getByRole('textbox', { name: 'Sentence' }).fill('The dog ran to the red ball');
      await expect
        .poll(() => page.locator('[data-attention-figure]').getAttribute('data-rendered-sentence'))
        .toBe('The dog ran to the red ball');
      await stillAfter(page, 'Step 5, new sentence', problems);
      expect(problems).toEqual([]);
      expect(motion.problems).toEqual([]);
    } finally {
      await motion.context.close();
    }
  });
});

describe('the axe check itself', () => {
  // It runs in the page when there are no frames and across frames otherwise: both must report.
  it('reports a planted violation, in a page alone and inside a frame', async () => {
    if (!browser) throw new Error('the browser is not running yet');
    const context = await browser.newContext();
    try {
      const page = await context.newPage();
      const planted = '<main><h1>Planted</h1><button></button></main>';
      await page.setContent(`<!doctype html><html lang="en"><title>t</title>${planted}</html>`);
      expect((await axeViolations(page)).join('\n')).toMatch(/^button-name:/m);
      await page.setContent(
        `<!doctype html><html lang="en"><title>t</title><main><h1>Host</h1><iframe title="planted" srcdoc='<!doctype html><html lang="en"><title>f</title>${planted}</html>'></iframe></main></html>`,
      );
      await page.frameLocator('iframe').locator('h1').waitFor();
      expect(page.frames()).toHaveLength(2);
      expect((await axeViolations(page)).join('\n')).toMatch(/^button-name:/m);
    } finally {
      await context.close();
    }
  });
});

describe('the shared page', () => {
  it('made no request outside its origin and logged no error', () => {
    expect(opened().problems).toEqual([]);
  });
});
