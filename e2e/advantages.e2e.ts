// Step 6: work, depth and time bounds from the engine's cost model, the n² price, and a real
// measurement with Web Workers in the browser.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { attentionCost, rnnCost } from '../src/engine/parallelCost';
import { expectNoAxeViolations, lessonSession, waitForFigures } from './browser';

const openLessonPage = lessonSession();

async function openStep6(options = {}): Promise<Page> {
  const opened = await openLessonPage('#/step/6', options);
  await waitForFigures(opened.page);
  return opened.page;
}

const costRow = (page: Page, model: string) =>
  page
    .getByRole('region', { name: /Cost of one pass/ })
    .getByRole('row', { name: new RegExp(`^${model}`) })
    .locator('td')
    .allTextContents();

const fmt = (x: number) => Math.round(x).toLocaleString('en');

describe('Step 6: the advantages, stated exactly', () => {
  it('shows work and depth from the cost model, and follows the sequence length', async () => {
    const page = await openStep6();
    for (const n of [512, 64]) {
      if (n !== 512) await page.getByRole('button', { name: String(n), exact: true }).click();
      const rnn = rnnCost({ n, inputSize: 64, hiddenSize: 64 });
      const attention = attentionCost({ n, modelSize: 64, keySize: 64 });
      expect((await costRow(page, 'RNN')).slice(0, 2)).toEqual([fmt(rnn.work), fmt(rnn.depth)]);
      expect((await costRow(page, 'Attention')).slice(0, 2)).toEqual([
        fmt(attention.work),
        fmt(attention.depth),
      ]);
      expect(await page.getByText(`holds ${fmt(n * n)} weights`).isVisible()).toBe(true);
    }
    await page.getByRole('spinbutton', { name: 'Sequence length n' }).fill('1000');
    expect((await costRow(page, 'RNN'))[1]).toBe(
      fmt(rnnCost({ n: 1000, inputSize: 64, hiddenSize: 64 }).depth),
    );
  });

  it('measures attention split across Web Workers, with the same result as the engine', async () => {
    const page = await openStep6();
    await page.getByRole('combobox', { name: 'n', exact: true }).selectOption('256');
    await page.getByRole('button', { name: 'Measure' }).click();
    const difference = page.locator('[data-max-difference]');
    await difference.waitFor({ timeout: 60_000 });
    expect(await difference.textContent()).toBe('largest difference 0.0e+0');
    expect(await page.locator('[data-speedup]').textContent()).toMatch(/^\d+\.\d\d×$/);
    await expectNoAxeViolations(page);
  });

  it('counts the path between two tokens, reusing Step 3’s figure', async () => {
    const page = await openStep6();
    const figure = page.getByRole('region', { name: 'How many steps from one word to another?' });
    await figure.getByRole('combobox', { name: 'To' }).selectOption({ label: '3. sat' });
    expect(await figure.locator('[data-path="rnn"]').textContent()).toContain('2 steps');
  });

  it('has no axe violations in the dark theme', async () => {
    const page = await openStep6({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
  });
});
