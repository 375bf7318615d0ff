import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, lessonSession, waitForFigures } from './browser';

const STEP_TITLES = [
  'Why Sequences Need Attention',
  'The RNN Bottleneck Problem',
  'The Attention Intuition',
  'Self-Attention as Information Retrieval',
  'Concrete Example: "The cat sat down"',
  'Key Advantages of Self-Attention',
  'Test Your Understanding',
];

const titleOf = (n: number) => STEP_TITLES[n - 1] ?? `no step ${n}`;

const open = lessonSession();

const focusedText = (page: Page) =>
  page.evaluate(() => document.activeElement?.textContent.trim() ?? '');

/** Tabs forward until the focused element's text matches, as a keyboard user would. */
async function tabTo(page: Page, text: RegExp, maxPresses = 80) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    if (text.test(await focusedText(page))) return;
  }
  throw new Error(`Could not reach ${String(text)} with the Tab key`);
}

/** The line at the foot of the contents list: steps done and the lesson's status. */
const summary = (page: Page) =>
  page
    .getByRole('navigation', { name: 'Lesson steps' })
    .locator('.progress-summary')
    .evaluate((el) => el.textContent.replace(/\s+/g, ' ').trim());

async function expectStepShown(page: Page, n: number) {
  const title = titleOf(n);
  const heading = page.getByRole('heading', { level: 2, name: title, exact: true });
  await expect.poll(() => heading.isVisible()).toBe(true);
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
  expect(await focusedText(page)).toBe(title);
  expect(await page.title()).toBe(`Step ${n} of 7: ${title} · Self-Attention: The Core Mechanism`);
  expect(await page.getByText(`Step ${n} of 7`, { exact: true }).isVisible()).toBe(true);
  const current = page
    .getByRole('navigation', { name: 'Lesson steps' })
    .locator('[aria-current="step"]');
  expect(await current.count()).toBe(1);
  expect(await current.textContent()).toContain(title);
}

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

  it('counts a step done once opened, with nothing to tick, and keeps it across a reload', async () => {
    const { page } = await open('#/step/1');
    expect(await page.getByRole('checkbox', { name: /finished this step/ }).count()).toBe(0);
    await page.getByRole('button', { name: /^Next:/ }).click();
    await expectStepShown(page, 2);
    await page.reload();
    const nav = page.getByRole('navigation', { name: 'Lesson steps' });
    await expect
      .poll(() => nav.getByRole('link', { name: /Why Sequences.*Visited/ }).count())
      .toBe(1);
    expect(await nav.getByRole('link', { name: /RNN Bottleneck.*Visited/ }).count()).toBe(1);
    expect(await nav.getByRole('link', { name: /Attention Intuition.*Visited/ }).count()).toBe(0);
    // Step 7 shows the quiz's state, in words, even after it has been opened.
    await page.getByRole('link', { name: /Test Your Understanding/ }).click();
    await expectStepShown(page, 7);
    expect(
      await nav.getByRole('link', { name: /Test Your Understanding.*Quiz not started/ }).count(),
    ).toBe(1);
    expect(await summary(page)).toBe('2 of 7 steps done. Lesson not finished.');
  });

  it('resets progress only after asking, from the overview, not the header', async () => {
    const { page } = await open('#/step/1');
    await page.getByRole('button', { name: /^Next:/ }).click();
    await expectStepShown(page, 2);
    expect(await page.getByRole('banner').getByRole('button').count()).toBe(0);
    const done = async () => /^(\d) of 7 steps done/.exec(await summary(page))?.[1];
    await page.getByRole('link', { name: 'Overview' }).click();
    const resetButton = page.getByRole('button', { name: 'Reset progress…' });
    const dialog = page.getByRole('dialog', { name: 'Reset your progress?' });

    // One press only asks; Escape cancels and puts focus back on the button.
    await resetButton.click();
    expect(await dialog.isVisible()).toBe(true);
    expect(await focusedText(page)).toBe('Cancel');
    await expectNoAxeViolations(page);
    await page.keyboard.press('Escape');
    expect(await dialog.isVisible()).toBe(false);
    expect(await focusedText(page)).toBe('Reset progress…');
    expect(await done()).toBe('2');

    // Cancel keeps everything too.
    await page.keyboard.press('Enter');
    await dialog.getByRole('button', { name: 'Cancel' }).click();
    expect(await dialog.isVisible()).toBe(false);
    expect(await done()).toBe('2');

    // Confirming resets, and says so.
    await resetButton.click();
    await dialog.getByRole('button', { name: 'Reset progress' }).click();
    expect(await dialog.isVisible()).toBe(false);
    expect(await done()).toBe('0');
    expect(await page.getByRole('status').textContent()).toContain('Your progress has been reset.');
    await page.reload();
    await expect.poll(done).toBe('0');
  });

  it('loads progress saved before the rule, with its old "completed" list, without a notice', async () => {
    const { page, context } = await open();
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem(
          'self-attention-lesson/progress/v1',
          '{"version":1,"visited":[1,2,7],"completed":[1,2,7],"quiz":null}',
        );
      }
    });
    await page.reload();
    const nav = page.getByRole('navigation', { name: 'Lesson steps' });
    await expect
      .poll(() => nav.getByRole('link', { name: /RNN Bottleneck.*Visited/ }).count())
      .toBe(1);
    // The old list said Step 7 was complete; the quiz was never finished, so it is not.
    expect(
      await nav.getByRole('link', { name: /Test Your Understanding.*Quiz not started/ }).count(),
    ).toBe(1);
    expect(await summary(page)).toBe('2 of 7 steps done. Lesson not finished.');
    expect((await page.getByRole('status').textContent())?.trim()).toBe('');
  });

  it('still works, and says so once, when saved progress is garbage', async () => {
    const { page, context } = await open();
    await context.addInitScript(() => {
      if (!sessionStorage.getItem('seeded')) {
        sessionStorage.setItem('seeded', '1');
        localStorage.setItem('self-attention-lesson/progress/v1', '{"version":1,"visited":"💥"');
      }
    });
    await page.reload();
    const status = page.getByRole('status');
    await expect.poll(() => status.textContent()).toContain('could not be read');
    await page.getByRole('link', { name: /Why Sequences/ }).click();
    await expectStepShown(page, 1);
    await page.getByRole('button', { name: 'Dismiss' }).click();
    await page.getByRole('button', { name: /^Next:/ }).click();
    await expectStepShown(page, 2);
    expect((await status.textContent())?.trim()).toBe('');
  });

  it('still works, and says so, when storage is blocked', async () => {
    const { page, context } = await open();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', {
        get() {
          throw new DOMException('The operation is insecure.', 'SecurityError');
        },
      });
    });
    await page.reload();
    expect(await page.getByRole('status').textContent()).toContain('not letting the lesson save');
    await page.getByRole('link', { name: /RNN Bottleneck/ }).click();
    await expectStepShown(page, 2);
    expect(await summary(page)).toBe('1 of 7 steps done. Lesson not finished.');
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
      expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
        320,
      );
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

  for (const colorScheme of ['light', 'dark'] as const) {
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
