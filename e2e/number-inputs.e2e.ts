// Hostile input of issue 12, items 7 and 8, typed as a learner types it: Chromium reports ""
// for a number box it cannot read, which the old figures turned into 0, 1, 2 or 4,096.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { formatWeight } from '../src/app/numberFormat';
import { step5Session, tableCells } from './attentionPage';
import { expectNoAxeViolations, lessonSession, openFigures } from './browser';
import { engineWeights } from './engineNumbers';

const openLessonPage = lessonSession();
const openStep5 = step5Session();

/** Replaces the box's text by typing `text` key by key, as a learner would. */
async function typeInto(page: Page, name: string, text: string) {
  const box = page.getByRole('spinbutton', { name });
  await box.focus();
  await page.keyboard.press('ControlOrMeta+A');
  await page.keyboard.press('Backspace');
  if (text !== '') await box.pressSequentially(text);
  return box;
}

describe('Step 6: hostile sequence lengths', () => {
  const values = ['0', '-5', '99999', '1e9', '1.5', 'abc', ''];
  const lastValidPrefix: Record<string, string> = { '99999': '999', '1e9': '1', '1.5': '1' };

  it(`refuses ${values.map((v) => `“${v}”`).join(', ')}, says why and keeps n`, async () => {
    const page = await openFigures(openLessonPage, '#/step/6');
    const caption = page.locator('#parallel-cost-caption');
    for (const text of values) {
      // Typed key by key, some pass through valid numbers ("99999" through 9, 99 and 999,
      // "1e9" and "1.5" through 1): the figure keeps the last of them, as the message says.
      const kept = lastValidPrefix[text] ?? '512';
      const box = await typeInto(page, 'Sequence length n', text);
      expect(await box.getAttribute('aria-invalid'), text).toBe('true');
      const problem = page.locator(`#${(await box.getAttribute('aria-describedby')) ?? 'none'}`);
      expect(await problem.textContent(), text).toBe(
        `Type a whole number from 1 to 4,096; the figure keeps n = ${kept}.`,
      );
      expect(await caption.textContent(), text).toContain(`n = ${kept} tokens`);
      if (text === values[0]) await expectNoAxeViolations(page);
      await page.getByRole('button', { name: '512', exact: true }).click();
      expect(await box.inputValue()).toBe('512');
      expect(await box.getAttribute('aria-invalid')).toBeNull();
    }
  });
});

describe('Step 5: hostile rule cells', () => {
  const values = ['1e', '-', '--5', '<b>bold</b>', '<script>', ''];

  it(`refuses ${values.map((v) => `“${v}”`).join(', ')} on Tab and keeps the cell`, async () => {
    const page = await openStep5();
    await page.getByText(/The rule behind these numbers/).click();
    const name = 'How strongly a verb looks for a noun';
    const kept = await page.getByRole('spinbutton', { name }).inputValue();
    const weights = engineWeights('The cat sat down').map((r) => r.map(formatWeight));
    for (const text of values) {
      const cell = await typeInto(page, name, text);
      await cell.press('Tab');
      expect(await page.locator('.rule-editor .input-notes').textContent(), text).toBe(
        `“A verb looks for a noun” needs a number from −20 to 20; it stays at ${kept}.`,
      );
      expect(await cell.inputValue(), text).toBe(kept);
      expect(await page.getByText('You have edited the rule.').count(), text).toBe(0);
      expect(await tableCells(page), text).toEqual(weights);
    }
  });
});
