// The learner's progress in the shell: a step is done once opened, reset asks first, and saved
// progress that is old, garbage or blocked never stops the lesson.
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, lessonSession } from './browser';
import { focusedText } from './keyboard';
import { expectStepShown, summary } from './lessonShell';

const open = lessonSession();

describe('the lesson app', () => {
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
});
