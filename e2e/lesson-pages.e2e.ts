// The lesson shell's pages: the overview and its live figure, moving between steps by keyboard,
// link, history and the narrow screen's "Step N of 7" menu, the skip link, a link to nowhere, the
// theme, narrow and wide screens, print, and axe on the phone overview (every view: layout.e2e.ts).
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { lesson } from '../content/self-attention/lesson';
import { describeRow } from '../src/app/attentionWords';
import { formatWeight } from '../src/app/numberFormat';
import {
  expectNoAxeViolations,
  lessonSession,
  pageScrollWidth,
  THEMES,
  waitForFigures,
} from './browser';
import { engineWeights, lessonOf } from './engineNumbers';
import { focusedText, tabTo } from './keyboard';
import { expectStepShown, STEP_TITLES, titleOf } from './lessonShell';

const open = lessonSession();

describe('the lesson app', () => {
  it('opens on an overview with objectives, prerequisites and key concepts', async () => {
    const { page } = await open();
    expect(await page.title()).toBe('Self-Attention: The Core Mechanism');
    for (const name of ['What you will learn', 'What you should know first', 'Key concepts']) {
      expect(await page.getByRole('heading', { name }).isVisible()).toBe(true);
    }
    expect(await page.locator('.overview li').count()).toBe(7);
    expect(await page.locator('.key-concepts dd').count()).toBe(6);
    // An honest time estimate (counted from the steps; its unit test checks the counting), and
    // a primary Start link.
    expect(await page.locator('.time-estimate-total').textContent()).toMatch(/^About \d+ minutes$/);
    expect(await page.locator('.time-estimate-parts').textContent()).toMatch(
      /^\d+ min reading, \d+ with the \d+ figures, \d+ for the quiz/,
    );
    const start = page.getByRole('link', { name: 'Start the lesson' });
    expect(await start.getAttribute('class')).toContain('primary');
  });

  it('shows the whole Start link on the first screen of a 390 × 844 phone, under the live figure', async () => {
    const { page } = await open();
    await page.setViewportSize({ width: 390, height: 844 });
    await waitForFigures(page);
    const start = await page.getByRole('link', { name: 'Start the lesson' }).boundingBox();
    const figure = await page.locator('.landing-figure').boundingBox();
    expect(start && figure).toBeTruthy();
    if (!start || !figure) return;
    expect(start.y).toBeGreaterThan(figure.y + figure.height);
    expect(start.y + start.height).toBeLessThanOrEqual(844);
  });

  it('opens on a live figure of the example sentence: focusing or pointing at a word shows its lines', async () => {
    const { page } = await open();
    await waitForFigures(page);
    const figure = page.locator('.landing-figure');
    const sentence = lesson.exampleSentence;
    const { words } = lessonOf(sentence);
    const rows = engineWeights(sentence);
    const shown = () => figure.locator('.landing-weight').allTextContents();
    const lineWidths = () =>
      figure
        .locator('.landing-arc')
        .evaluateAll((paths) => paths.map((p) => (p as SVGPathElement).style.strokeWidth));
    const expectRow = async (query: number) => {
      expect(await shown()).toEqual((rows[query] ?? []).map(formatWeight));
      expect(await figure.locator('[aria-pressed="true"] .landing-word-text').textContent()).toBe(
        words[query],
      );
      expect((await figure.locator('.landing-readout').textContent())?.trim()).toBe(
        describeRow(words, rows[query] ?? [], query),
      );
    };
    // Step 5's default: the row of "sat".
    await expectRow(2);
    const before = await lineWidths();
    // Keyboard: the words are buttons; focusing one shows its lines.
    await figure.getByRole('button', { name: /^cat/ }).focus();
    await expectRow(1);
    const after = await lineWidths();
    expect(after).toHaveLength(words.length);
    expect(after).not.toEqual(before);
    // Pointer: hovering a word does the same.
    await figure.getByRole('button', { name: /^down/ }).hover();
    await expectRow(3);
  });

  it('walks all seven steps with the keyboard alone', async () => {
    const { page } = await open();
    await tabTo(page, /^Start the lesson$/);
    await page.keyboard.press('Enter');
    await expectStepShown(page, 1);
    for (let n = 2; n <= 7; n++) {
      await tabTo(page, /^Next:/);
      await page.keyboard.press('Enter');
      await expectStepShown(page, n);
    }
    expect(await page.getByRole('button', { name: /^Next:/ }).isVisible()).toBe(false);
    // Previous works from the keyboard too.
    await tabTo(page, /^← Previous:/);
    await page.keyboard.press('Enter');
    await expectStepShown(page, 6);
  });

  it('opens a deep link, and Back and Forward move between steps', async () => {
    const { page } = await open('#/step/4/self-attention-as-retrieval');
    expect(await page.getByRole('heading', { level: 2, name: titleOf(4) }).isVisible()).toBe(true);
    await page.getByRole('button', { name: /^Next:/ }).click();
    await expectStepShown(page, 5);
    await page.goBack();
    await expectStepShown(page, 4);
    await page.goForward();
    await expectStepShown(page, 5);
  });

  it('shows a clear message for a link to nowhere', async () => {
    const { page } = await open('#/step/99');
    expect(await page.getByRole('heading', { name: 'Page not found' }).isVisible()).toBe(true);
    expect(await page.getByText(/There is no page at “#\/step\/99”/).isVisible()).toBe(true);
  });

  it('switches theme, remembers it, and applies it before first paint', async () => {
    const { page } = await open('#/step/1', { colorScheme: 'light' });
    const background = () => page.evaluate(() => getComputedStyle(document.body).backgroundColor);
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('dark');
    expect(await background()).toBe('rgb(21, 23, 26)');
    // Record the theme at the moment <body> is parsed, before any paint or module script.
    await page.addInitScript(() => {
      new MutationObserver((_, observer) => {
        if (document.querySelector('body')) {
          sessionStorage.setItem('themeAtBody', document.documentElement.dataset.theme ?? 'none');
          observer.disconnect();
        }
      }).observe(document, { childList: true, subtree: true });
    });
    await page.reload();
    expect(await page.evaluate(() => sessionStorage.getItem('themeAtBody'))).toBe('dark');
    expect(await background()).toBe('rgb(21, 23, 26)');
    await page.getByRole('combobox', { name: 'Theme' }).selectOption('system');
    expect(await background()).toBe('rgb(255, 255, 255)');
    await page.emulateMedia({ colorScheme: 'dark' });
    expect(await background()).toBe('rgb(21, 23, 26)');
  });

  it('moves focus to the step from a skip link, the first thing Tab reaches', async () => {
    const { page } = await open('#/step/3');
    await page.keyboard.press('Tab');
    expect(await focusedText(page)).toBe('Skip to the step');
    const box = await page.getByRole('link', { name: 'Skip to the step' }).boundingBox();
    expect(box?.y).toBeGreaterThanOrEqual(0);
    await page.keyboard.press('Enter');
    await expectStepShown(page, 3);
    expect(new URL(page.url()).hash).toBe('#/step/3');
  });

  it('folds the contents into a "Step N of 7" menu on a phone, with a one-row header', async () => {
    const { page } = await open('#/step/2', { viewport: { width: 390, height: 844 } });
    await page.getByRole('heading', { level: 2, name: titleOf(2) }).waitFor();
    const header = await page.getByRole('banner').boundingBox();
    expect(header?.height).toBeLessThanOrEqual(64);
    const nav = page.getByRole('navigation', { name: 'Lesson steps' });
    const summary = nav.locator('summary');
    expect(await summary.textContent()).toContain('Step 2 of 7');
    expect(await nav.getByRole('link').count()).toBe(0);
    // Opens from the keyboard, lists the seven steps with the current one marked.
    await summary.focus();
    await page.keyboard.press('Enter');
    expect(await nav.getByRole('listitem').count()).toBe(7);
    expect(await nav.locator('[aria-current="step"]').textContent()).toContain(titleOf(2));
    expect(await nav.getByRole('combobox', { name: 'Theme' }).isVisible()).toBe(true);
    // Escape closes it and leaves focus on the menu.
    await page.keyboard.press('Escape');
    expect(await nav.getByRole('link').count()).toBe(0);
    expect(await page.evaluate(() => document.activeElement?.tagName)).toBe('SUMMARY');
    // And it navigates.
    await page.keyboard.press('Enter');
    await tabTo(page, new RegExp(`^5 ${titleOf(5)}`));
    await page.keyboard.press('Enter');
    await expectStepShown(page, 5);
    expect(await summary.textContent()).toContain('Step 5 of 7');
    expect(await nav.getByRole('link').count()).toBe(0);
  });

  it('shows each step’s title and first paragraph on a phone’s first screen', async () => {
    const { page, url } = await open('', { viewport: { width: 390, height: 844 } });
    for (let n = 1; n <= 7; n++) {
      await page.goto(url(`#/step/${n}`));
      await expectStepShown(page, n);
      const first = page.locator('.route:not([hidden]) .prose p').first();
      const box = await first.boundingBox();
      expect(box && box.y + box.height).toBeLessThanOrEqual(844);
    }
  });

  for (const width of [320, 390, 768, 1280]) {
    it(`fits a ${width} px wide screen without sideways scrolling, menu open or closed`, async () => {
      const { page } = await open('', { viewport: { width, height: 800 } });
      await waitForFigures(page);
      expect(await pageScrollWidth(page)).toBeLessThanOrEqual(width);
      const menu = page.getByRole('navigation', { name: 'Lesson steps' }).locator('summary');
      if (await menu.isVisible()) {
        await menu.click();
        expect(await pageScrollWidth(page)).toBeLessThanOrEqual(width);
        await menu.click();
      }
      // Every step at this width, in both themes: e2e/layout.e2e.ts.
    });
  }

  it('prints all the steps without the controls', async () => {
    const { page } = await open('#/step/3');
    // Only the views a learner opened are built; printing (which always fires beforeprint
    // first) builds the others, so the paper has every step.
    expect(await page.locator('.route[hidden] .step').count()).toBe(0);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    for (const title of STEP_TITLES) {
      expect(
        await page.getByRole('heading', { level: 2, name: title, exact: true }).isVisible(),
      ).toBe(true);
    }
    expect(await page.getByRole('navigation').isVisible()).toBe(false);
    expect(
      await page
        .getByRole('button', { name: /^Next:/ })
        .first()
        .isVisible(),
    ).toBe(false);
    expect(await page.getByRole('heading', { name: 'References' }).isVisible()).toBe(true);
    // Figures print as what they show; a step's figure that was not drawn says so in its place.
    await waitForFigures(page);
    const openStep = page.locator('.route:not([hidden])');
    expect(await openStep.locator('.figure-card').first().isVisible()).toBe(true);
    expect(await openStep.locator('.figure-card h3').first().isVisible()).toBe(true);
    const notDrawn = page.locator('.route[hidden] .figure-card.print-only');
    expect(await notDrawn.count()).toBeGreaterThan(0);
    expect(await notDrawn.first().isVisible()).toBe(true);
    await page.emulateMedia({ media: 'screen' });
    expect(await notDrawn.first().isVisible()).toBe(false);
  });

  it('opens every "Go deeper" for print, and closes again those the learner left closed', async () => {
    const { page } = await open('#/step/3');
    // One disclosure left open by the learner, one closed (added here if the steps have none).
    await page.evaluate(() => {
      const prose = document.querySelector('.route:not([hidden]) .prose');
      for (const open of [true, false]) {
        const details = document.createElement('details');
        details.className = 'go-deeper';
        details.open = open;
        details.innerHTML = `<summary>Go deeper: ${open ? 'open' : 'closed'}</summary><p>More.</p>`;
        prose?.append(details);
      }
    });
    // The open step's disclosures (printing also builds the steps not yet opened, with theirs).
    const states = () =>
      page.$$eval('.route:not([hidden]) details.go-deeper', (all) =>
        all.map((d) => (d as HTMLDetailsElement).open),
      );
    const before = await states();
    expect(before).toContain(false);
    await page.emulateMedia({ media: 'print' });
    await page.evaluate(() => window.dispatchEvent(new Event('beforeprint')));
    expect((await states()).every(Boolean)).toBe(true);
    const everyStep = await page.$$eval('details.go-deeper', (all) =>
      all.map((d) => (d as HTMLDetailsElement).open),
    );
    expect(everyStep.length).toBeGreaterThan(before.length);
    expect(everyStep.every(Boolean)).toBe(true);
    expect(await page.getByText('More.').first().isVisible()).toBe(true);
    await page.evaluate(() => window.dispatchEvent(new Event('afterprint')));
    await page.emulateMedia({ media: 'screen' });
    expect(await states()).toEqual(before);
  });

  for (const colorScheme of THEMES) {
    it(`has no axe violations on a phone's overview, menu closed and open, in the ${colorScheme} theme`, async () => {
      const { page } = await open('', { colorScheme, viewport: { width: 390, height: 844 } });
      await waitForFigures(page);
      await expectNoAxeViolations(page);
      await page.getByRole('navigation', { name: 'Lesson steps' }).locator('summary').click();
      await expectMenuOpen(page);
      await expectNoAxeViolations(page);
    });
  }
});

async function expectMenuOpen(page: Page) {
  const nav = page.getByRole('navigation', { name: 'Lesson steps' });
  await expect.poll(() => nav.getByRole('listitem').count()).toBe(7);
}
