// One figure embedded in an author's page (src/app/embed.ts): in a plain iframe and in one
// sandboxed with scripts and its own origin, on another origin than the lesson, as a course
// page would. The figure takes the address's sentence for that visit only.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './browser';

const SENTENCE = 'The dog chased a red ball';
const authorOrigin = () => `http://127.0.0.1:${String((author.address() as AddressInfo).port)}`;
let browser: Browser;
// The author's page is served for real, from another port (so another origin) on the same
// machine: Chromium's local-network checks refuse a loopback frame in a page from nowhere.
let author: Server;
let authorBody = '';

beforeAll(async () => {
  browser = await launchBrowser();
  author = createServer((_request, response) => {
    response.setHeader('content-type', 'text/html; charset=utf-8');
    response.end(authorBody);
  });
  await new Promise<void>((resolve) => author.listen(0, '127.0.0.1', resolve));
});
afterAll(async () => {
  await browser.close();
  await new Promise((resolve) => author.close(resolve));
});

/** An author's page on its own origin, holding one iframe with the given address and sandbox. */
async function authorPage(
  embedQuery: string,
  sandbox: string | null,
): Promise<{ page: Page; frame: Frame }> {
  const lesson = inject('lessonUrl');
  const context = await browser.newContext();
  // The learner's own sentence, saved on an earlier visit to the lesson.
  await context.addInitScript(
    ([origin]) => {
      if (window.location.origin === origin && !sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(
          'self-attention-lesson/attention-settings/v1',
          JSON.stringify({ sentence: 'My own saved sentence' }),
        );
      }
    },
    [new URL(lesson).origin],
  );
  const page = await context.newPage();
  const src = `${lesson}?${embedQuery}`;
  authorBody = `<!doctype html><html lang="en"><title>A course page</title><h1>A course page</h1>
    <script>window.heard = []; addEventListener('message', (e) => heard.push({ origin: e.origin, data: e.data }));</script>
    <iframe title="Attention matrix" src="${src}" width="900" height="1400"
      ${sandbox === null ? '' : `sandbox="${sandbox}"`}></iframe>`;
  await page.goto(`${authorOrigin()}/course.html`);
  const frame = await (await page.locator('iframe').elementHandle()).contentFrame();
  if (!frame) throw new Error('the page has no lesson frame');
  await frame.waitForURL(`${lesson}**`);
  return { page, frame };
}

describe('an embedded figure', () => {
  for (const sandbox of [null, 'allow-scripts allow-same-origin']) {
    it(`shows only the figure, with the address's sentence (${sandbox ?? 'no sandbox'})`, async () => {
      const { page, frame } = await authorPage(
        `embed=attention-matrix&sentence=${encodeURIComponent(SENTENCE)}`,
        sandbox,
      );
      const box = frame.getByRole('textbox', { name: 'Sentence' });
      await box.waitFor();
      expect(await box.inputValue()).toBe(SENTENCE);
      await frame.locator('[data-rendered-sentence]').waitFor();
      expect(
        await frame.locator('[data-rendered-sentence]').getAttribute('data-rendered-sentence'),
      ).toBe(SENTENCE);
      // Nothing of the lesson around it: no header, contents or step title.
      expect(await frame.getByRole('navigation').count()).toBe(0);
      expect(await frame.locator('h1, h2').count()).toBe(0);
      // Typing in the embed changes the figure, and never the learner's saved sentence.
      await box.fill('A bird sang');
      await frame.locator('[data-rendered-sentence="A bird sang"]').waitFor();
      const saved = await frame.evaluate(() =>
        localStorage.getItem('self-attention-lesson/attention-settings/v1'),
      );
      expect(JSON.parse(saved ?? '{}')).toMatchObject({ sentence: 'My own saved sentence' });
      await page.context().close();
    });
  }

  it('in a frame sandboxed with allow-scripts alone, says which flag it needs instead of staying blank', async () => {
    const { page, frame } = await authorPage('embed=attention-matrix', 'allow-scripts');
    // An opaque origin: the browser refuses the lesson's crossorigin code and stylesheet.
    const message = frame.locator('#opened-from-disk');
    await expect.poll(() => message.isVisible()).toBe(true);
    expect(await message.textContent()).toContain('allow-same-origin');
    await page.context().close();
  });

  it('says what it refused in the address, and shows the whole lesson for an unknown figure', async () => {
    const { page, frame } = await authorPage('embed=no-such-figure&parent=not-an-origin', null);
    await frame.getByRole('heading', { level: 1 }).waitFor();
    const status = frame.getByRole('status');
    await expect.poll(() => status.textContent()).toContain('names no figure');
    expect(await status.textContent()).toContain('is not an origin');
    await page.context().close();
  });

  it('has no axe violations', async () => {
    const context = await browser.newContext();
    const page = await context.newPage();
    await page.goto(`${inject('lessonUrl')}?embed=attention-matrix`);
    await page.locator('[data-rendered-sentence]').waitFor();
    await expectNoAxeViolations(page);
    await context.close();
  });
});

describe('messages between the lesson and the page that embeds it', () => {
  interface Heard {
    origin: string;
    data: { type?: string; step?: number | null; status?: string; stepsDone?: number[] };
  }
  const heard = (page: Page) =>
    page.evaluate(() => (window as unknown as { heard: Heard[] }).heard);

  it('tells the named parent the step and progress, and only that origin', async () => {
    const { page, frame } = await authorPage(`parent=${encodeURIComponent(authorOrigin())}`, null);
    await frame.getByRole('heading', { level: 1 }).waitFor();
    await frame.evaluate(() => {
      window.location.hash = '#/step/3';
    });
    await expect.poll(async () => (await heard(page)).some((m) => m.data.step === 3)).toBe(true);
    const messages = await heard(page);
    expect(messages.every((m) => m.data.type === 'progress')).toBe(true);
    expect(messages.at(-1)?.data).toMatchObject({ step: 3, status: 'incomplete' });
    expect(messages.at(-1)?.data.stepsDone).toContain(3);
    await page.context().close();
  });

  it('posts nothing without a parent origin', async () => {
    const { page, frame } = await authorPage('embed=attention-matrix', null);
    await frame.locator('[data-rendered-sentence]').waitFor();
    expect(await heard(page)).toEqual([]);
    await page.context().close();
  });

  it('takes a new sentence from the parent in a figure embed, and ignores a message of another shape', async () => {
    const { page, frame } = await authorPage(
      `embed=attention-matrix&parent=${encodeURIComponent(authorOrigin())}`,
      'allow-scripts allow-same-origin',
    );
    await frame.locator('[data-rendered-sentence]').waitFor();
    const post = (data: unknown, origin: string) =>
      page.evaluate(
        ([message, target]) => {
          document.querySelector('iframe')?.contentWindow?.postMessage(message, target);
        },
        [data, origin] as const,
      );
    const lessonOrigin = new URL(inject('lessonUrl')).origin;
    // A message of another shape is ignored.
    await post(
      { source: 'self-attention-host', version: 1, type: 'set-sentence', sentence: 7 },
      lessonOrigin,
    );
    await post(
      { source: 'self-attention-host', version: 1, type: 'set-sentence', sentence: 'A bird sang' },
      lessonOrigin,
    );
    await frame.locator('[data-rendered-sentence="A bird sang"]').waitFor();
    expect(await frame.getByRole('textbox', { name: 'Sentence' }).inputValue()).toBe('A bird sang');
    await page.context().close();
  });
});
