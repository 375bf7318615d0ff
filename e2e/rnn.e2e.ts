// Step 2: the RNN read word by word, and how strongly the first word still reaches step t, each
// number on the page checked against the engine.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { ruleProjections } from '../src/engine/attentionRule';
import { attentionInfluence } from '../src/engine/jacobianNorms';
import { embedSentence } from '../src/engine/embedSentence';
import { row } from '../src/engine/matrix';
import { createRnn, repeatRows, rnnInfluence, runRnn, type RnnOptions } from '../src/engine/rnn';
import { formatFromLog10, formatHidden } from '../src/app/numberFormat';
import {
  expectNoAxeViolations,
  lessonSession,
  openFigures,
  pageScrollWidth,
  THEMES,
  type ContextOptions,
  waitForFigures,
} from './browser';
import { rule, table } from './engineNumbers';

const sentence = embedSentence('The cat sat down', table).x;

/** h_t of the default RNN over “The cat sat down”, as the page writes it. */
function hiddenState(t: number): string[] {
  const rnn = createRnn(sentence.cols);
  return Array.from(row(runRnn(rnn, sentence), t - 1), formatHidden);
}

/** The text alternative's rows [t, RNN, attention] for n tokens, from the engine. */
function gradientRows(n: number, options: RnnOptions = {}): string[][] {
  const x = repeatRows(sentence, n);
  const rnn = createRnn(x.cols, options);
  const rnnCurve = rnnInfluence(rnn, runRnn(rnn, x));
  const attention = attentionInfluence(x, ruleProjections(rule));
  const positions: number[] = [];
  for (let t = 1; t < n; t *= 2) positions.push(t);
  positions.push(n);
  return positions.map((t) => [
    String(t),
    formatFromLog10(rnnCurve.log10Norms[t - 1] ?? NaN),
    formatFromLog10(attention.log10Norms[t - 1] ?? NaN),
  ]);
}

const openLessonPage = lessonSession();

async function openStep2(options: ContextOptions = {}): Promise<Page> {
  return openStep2Here(await openFigures(openLessonPage, '#/step/2/the-rnn-bottleneck', options));
}

/** Waits on an open Step 2 until both figures have drawn. */
async function openStep2Here(page: Page): Promise<Page> {
  await waitForFigures(page);
  await page.locator('[data-rnn-steps][data-rendered-step]').waitFor();
  await page.locator('[data-rnn-gradient][data-rendered-length]').waitFor();
  return page;
}

const strip = (page: Page, id: string) =>
  page
    .locator(`[data-hidden-state="${id}"] li`)
    .evaluateAll((cells) => cells.map((cell) => cell.textContent.trim()));

const sampleRows = (page: Page) =>
  page
    .locator('table.gradient-table')
    .first()
    .locator('tbody tr')
    .evaluateAll((rows) => rows.map((r) => [...r.children].map((cell) => cell.textContent.trim())));

describe('Step 2: the RNN bottleneck', () => {
  it('steps through the hidden states with the keyboard, each the engine’s 16 numbers', async () => {
    const page = await openStep2();
    const formula = page.locator('.rnn-formula');
    expect(await formula.textContent()).toContain('h₁ = f(“The”, h₀)');
    expect(await strip(page, 'rnn-current-state')).toEqual(hiddenState(1));

    await page.getByRole('button', { name: 'Next word' }).focus();
    await page.keyboard.press('Enter');
    expect(await formula.textContent()).toContain('h₂ = f(“cat”, h₁)');
    expect(await strip(page, 'rnn-previous-state')).toEqual(hiddenState(1));
    expect(await strip(page, 'rnn-current-state')).toEqual(hiddenState(2));
    await page.keyboard.press('Enter');
    expect(await strip(page, 'rnn-current-state')).toEqual(hiddenState(3));

    const slider = page.getByRole('slider', { name: 'Word' });
    await slider.focus();
    await page.keyboard.press('End');
    expect(await formula.textContent()).toContain('h₄ = f(“down”, h₃)');
    expect(await strip(page, 'rnn-current-state')).toEqual(hiddenState(4));
    expect(await page.getByRole('button', { name: 'Next word' }).isDisabled()).toBe(true);
    await page.keyboard.press('ArrowLeft');
    expect(await strip(page, 'rnn-current-state')).toEqual(hiddenState(3));
    expect(await page.getByText('16 numbers, whatever the length of the sentence').count()).toBe(1);
  });

  it('plots both curves and lists the engine’s numbers, following length, size and gain', async () => {
    const { page: opened, url } = await openLessonPage('');
    // The curves (exact norms of up to 512 Jacobians) are computed off the page's thread.
    const workers: string[] = [];
    opened.on('worker', (worker) => workers.push(worker.url()));
    await opened.goto(url('#/step/2/the-rnn-bottleneck'));
    const page = await openStep2Here(opened);
    expect(workers.filter((w) => /gradientCurves\.worker-[\w-]+\.js$/.test(w))).toHaveLength(1);
    expect(await sampleRows(page)).toEqual(gradientRows(64));
    const summary = page.locator('#rnn-gradient-summary');
    expect(await summary.textContent()).toContain('At t = 64, the RNN’s first-token influence is');

    await page.getByRole('button', { name: 'n = 512' }).click();
    await page.locator('[data-rnn-gradient][data-rendered-length="512"]').waitFor();
    expect(await sampleRows(page)).toEqual(gradientRows(512));
    expect(await summary.textContent()).toContain(
      `At t = 512, the RNN’s first-token influence is ${gradientRows(512).at(-1)?.[1] ?? ''}`,
    );

    const length = page.getByRole('spinbutton', { name: /Tokens n/ });
    await length.fill('100');
    await page.locator('[data-rnn-gradient][data-rendered-length="100"]').waitFor();
    expect(await sampleRows(page)).toEqual(gradientRows(100));

    await page.getByRole('combobox', { name: /Hidden size/ }).selectOption('32');
    const gain = page.getByRole('slider', { name: /Recurrent gain/ });
    await gain.focus();
    for (let i = 0; i < 4; i++) await page.keyboard.press('ArrowRight');
    expect(await page.locator('.rnn-controls .gain-value').textContent()).toBe('g = 1.10');
    // The curves are computed in a worker: the new numbers replace the old a moment later.
    await expect
      .poll(() => sampleRows(page))
      .toEqual(gradientRows(100, { hiddenSize: 32, gain: 1.1 }));
    expect(await page.locator('.gradient-plot path.curve-rnn').getAttribute('d')).toMatch(
      /^M[\d.]+ [\d.]+( L[\d.]+ [\d.]+){99}$/,
    );
  });

  for (const colorScheme of THEMES) {
    it(`has no axe violations with both figures open, in the ${colorScheme} theme`, async () => {
      const page = await openStep2({ colorScheme });
      await expectNoAxeViolations(page);
      await page.getByRole('button', { name: 'Next word' }).click();
      await page.getByRole('button', { name: 'n = 512' }).click();
      await page.getByText('All 512 values').click();
      await page.locator('table.gradient-table').nth(1).waitFor();
      await expectNoAxeViolations(page);
    });
  }

  it('fits a 320 px wide screen, the plot drawn at the width it is shown', async () => {
    const page = await openStep2({ viewport: { width: 320, height: 640 } });
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(320);
    const plot = page.locator('.gradient-plot svg');
    const box = await plot.boundingBox();
    expect(Number(await plot.getAttribute('width'))).toBeCloseTo(box?.width ?? 0, 0);
  });
});
