// Step 5's attention figure as the browser tests read it: opened with its numbers drawn, its
// table's cells, and a sentence typed into its box.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { lessonSession, type ContextOptions } from './browser';
import { keepWithinLimit } from '../src/app/sentenceLimit';

/**
 * Starts a browser session for a test file (see lessonSession) and returns the function that
 * opens Step 5 once its figure has drawn a sentence.
 */
export function step5Session(): (options?: ContextOptions) => Promise<Page> {
  const openLessonPage = lessonSession();
  return async (options = {}) => {
    const opened = await openLessonPage('#/step/5/the-cat-sat-down', options);
    const { page } = opened;
    await page.locator('[data-attention-figure][data-rendered-sentence]').waitFor();
    return page;
  };
}

/** The table's cells as text, rows by queries, without the header column. */
export async function tableCells(page: Page): Promise<string[][]> {
  return page
    .locator('table.attention-table tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('td')].map((cell) => cell.firstChild?.textContent?.trim() ?? ''),
      ),
    );
}

/** The table's column headers, without the corner's axis marks (keys →, queries ↓). */
export async function tableHeaders(page: Page): Promise<string[]> {
  return page.locator('table.attention-table thead th').evaluateAll((cells) =>
    cells.map((cell) => {
      const copy = cell.cloneNode(true) as HTMLElement;
      for (const mark of copy.querySelectorAll('.axis-keys, .axis-queries')) mark.remove();
      return copy.textContent.trim();
    }),
  );
}

/** Types into Step 5's box and waits for the figure to show what the box kept (the first 512 words). */
export async function typeSentence(page: Page, sentence: string) {
  await page.getByRole('textbox', { name: 'Sentence' }).fill(sentence);
  await expect
    .poll(() => page.locator('[data-attention-figure]').getAttribute('data-rendered-sentence'))
    .toBe(keepWithinLimit(sentence).text);
}
