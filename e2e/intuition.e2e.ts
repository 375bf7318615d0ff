// Steps 1, 3 and 4: relationships, every token looking at every token, paths, word order, and
// query-key-value retrieval, each checked against the engine.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import ruleJson from '../content/self-attention/attention-rule.json';
import { formatWeight } from '../src/app/numberFormat';
import { describeQuery } from '../src/app/queryWords';
import tableJson from '../src/data/word-classes.json';
import { parseAttentionRule } from '../src/engine/attentionRule';
import { lessonAttention } from '../src/engine/lessonAttention';
import { row } from '../src/engine/matrix';
import { parseWordTable, WORD_CLASSES } from '../src/engine/wordFeatures';
import { expectNoAxeViolations, lessonSession, waitForFigures } from './browser';

const lesson = (options = {}) =>
  lessonAttention(
    'The cat sat down',
    parseWordTable(tableJson),
    parseAttentionRule(ruleJson),
    options,
  );

const openLessonPage = lessonSession();

async function openStep(n: number, options = {}): Promise<Page> {
  const opened = await openLessonPage(`#/step/${n}`, options);
  await waitForFigures(opened.page);
  return opened.page;
}

describe('Step 1: relationships', () => {
  it('shows the relationships of the chosen word, marked as a linguist’s reading', async () => {
    const page = await openStep(1);
    expect(await page.getByText(/not attention weights, and not computed/).isVisible()).toBe(true);
    await page.getByRole('button', { name: 'sat', exact: true }).click();
    const list = page.locator('.relation-list');
    expect(await list.textContent()).toContain('Who sat?');
    expect(await list.textContent()).toContain('How?');
    await page.getByRole('button', { name: 'The', exact: true }).click();
    expect(await list.textContent()).toContain('Which cat?');
    await page.getByRole('radio', { name: '“The cat sat on the floor”' }).check();
    await page.getByRole('button', { name: 'floor', exact: true }).click();
    expect(await list.textContent()).toContain('On what?');
  });
});

describe('Step 3: every token looks at every token', () => {
  it('draws a line to every token with the engine’s weight beside it', async () => {
    const page = await openStep(3);
    const figure = page.getByRole('region', { name: 'Every token looks at every token' });
    await figure.getByRole('button', { name: 'cat', exact: true }).click();
    const labels = await figure.locator('text.line-weight').allTextContents();
    const weights = [...row(lesson().attention.heads[0]?.weights ?? lesson().x, 1)];
    expect(labels).toEqual(weights.map(formatWeight));
    expect(await figure.locator('line.attention-line').count()).toBe(4);
    await figure.getByRole('checkbox', { name: /Causal mask/ }).check();
    expect(await figure.locator('line.attention-line').count()).toBe(2);
    expect(await figure.locator('text.line-weight').allTextContents()).toEqual(
      [...row(lesson({ causal: true }).attention.heads[0]?.weights ?? lesson().x, 1)]
        .slice(0, 2)
        .map(formatWeight)
        .concat(['masked', 'masked']),
    );
  });

  it('counts j − i steps along the chain and one through attention', async () => {
    const page = await openStep(3);
    const figure = page.getByRole('region', { name: 'How many steps from one word to another?' });
    await figure.getByRole('combobox', { name: 'From' }).selectOption({ label: '1. The' });
    await figure.getByRole('combobox', { name: 'To' }).selectOption({ label: '4. down' });
    expect(await figure.locator('[data-path="rnn"]').textContent()).toContain('3 steps');
    expect(await figure.locator('[data-path="attention"]').textContent()).toContain('1 step');
    await figure.getByRole('combobox', { name: 'From' }).selectOption({ label: '4. down' });
    await figure.getByRole('combobox', { name: 'To' }).selectOption({ label: '1. The' });
    expect(await figure.locator('[data-path="rnn"]').textContent()).toContain('No path');
    expect(await figure.locator('[data-path="attention"]').textContent()).toContain('1 step');
    await figure.getByRole('checkbox', { name: /Causal mask/ }).check();
    expect(await figure.locator('[data-path="attention"]').textContent()).toContain('No path');
  });

  it('shows that shuffling changes nothing but the order, unless the causal mask is on', async () => {
    const page = await openStep(3);
    const figure = page.getByRole('region', { name: 'Shuffle the words' });
    const captions = () =>
      figure
        .locator('table caption')
        .evaluateAll((all) => all.map((c) => c.textContent.trim().split(':')[0]));
    // Nothing is shuffled yet, so there is no shuffled table to repeat the original.
    expect(await captions()).toEqual(['Original order']);
    expect(await figure.textContent()).not.toContain('Shuffled:');
    await figure.getByRole('button', { name: 'Shuffle the words' }).click();
    expect(await captions()).toEqual(['Original order', 'Shuffled order']);
    expect(await figure.locator('.readout-sentence').textContent()).toMatch(
      /Every pair of words has (exactly )?the same weight in both orders/,
    );
    await figure.getByRole('checkbox', { name: /Causal mask/ }).check();
    expect(await figure.locator('.readout-sentence').textContent()).toMatch(
      /\d+ of 16 pairs of words changed weight/,
    );
  });
});

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

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations at every stage (${colorScheme})`, async () => {
      const page = await openStep(4, { colorScheme });
      for (let stage = 0; stage < 4; stage++) {
        await expectNoAxeViolations(page);
        if (stage < 3) await page.getByRole('button', { name: 'Next stage' }).click();
      }
    });
  }
});
