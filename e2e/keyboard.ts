// Moving through the lesson as a keyboard user does: what has focus, and Tab until it is reached.
import type { Page } from 'playwright-core';

/** What a keyboard user hears for the focused element: a control's label, or its text. */
export const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return '';
    const label =
      el.closest('label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null);
    return (label ?? el).textContent.replace(/\s+/g, ' ').trim();
  });

/** The focused element's own text. */
export const focusedText = (page: Page) =>
  page.evaluate(() => document.activeElement?.textContent.trim() ?? '');

export const focusedIs = (page: Page, selector: string) =>
  page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/** Tabs forward until the focused element's name matches, as a keyboard user would. */
export async function tabTo(page: Page, name: RegExp | string, maxPresses = 80) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const now = await focusedName(page);
    if (typeof name === 'string' ? now === name : name.test(now)) return;
  }
  throw new Error(`Could not reach ${String(name)} with the Tab key`);
}
