// Step 4: query-key-value retrieval, stage by stage, each number checked against the engine.
import { describe, expect, it } from 'vitest';
import { formatWeight } from '../src/app/numberFormat';
import { describeQuery } from '../src/app/queryWords';
import type { LessonAttentionOptions } from '../src/engine/lessonAttention';
import { row } from '../src/engine/matrix';
import { WORD_CLASSES } from '../src/engine/wordFeatures';
import {
  expectNoAxeViolations,
  lessonSession,
  openFigures,
  THEMES,
  waitForFigures,
  type ContextOptions,
} from './browser';
import { lessonOf } from './engineNumbers';

const lesson = (options: LessonAttentionOptions = {}) => lessonOf('The cat sat down', options);

const openLessonPage = lessonSession();

const openStep = (n: number, options: ContextOptions = {}) =>
  openFigures(openLessonPage, `#/step/${n}`, options);

describe('Step 4: query, keys and values', () => {
  it('walks the four stages by keyboard and ends at the output vector of “sat”', async () => {
    const page = await openStep(4);
    const result = lesson();
    const head = result.attention.heads[0];
    if (!head) throw new Error('no head');
    const figure = page.getByRole('region', {
      name: 'Query, keys and values, with the real numbers',
    });
    const query = await figure.locator('table.qkv-table tbody td').allTextContents();
    expect(query).toEqual([...row(head.queries, 2)].map((v) => v.toFixed(2)));
    await figure.getByRole('button', { name: 'Next stage' }).focus();
    await page.keyboard.press('Enter');
    expect(await figure.locator('.stage-now').textContent()).toContain('Stage 2 of 4');
    await page.keyboard.press('Enter');
    const weights = await figure
      .locator('table.qkv-table tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.lastElementChild?.textContent.trim() ?? ''));
    expect(weights).toEqual([...row(head.weights, 2)].map(formatWeight));
    await figure.getByRole('button', { name: 'Next stage' }).focus();
    await page.keyboard.press('Enter');
    expect(await figure.locator('.stage-now').textContent()).toContain('Stage 4 of 4');
    const output = await figure
      .locator('table.value-table tbody tr')
      .evaluateAll((rows) =>
        rows.map((r) => [
          r.querySelector('th')?.textContent.trim() ?? '',
          r.querySelector('.output-cell')?.textContent.trim() ?? '',
        ]),
      );
    const expected = WORD_CLASSES.map((c, k) => [c, formatWeight(row(head.output, 2)[k] ?? NaN)]);
    for (const shown of output) expect(expected).toContainEqual(shown);
    expect(output.length).toBeGreaterThanOrEqual(4);
  });

  it('puts the query of the chosen token into words from the engine’s numbers', async () => {
    const page = await openStep(4);
    const figure = page.getByRole('region', {
      name: 'Query, keys and values, with the real numbers',
    });
    const result = lesson();
    const head = result.attention.heads[0];
    if (!head) throw new Error('no head');
    const said = (i: number) =>
      describeQuery({
        word: result.tokens[i]?.text ?? '',
        known: true,
        shares: result.embeddings[i]?.features ?? [],
        query: row(head.queries, i),
      });
    const paragraph = figure.locator('.stage-panel > p').first();
    expect(await paragraph.textContent()).toBe(said(2));
    expect(said(2)).toContain('a noun and a pronoun (3.00 each)');
    await figure.getByRole('button', { name: 'cat', exact: true }).click();
    expect(await paragraph.textContent()).toBe(said(1));
    expect(said(1)).not.toContain('for a noun');
  });

  it('marks a word the word list does not have, as Step 5 does', async () => {
    const opened = await openLessonPage('#/step/5');
    const { page } = opened;
    await waitForFigures(page);
    await page.getByRole('textbox', { name: 'Sentence' }).fill('The cat glimmered');
    await page.goto(opened.url('#/step/4'));
    await waitForFigures(page);
    const figure = page.getByRole('region', {
      name: 'Query, keys and values, with the real numbers',
    });
    await figure.getByRole('button', { name: 'glimmered (not in the word list)' }).click();
    expect(await figure.locator('.stage-panel > p').first().textContent()).toContain(
      '“glimmered” (marked *) is not in the corpus word list, so it gets the profile of rare words',
    );
    expect(await figure.locator('#qkv-query-caption').textContent()).toContain('“glimmered”*');
    await expectNoAxeViolations(page);
  });

  it('sharpens the relevance scores with the sharpness control', async () => {
    const page = await openStep(4);
    const figure = page.getByRole('region', {
      name: 'Query, keys and values, with the real numbers',
    });
    await figure.getByRole('button', { name: 'Next stage' }).click();
    await figure.getByRole('button', { name: 'Next stage' }).click();
    await figure.getByRole('button', { name: 'Sharper' }).click();
    const sharp = lesson({ temperature: 0.5 }).attention.heads[0]?.weights;
    const weights = await figure
      .locator('table.qkv-table tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.lastElementChild?.textContent.trim() ?? ''));
    expect(weights).toEqual([...row(sharp ?? lesson().x, 2)].map(formatWeight));
  });

  for (const colorScheme of THEMES) {
    it(`has no axe violations at every stage (${colorScheme})`, async () => {
      const page = await openStep(4, { colorScheme });
      for (let stage = 0; stage < 4; stage++) {
        await expectNoAxeViolations(page);
        if (stage < 3) await page.getByRole('button', { name: 'Next stage' }).click();
      }
    });
  }

  // Every number and bar of the query and key vectors is either inside the figure's visible box
  // or inside a sideways scroll region (which says it scrolls): never cut off by the page.
  const clippedVectors = (page: import('playwright-core').Page) =>
    page.evaluate(() => {
      const figure = document.querySelector('.qkv-figure');
      if (!figure) return ['no figure'];
      const box = figure.getBoundingClientRect();
      const bad: string[] = [];
      const values = [...figure.querySelectorAll('.qkv-value')];
      if (values.length === 0) return ['no vectors'];
      for (const value of values) {
        if (value.closest('.scroll-region')) continue;
        const r = value.getBoundingClientRect();
        if (r.left < box.left - 0.5 || r.right > box.right + 0.5) {
          bad.push(`${value.textContent.trim()} at ${String(r.left)}–${String(r.right)}`);
        }
      }
      if (document.documentElement.scrollWidth > window.innerWidth) bad.push('page too wide');
      return bad;
    });

  for (const width of [390, 1280]) {
    it(`shows the 11-number vectors whole at ${String(width)} px, and says when they scroll`, async () => {
      const page = await openStep(4, { viewport: { width, height: 800 } });
      const figure = page.locator('.qkv-figure');
      expect(await clippedVectors(page)).toEqual([]);
      await figure.getByRole('button', { name: 'Next stage' }).click();
      await figure.locator('.stage-panel[data-stage="1"]').waitFor();
      expect(await figure.locator('.key-value').count()).toBeGreaterThan(0);
      expect(await clippedVectors(page)).toEqual([]);
      const region = figure.locator('.scroll-region').first();
      const overflowing = await region
        .locator('.matrix-scroll')
        .evaluate((el) => el.scrollWidth > el.clientWidth + 1);
      expect(await figure.locator('.scroll-cue').count()).toBe(overflowing ? 1 : 0);
      if (width === 1280) expect(overflowing).toBe(false);
    });
  }

  it('under reduced motion, stepping through the stages leaves no animation running', async () => {
    const running = (page: import('playwright-core').Page) =>
      page.evaluate(
        () =>
          new Promise<number>((resolve) => {
            requestAnimationFrame(() => {
              resolve(document.getAnimations().filter((a) => a.playState === 'running').length);
            });
          }),
      );
    const still = await openStep(4, { reducedMotion: 'reduce' });
    for (let stage = 2; stage <= 4; stage++) {
      await still.getByRole('button', { name: 'Next stage' }).click();
      expect(await running(still), `stage ${String(stage)}`).toBe(0);
    }
    // The same steps with motion allowed do animate: the check above can see an animation.
    const moving = await openStep(4);
    await moving.getByRole('button', { name: 'Next stage' }).click();
    expect(await running(moving)).toBeGreaterThan(0);
  });
});
