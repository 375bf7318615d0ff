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
          r.lastElementChild?.textContent.trim() ?? '',
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
    const paragraph = figure.locator('.stage-now + p');
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
    expect(await figure.locator('.stage-now + p').textContent()).toContain(
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
});
