// Storage that refuses a save, is missing or holds something hostile: the lesson goes on, and
// every save that does not happen is told once in the page's notice area.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations, lessonSession } from './browser';
import { expectStepShown, summary } from './lessonShell';

const open = lessonSession();
const STEP5 = '#/step/5/the-cat-sat-down';
const status = (page: Page) => page.locator('.notice[role="status"]');

async function reloadStep5(page: Page) {
  await page.reload();
  await page.locator('[data-attention-figure][data-rendered-sentence]').waitFor();
}

describe('storage faults', () => {
  it('says so, once, when a full quota refuses the sentence', async () => {
    const { page, context } = await open(STEP5);
    await context.addInitScript(() => {
      type SetItem = (this: Storage, key: string, value: string) => void;
      const setItem = Object.getOwnPropertyDescriptor(Storage.prototype, 'setItem')
        ?.value as SetItem;
      Storage.prototype.setItem = function (key: string, value: string) {
        if (key.includes('attention-settings')) {
          throw new DOMException('The quota has been exceeded.', 'QuotaExceededError');
        }
        setItem.call(this, key, value);
      };
    });
    await reloadStep5(page);
    await page.getByRole('textbox', { name: 'Sentence' }).fill('A dog ran away');
    await expect.poll(() => status(page).textContent()).toContain('storage is full');
    expect(await status(page).textContent()).toContain('sentence');
    await page.getByRole('textbox', { name: 'Sentence' }).fill('A dog ran off');
    expect((await status(page).locator('p').allTextContents()).length).toBe(1);
  });

  it('says so when localStorage is null rather than throwing', async () => {
    const { page, context } = await open();
    await context.addInitScript(() => {
      Object.defineProperty(window, 'localStorage', { get: () => null });
    });
    await page.reload();
    await page.getByRole('heading', { level: 1 }).waitFor();
    await expect.poll(() => status(page).textContent()).toContain('not letting the lesson save');
    await expectNoAxeViolations(page);
  });

  it('says so when a sentence is too long to save', async () => {
    const { page } = await open(STEP5);
    await page.locator('[data-attention-figure][data-rendered-sentence]').waitFor();
    // Few words (the box keeps up to 512), but more characters than are saved: one long word.
    await page.getByRole('textbox', { name: 'Sentence' }).fill(`The ${'zq'.repeat(50_001)} sat`);
    await expect.poll(() => status(page).textContent()).toContain('not saved');
  });

  it('cuts a saved sentence of more than 512 words when it is read back, and says so', async () => {
    const { page, context } = await open();
    await context.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      const sentence = Array.from({ length: 600 }, (_, i) => `w${String(i)}`).join(' ');
      localStorage.setItem(
        'self-attention-lesson/attention-settings/v1',
        JSON.stringify({ sentence }),
      );
    });
    await page.goto(new URL(STEP5, page.url()).href);
    await page.reload();
    await page.locator('[data-attention-figure][data-rendered-sentence]').waitFor();
    await expect.poll(() => status(page).textContent()).toContain('keeps only the first 512');
    const box = await page.getByRole('textbox', { name: 'Sentence' }).inputValue();
    expect(box.split(' ')).toHaveLength(512);
    expect(box.endsWith(' w511')).toBe(true);
  });

  it('reads 10,000 nested arrays as unreadable progress, and records visits again', async () => {
    const { page, context } = await open();
    await context.addInitScript(() => {
      if (sessionStorage.getItem('seeded')) return;
      sessionStorage.setItem('seeded', '1');
      const deep = '['.repeat(10_000) + ']'.repeat(10_000);
      localStorage.setItem(
        'self-attention-lesson/progress/v1',
        `{"version":1,"visited":[1],"quiz":${deep}}`,
      );
    });
    await page.reload();
    await expect.poll(() => status(page).textContent()).toContain('could not be read');
    await page.getByRole('link', { name: /RNN Bottleneck/ }).click();
    await expectStepShown(page, 2);
    expect(await summary(page)).toBe('1 of 7 steps done. Lesson not finished.');
  });
});
