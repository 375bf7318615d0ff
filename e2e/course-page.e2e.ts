// An author's course page with everything the lesson offers an author, at once, on the author's
// own origin: the whole lesson in a plain iframe, two figures in iframes (one sandboxed with
// scripts and its own origin, one plain), all three told to post to this page, and two
// <attention-matrix> elements from a copy of the built folder on the author's own site (the
// element's workers must come from the page's origin). The page reads the lesson's messages.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import { fileURLToPath } from 'node:url';
import type { Browser, Locator, Page } from 'playwright-core';
import sirv from 'sirv';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { attentionMatrixElementMessages } from '../content/self-attention/figureMessages/element';
import { SHARPNESS_STEPS } from '../src/app/attentionDefaults';
import { formatWeight } from '../src/app/numberFormat';
import { TABLE_TOKEN_LIMIT } from '../src/app/tableLimit';
import { axeViolations, launchBrowser } from './browser';
import { engineWeights } from './engineNumbers';

const FIRST = 'The cat sat down';
const SECOND = 'The dog chased a red ball';
const FIGURE_SENTENCE = 'A bird sang in the tree';

let browser: Browser;
let author: Server;
const authorOrigin = () => `http://127.0.0.1:${String((author.address() as AddressInfo).port)}`;

function coursePage(): string {
  const lesson = inject('lessonUrl');
  const parent = `parent=${encodeURIComponent(authorOrigin())}`;
  const figure = `embed=attention-matrix&sentence=${encodeURIComponent(FIGURE_SENTENCE)}&${parent}`;
  return `<!doctype html><html lang="en"><head><meta charset="utf-8"><title>A course page</title>
    <link rel="icon" href="data:,">
    <script type="module" src="/site/element/attention-matrix.js"></script>
    <script>
      window.heard = [];
      addEventListener('message', (e) => {
        const frame = [...document.querySelectorAll('iframe')].findIndex((f) => f.contentWindow === e.source);
        heard.push({ origin: e.origin, frame, data: e.data });
      });
    </script></head>
    <body><main><h1>A course page</h1>
    <h2>The lesson</h2>
    <iframe title="The lesson" src="${lesson}?${parent}#/step/1" width="1000" height="700"></iframe>
    <h2>Two figures</h2>
    <iframe title="Attention matrix figure" src="${lesson}?${figure}" width="900" height="900"
      sandbox="allow-scripts allow-same-origin"></iframe>
    <iframe title="Path length figure" src="${lesson}?embed=path-length&${parent}" width="900" height="700"></iframe>
    <h2>Two elements</h2>
    <attention-matrix sentence="${FIRST}"></attention-matrix>
    <attention-matrix sentence="${SECOND}" causal sharpness="2"></attention-matrix>
    </main></body></html>`;
}

beforeAll(async () => {
  browser = await launchBrowser();
  // The author's site: the course page, and the built lesson copied under /site/.
  const site = sirv(fileURLToPath(new URL('../dist', import.meta.url)), {
    dev: false,
    brotli: true,
    gzip: true,
  });
  author = createServer((request, response) => {
    const url = request.url ?? '/';
    if (url === '/course.html') {
      response.setHeader('content-type', 'text/html; charset=utf-8');
      response.end(coursePage());
      return;
    }
    if (url.startsWith('/site/')) {
      request.url = url.slice('/site'.length);
      site(request, response, () => {
        response.writeHead(404).end();
      });
      return;
    }
    response.writeHead(404).end();
  });
  await new Promise<void>((resolve) => author.listen(0, '127.0.0.1', resolve));
});

afterAll(async () => {
  await browser.close();
  await new Promise((resolve) => author.close(resolve));
});

interface Heard {
  origin: string;
  frame: number;
  data: { source?: string; type?: string; step?: number | null; status?: string };
}

async function openCourse(): Promise<{ page: Page; problems: string[] }> {
  const context = await browser.newContext({ viewport: { width: 1280, height: 900 } });
  const page = await context.newPage();
  const problems: string[] = [];
  page.on('console', (message) => {
    if (message.type() === 'error') problems.push(`console error: ${message.text()}`);
  });
  page.on('pageerror', (error) => problems.push(`page error: ${error.message}`));
  page.on('response', (response) => {
    if (response.status() >= 400) problems.push(`${String(response.status())}: ${response.url()}`);
  });
  await page.goto(`${authorOrigin()}/course.html`);
  return { page, problems };
}

/** The n-th element's figure, once it shows `sentence` (inside its open shadow root). */
async function elementFigure(page: Page, n: number, sentence: string): Promise<Locator> {
  const figure = page.locator('attention-matrix').nth(n).locator('[data-attention-figure]');
  await expect.poll(() => figure.getAttribute('data-rendered-sentence')).toBe(sentence);
  return figure;
}

