// The lesson shell's pages: the overview, moving between steps by keyboard, link and history,
// a link to nowhere, the theme, a narrow screen, print, and axe on every view.
import { describe, expect, it } from 'vitest';
import {
  expectNoAxeViolations,
  lessonSession,
  pageScrollWidth,
  THEMES,
  waitForFigures,
} from './browser';
import { tabTo } from './keyboard';
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

  it('fits a 320 px wide screen without sideways scrolling', async () => {
    const { page, url } = await open('#/step/2', { viewport: { width: 320, height: 640 } });
    for (let n = 1; n <= 7; n++) {
      await page.goto(url(`#/step/${n}`));
      await page.getByRole('heading', { level: 2, name: titleOf(n) }).waitFor();
      expect(await pageScrollWidth(page)).toBeLessThanOrEqual(320);
    }
  });

  it('prints all the steps without the controls', async () => {
    const { page } = await open('#/step/3');
    await page.emulateMedia({ media: 'print' });
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
  });

  for (const colorScheme of THEMES) {
    it(`has no axe violations on any view in the ${colorScheme} theme`, async () => {
      const { page, url } = await open('', { colorScheme });
      await expectNoAxeViolations(page);
      for (let n = 1; n <= 7; n++) {
        await page.goto(url(`#/step/${n}`));
        await page.getByRole('heading', { level: 2, name: titleOf(n) }).waitFor();
        await waitForFigures(page);
        await expectNoAxeViolations(page);
      }
      // Eight full-page axe runs: about 35 s on an idle 2-core machine, so more than the usual
      // minute is needed when the other browser file shares the cores.
    }, 180_000);
  }
});
