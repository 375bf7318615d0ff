// Step 5's weights, each checked against the engine: the table and its row sums, a chosen row in
// words, typed sentences (unknown words, no HTML, nothing to attend to), the heatmap above 32
// tokens and the cut at 512, the causal mask and the sharpness.
import { describe, expect, it } from 'vitest';
import { formatWeight } from '../src/app/numberFormat';
import { sentenceCutMessage } from '../src/app/messages';
import { keepWithinLimit } from '../src/app/sentenceLimit';
import { ordinal } from '../src/app/tokenLabels';
import { step5Session, tableCells, tableHeaders, typeSentence } from './attentionPage';
import { engineWeights } from './engineNumbers';

const openStep5 = step5Session();

describe('Step 5: the attention matrix', () => {
  it('shows the engine’s weights for “The cat sat down” in every cell, the row sums in a note', async () => {
    const page = await openStep5();
    const caption = page.locator('.table-caption');
    expect(await caption.textContent()).toContain('“The cat sat down”');
    const expected = engineWeights('The cat sat down').map((row) => row.map(formatWeight));
    expect(await tableCells(page)).toEqual(expected);
    expect(await page.locator('td.row-sum').count()).toBe(0);
    const sums = engineWeights('The cat sat down').map((row) =>
      formatWeight(row.reduce((a, b) => a + b, 0)),
    );
    expect(await page.locator('.table-note').textContent()).toBe(
      `Each row adds up to ${sums[0] ?? ''} (summed from the unrounded weights).`,
    );
    expect(await tableHeaders(page)).toEqual(['Query token', 'The', 'cat', 'sat', 'down']);
  });

  it('explains a chosen row in words, from the numbers, and steps through its arithmetic', async () => {
    const page = await openStep5();
    const sat = engineWeights('The cat sat down')[2] ?? [];
    await page.getByRole('button', { name: 'cat', exact: true }).click();
    expect(await page.getByRole('heading', { name: 'What “cat” attends to' }).isVisible()).toBe(
      true,
    );
    await page.getByRole('button', { name: 'sat', exact: true }).click();
    expect(
      await page.getByRole('button', { name: 'sat', exact: true }).getAttribute('aria-pressed'),
    ).toBe('true');
    const readout = await page.locator('.readout-sentence').textContent();
    expect(readout).toContain(`“sat” attends most to “cat” (${formatWeight(sat[1] ?? NaN)})`);
    expect(readout).toContain(`then “down” (${formatWeight(sat[3] ?? NaN)})`);
    // Step through with the keyboard to the last stage; the weights equal the row.
    await page.getByRole('button', { name: 'Next stage' }).focus();
    for (let i = 0; i < 3; i++) await page.keyboard.press('Enter');
    const lastColumn = await page
      .locator('table.step-table tbody tr')
      .evaluateAll((rows) => rows.map((r) => r.lastElementChild?.textContent.trim() ?? ''));
    expect(lastColumn).toEqual(sat.map((w) => w.toFixed(3)));
  });

  it('follows a typed sentence, marks unknown words and never inserts HTML', async () => {
    const page = await openStep5();
    const sentence = 'The <b>zorblax</b> ran away!';
    await typeSentence(page, sentence);
    expect(await page.locator('table.attention-table b').count()).toBe(0);
    expect(await tableHeaders(page)).toEqual([
      'Query token',
      'The',
      'b',
      'zorblax*',
      'b',
      'ran',
      'away',
    ]);
    const notes = await page.locator('#attention-input-notes').textContent();
    expect(notes).toContain('Not words, so left out: < > / !');
    expect(notes).toContain('zorblax');
    expect(await tableCells(page)).toEqual(engineWeights(sentence).map((r) => r.map(formatWeight)));
  });

  it('says clearly when there is nothing to attend to, and keeps the text', async () => {
    const page = await openStep5();
    await typeSentence(page, '   ');
    expect(await page.locator('#attention-input-notes').textContent()).toContain(
      'The sentence is empty',
    );
    await typeSentence(page, '🙂 !!');
    expect(await page.locator('#attention-input-notes').textContent()).toContain(
      'no words to attend to',
    );
    expect(await page.getByRole('textbox', { name: 'Sentence' }).inputValue()).toBe('🙂 !!');
    await page.getByRole('button', { name: 'Use “The cat sat down” again' }).click();
    expect(await tableCells(page)).toHaveLength(4);
  });

  it('switches to a heatmap with a row read-out above 32 tokens, and cuts at 512', async () => {
    const page = await openStep5();
    const words = 'the cat sat down on a mat while the dog ran away'.split(' ');
    const long = Array.from({ length: 40 }, (_, i) => words[i % words.length]).join(' ');
    await typeSentence(page, long);
    expect(await page.locator('table.attention-table').count()).toBe(0);
    const picker = page.getByRole('slider', { name: /Query row/ });
    await picker.focus();
    await page.keyboard.press('End');
    const expected = engineWeights(long)[39] ?? [];
    const best = Math.max(...expected);
    const summary = await page.locator('.row-summary').textContent();
    // The 40th token repeats a word: the read-out says which occurrence it is.
    const last = words[39 % words.length] ?? '';
    const nth = long.split(' ').filter((w) => w === last).length;
    expect(summary?.startsWith(`40. The ${ordinal(nth)} “${last}”: `)).toBe(true);
    expect(summary).toContain(formatWeight(best));
    expect(await page.locator('.top-keys li').count()).toBe(40);
    const huge = Array.from({ length: 530 }, (_, i) => words[i % words.length]).join(' ');
    await typeSentence(page, huge);
    const kept = keepWithinLimit(huge).text;
    expect(await page.locator('#attention-input-notes').textContent()).toContain(
      sentenceCutMessage(kept.length),
    );
    // The box itself holds only the first 512 words, so typing on costs what it costs at 512.
    expect(await page.getByRole('textbox', { name: 'Sentence' }).inputValue()).toBe(kept);
    expect(await page.locator('.top-keys li').count()).toBe(512);
  });

  it('masks later tokens in causal mode and sharpens with the sharpness buttons', async () => {
    const page = await openStep5();
    await page.getByRole('checkbox', { name: /Causal mask/ }).check();
    const causal = engineWeights('The cat sat down', { causal: true }).map((r) =>
      r.map(formatWeight),
    );
    expect(await tableCells(page)).toEqual(causal);
    expect(await page.locator('td.masked').count()).toBe(6);
    await page.getByRole('checkbox', { name: /Causal mask/ }).uncheck();
    await page.getByRole('button', { name: 'Sharper' }).click();
    await page.getByRole('button', { name: 'Sharper' }).click();
    expect(await page.locator('.attention-controls output').textContent()).toContain(
      'temperature T = 0.25',
    );
    const sharp = engineWeights('The cat sat down', { temperature: 0.25 }).map((r) =>
      r.map(formatWeight),
    );
    expect(await tableCells(page)).toEqual(sharp);
    await page.getByRole('button', { name: 'Reset sharpness' }).click();
  });
});
