// Steps 1 and 3: relationships, every token looking at every token, paths and word order, each
// checked against the engine.
import { describe, expect, it } from 'vitest';
import { formatWeight } from '../src/app/numberFormat';
import type { LessonAttentionOptions } from '../src/engine/lessonAttention';
import { row } from '../src/engine/matrix';
import { lessonSession, openFigures, type ContextOptions } from './browser';
import { lessonOf } from './engineNumbers';

const lesson = (options: LessonAttentionOptions = {}) => lessonOf('The cat sat down', options);

const openLessonPage = lessonSession();

const openStep = (n: number, options: ContextOptions = {}) =>
  openFigures(openLessonPage, `#/step/${n}`, options);

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
    // One line per token (the legend's sample lines aside).
    expect(await figure.locator('line.attention-line[data-weight]').count()).toBe(4);
    await figure.getByRole('checkbox', { name: /Causal mask/ }).check();
    expect(await figure.locator('line.attention-line[data-weight]').count()).toBe(2);
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
        .locator('.table-caption')
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
