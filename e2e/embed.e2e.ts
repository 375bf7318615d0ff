// One figure embedded in an author's page (src/app/embed.ts): in a plain iframe and in one
// sandboxed with scripts and its own origin, on another origin than the lesson, as a course
// page would. The figure takes the address's sentence for that visit only.
import { createServer, type Server } from 'node:http';
import type { AddressInfo } from 'node:net';
import type { Browser, Frame, Page } from 'playwright-core';
import { afterAll, beforeAll, describe, expect, inject, it } from 'vitest';
import { expectNoAxeViolations, launchBrowser } from './browser';

const SENTENCE = 'The dog chased a red ball';
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
    <iframe title="Attention matrix" src="${src}" width="900" height="1400"
      ${sandbox === null ? '' : `sandbox="${sandbox}"`}></iframe>`;
  await page.goto(`http://127.0.0.1:${String((author.address() as AddressInfo).port)}/course.html`);
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
