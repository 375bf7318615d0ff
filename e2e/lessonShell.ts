// The lesson shell as the browser tests see it: the steps' titles, the line at the foot of the
// contents list, and what must hold whenever a step is shown.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { focusedText } from './keyboard';

export const STEP_TITLES = [
  'Why Sequences Need Attention',
  'The RNN Bottleneck Problem',
  'The Attention Intuition',
  'Self-Attention as Information Retrieval',
  'Concrete Example: “The cat sat down”',
  'Key Advantages of Self-Attention',
  'Test Your Understanding',
];

export const titleOf = (n: number) => STEP_TITLES[n - 1] ?? `no step ${n}`;

/** The line at the foot of the contents list: steps done and the lesson's status. */
export const summary = (page: Page) =>
  page
    .getByRole('navigation', { name: 'Lesson steps' })
    .locator('.progress-summary')
    .evaluate((el) => el.textContent.replace(/\s+/g, ' ').trim());

export async function expectStepShown(page: Page, n: number) {
  const title = titleOf(n);
  const heading = page.getByRole('heading', { level: 2, name: title, exact: true });
  await expect.poll(() => heading.isVisible()).toBe(true);
  await expect.poll(() => page.evaluate(() => document.activeElement?.tagName)).toBe('H2');
  expect(await focusedText(page)).toBe(title);
  expect(await page.title()).toBe(`Step ${n} of 7: ${title} · Self-Attention: The Core Mechanism`);
  // "Step N of 7" above the title (the narrow screen's menu says it too, so look in the step).
  const count = page.locator('.route:not([hidden]) .step-count');
  expect(await count.isVisible()).toBe(true);
  expect(await count.textContent()).toBe(`Step ${n} of 7`);
  const current = page
    .getByRole('navigation', { name: 'Lesson steps' })
    .locator('[aria-current="step"]');
  expect(await current.count()).toBe(1);
  expect(await current.textContent()).toContain(title);
}