const cells = (figure: Locator) =>
  figure
    .locator('table.attention-table tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('td')].map((cell) => cell.firstChild?.textContent?.trim() ?? ''),
      ),
    );

describe('a course page with the lesson, two figures and two elements', () => {
  it('shows them all, and hears progress from the lesson and the figures, from the lesson’s origin only', async () => {
    const { page, problems } = await openCourse();
    const frames = page.locator('iframe');
    const lesson = frames.nth(0).contentFrame();
    await lesson.getByRole('heading', { level: 2, name: /./ }).first().waitFor();
    const figure = frames.nth(1).contentFrame();
    await expect
      .poll(() => figure.locator('[data-rendered-sentence]').getAttribute('data-rendered-sentence'))
      .toBe(FIGURE_SENTENCE);
    await frames.nth(2).contentFrame().locator('svg, canvas, table').first().waitFor();
    await elementFigure(page, 0, FIRST);
    await elementFigure(page, 1, SECOND);

    // The learner moves on in the lesson: the page hears the new step from that frame.
    await lesson.getByRole('button', { name: /^Next: / }).click();
    const heard = () => page.evaluate(() => (window as unknown as { heard: Heard[] }).heard);
    await expect
      .poll(async () => (await heard()).some((m) => m.frame === 0 && m.data.step === 2))
      .toBe(true);
    const messages = await heard();
    const lessonOrigin = new URL(inject('lessonUrl')).origin;
    expect(messages.every((m) => m.origin === lessonOrigin)).toBe(true);
    expect(messages.every((m) => m.data.source === 'self-attention-lesson')).toBe(true);
    // Each frame spoke: the lesson with its step, each figure with no step.
    expect(new Set(messages.map((m) => m.frame))).toEqual(new Set([0, 1, 2]));
    expect(messages.filter((m) => m.frame > 0).every((m) => m.data.step === null)).toBe(true);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('gives each element the engine’s numbers for its own sentence and settings, and a row chosen by keyboard', async () => {
    const { page, problems } = await openCourse();
    const first = await elementFigure(page, 0, FIRST);
    const second = await elementFigure(page, 1, SECOND);
    expect(await cells(first)).toEqual(engineWeights(FIRST).map((r) => r.map(formatWeight)));
    expect(await cells(second)).toEqual(
      engineWeights(SECOND, { causal: true, temperature: 0.5 }).map((r) => r.map(formatWeight)),
    );
    expect(await second.locator('td.masked').count()).toBe(15);
    // The ids inside one element do not clash with the other's: each table names its own caption.
    const caption = await first.locator('table.attention-table').getAttribute('aria-labelledby');
    expect(await first.locator(`[id="${caption ?? ''}"]`).textContent()).toContain(FIRST);
    // Choose "sat" by keyboard: the read-out follows, in this element only.
    await first.getByRole('button', { name: 'sat', exact: true }).focus();
    await page.keyboard.press('Enter');
    await first.getByRole('heading', { name: 'What “sat” attends to' }).waitFor();
    const sat = engineWeights(FIRST)[2] ?? [];
    expect(await first.textContent()).toContain(
      `“sat” attends most to “cat” (${formatWeight(sat[1] ?? NaN)})`,
    );
    // Under the causal mask the read-out opens on the last token, the one that sees every word.
    expect(await second.getByRole('heading', { name: 'What “ball” attends to' }).count()).toBe(1);
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('follows its attributes: a long sentence as a heatmap, a bad sharpness and no sentence explained', async () => {
    const { page, problems } = await openCourse();
    await elementFigure(page, 0, FIRST);
    const element = page.locator('attention-matrix').first();
    const long = Array.from({ length: 6 }, () => 'the cat sat on the mat').join(' ');
    expect(long.split(' ').length).toBeGreaterThan(TABLE_TOKEN_LIMIT);
    await element.evaluate((el, s) => {
      el.setAttribute('sentence', s);
      el.setAttribute('sharpness', '3');
    }, long);
    const figure = await elementFigure(page, 0, long);
    await figure.locator('canvas').waitFor();
    expect(await figure.locator('table.attention-table').count()).toBe(0);
    expect(await figure.textContent()).toContain(
      attentionMatrixElementMessages.badSharpness('3', SHARPNESS_STEPS),
    );
    await element.evaluate((el) => {
      el.setAttribute('sentence', '');
    });
    await figure.getByText(attentionMatrixElementMessages.noSentence).waitFor();
    expect(problems).toEqual([]);
    await page.context().close();
  });

  it('has no axe violations, frames and elements included', async () => {
    const { page } = await openCourse();
    await elementFigure(page, 0, FIRST);
    await elementFigure(page, 1, SECOND);
    await page.locator('iframe').nth(0).contentFrame().getByRole('heading', { level: 1 }).waitFor();
    expect(await axeViolations(page)).toEqual([]);
    await page.context().close();
  });
});
