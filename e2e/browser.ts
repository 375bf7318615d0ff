// One way to open the lesson in Chromium for every browser test: Debian's Chromium, the flags a
// closed network needs, and a guard that fails the test on any request outside the page's origin
// or any Content-Security-Policy violation.
import { AxeBuilder } from '@axe-core/playwright';
import axe from 'axe-core';
import { chromium, type Browser, type BrowserContext, type Page } from 'playwright-core';
import { afterAll, afterEach, beforeAll, expect, inject } from 'vitest';

const FLAGS = [
  '--no-sandbox',
  '--disable-background-networking',
  '--disable-component-update',
  '--disable-sync',
  '--disable-gpu',
  '--no-first-run',
];

export function launchBrowser(): Promise<Browser> {
  return chromium.launch({
    executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
    args: FLAGS,
  });
}

export type ContextOptions = Parameters<Browser['newContext']>[0];

/** Both colour themes: the accessibility checks run in each. */
export const THEMES = ['light', 'dark'] as const;

export interface LessonPage {
  page: Page;
  context: BrowserContext;
  /** Requests that left the page's origin, and CSP violations: both must stay empty. */
  problems: string[];
  url: (hash?: string) => string;
}

export async function openLesson(
  browser: Browser,
  hash = '',
  options: ContextOptions = {},
): Promise<LessonPage> {
  const base = inject('lessonUrl');
  const origin = new URL(base).origin;
  // No service worker unless a test asks for one (offline.e2e.ts): a worker kept from an earlier
  // load would answer requests that tests fake with page.route, and time its own install.
  const context = await browser.newContext({
    locale: 'en-GB',
    timezoneId: 'UTC',
    serviceWorkers: 'block',
    ...options,
  });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('request', (request) => {
    const url = request.url();
    if (!url.startsWith(origin) && !url.startsWith('data:') && !url.startsWith('blob:')) {
      problems.push(`request outside the origin: ${url}`);
    }
  });
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  await page.addInitScript(() => {
    document.addEventListener('securitypolicyviolation', (event) => {
      console.error(`CSP violation: ${event.violatedDirective} ${event.blockedURI}`);
    });
  });
  const url = (h = '') => `${base}${h}`;
  await page.goto(url(hash));
  await page.getByRole('heading', { level: 1 }).waitFor();
  return { page, context, problems, url };
}

const AXE_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa', 'wcag22aa'];

/**
 * axe's findings on the page (or on `within`, a selector: quicker, for one new element), one line
 * each. A page without frames is checked in one `axe.run` inside it ("legacy mode"), three times
 * quicker than the default, which runs axe in each frame and merges the results in a new blank
 * page. A page with frames (an LMS host, an author's page) is checked frame by frame, each frame
 * on its own: @axe-core/playwright gives each frame one second to take axe's script and quietly
 * skips a frame that is slower, which a loaded two-core machine is; here no frame is skipped.
 */
export async function axeViolations(page: Page, within?: string): Promise<string[]> {
  if (page.frames().length > 1) return violationsFrameByFrame(page, within);
  const builder = new AxeBuilder({ page })
    // Only violations: skipping the passes' bookkeeping saves time too. (First: options()
    // replaces every option, the rule tags included.)
    .options({ resultTypes: ['violations'] })
    .withTags(AXE_TAGS)
    .setLegacyMode(true);
  if (within) builder.include(within);
  const results = await builder.analyze();
  return results.violations.map(
    (v) => `${v.id}: ${v.help} (${v.nodes.map((n) => n.target.join(' ')).join(', ')})`,
  );
}

async function violationsFrameByFrame(page: Page, within?: string): Promise<string[]> {
  const found: string[] = [];
  // With `within`, only that part of the page itself is checked.
  const frames = within ? [page.mainFrame()] : page.frames();
  for (const frame of frames) {
    await frame.evaluate(axe.source);
    const violations = await frame.evaluate(
      async ({ tags, include }) => {
        const inPage = (window as unknown as { axe: typeof axe }).axe;
        const results = await inPage.run(include ?? document, {
          runOnly: { type: 'tag', values: tags },
          resultTypes: ['violations'],
          // Each frame is checked on its own, below: axe must not wait for frames to answer.
          iframes: false,
        });
        return results.violations.map((v) => ({
          id: v.id,
          help: v.help,
          targets: v.nodes.map((n) => n.target.join(' ')),
        }));
      },
      { tags: AXE_TAGS, include: within },
    );
    const where = frame === page.mainFrame() ? '' : `in frame ${frame.url()}: `;
    for (const v of violations) found.push(`${v.id}: ${v.help} (${where}${v.targets.join(', ')})`);
  }
  return found;
}

export async function expectNoAxeViolations(page: Page, within?: string): Promise<void> {
  expect(await axeViolations(page, within)).toEqual([]);
}

/** Waits until the open step's figures have loaded their code and data. */
export async function waitForFigures(page: Page): Promise<void> {
  await page.waitForFunction(() => {
    const open = document.querySelector('.route:not([hidden])');
    if (!open) return false;
    const text = open.textContent;
    return (
      open.querySelector('.figure-loading') === null &&
      // A figure's parts are built one task after another (InOwnTurn.svelte).
      open.querySelector('[data-part-pending]') === null &&
      !text.includes('Loading the corpus word list')
    );
  });
}

/** The page's full width, wider than the window when it scrolls sideways. */
export const pageScrollWidth = (page: Page) =>
  page.evaluate(() => document.documentElement.scrollWidth);

export type OpenLesson = (hash?: string, options?: ContextOptions) => Promise<LessonPage>;

/** Opens the lesson at `hash` and waits for the open step's figures. */
export async function openFigures(
  open: OpenLesson,
  hash: string,
  options: ContextOptions = {},
): Promise<Page> {
  const { page } = await open(hash, options);
  await waitForFigures(page);
  return page;
}

/**
 * One browser per test file and a fresh context per test, with the same checks after every
 * test: no request outside the origin, no CSP violation, no console error. Call at the top of a
 * file; it returns the function that opens the lesson.
 */
export function lessonSession(): OpenLesson {
  let browser: Browser | undefined;
  let opened: LessonPage | undefined;
  beforeAll(async () => {
    browser = await launchBrowser();
  });
  afterAll(async () => {
    await browser?.close();
  });
  afterEach(async () => {
    if (!opened) return;
    const { problems, context } = opened;
    opened = undefined;
    await context.close();
    expect(problems).toEqual([]);
  });
  return async (hash = '', options = {}) => {
    if (!browser) throw new Error('lessonSession: the browser is not running yet');
    opened = await openLesson(browser, hash, options);
    return opened;
  };
}
