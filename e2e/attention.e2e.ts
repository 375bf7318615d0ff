import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import ruleJson from '../content/self-attention/attention-rule.json';
import { formatWeight } from '../src/app/numberFormat';
import tableJson from '../src/data/word-classes.json';
import { parseAttentionRule } from '../src/engine/attentionRule';
import { lessonAttention, type LessonAttentionOptions } from '../src/engine/lessonAttention';
import { toRows } from '../src/engine/matrix';
import { parseTinyModel } from '../src/engine/modelFile';
import { encodeSentence, runTinyModel } from '../src/engine/transformer';
import { parseWordTable } from '../src/engine/wordFeatures';
import { expectNoAxeViolations, lessonSession } from './browser';

const table = parseWordTable(tableJson);
const rule = parseAttentionRule(ruleJson);
const engineWeights = (sentence: string, options: LessonAttentionOptions = {}) => {
  const result = lessonAttention(sentence, table, rule, options);
  return toRows(result.attention.heads[0]?.weights ?? result.x);
};

const openLessonPage = lessonSession();

async function openStep5(options = {}) {
  const opened = await openLessonPage('#/step/5/the-cat-sat-down', options);
  const { page } = opened;
  await page.locator('[data-attention-figure][data-rendered-sentence]').waitFor();
  return page;
}

/** The table's cells as text, rows by queries, without the header and row-sum columns. */
async function tableCells(page: Page): Promise<string[][]> {
  return page
    .locator('table.attention-table tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('td:not(.row-sum)')].map(
          (cell) => cell.firstChild?.textContent?.trim() ?? '',
        ),
      ),
    );
}

async function typeSentence(page: Page, sentence: string) {
  await page.getByRole('textbox', { name: 'Sentence' }).fill(sentence);
  await expect
    .poll(() => page.locator('[data-attention-figure]').getAttribute('data-rendered-sentence'))
    .toBe(sentence);
}

describe('Step 5: the attention matrix', () => {
  it('shows the engine’s weights for “The cat sat down” in every cell, with row sums', async () => {
    const page = await openStep5();
    const caption = page.locator('table.attention-table caption');
    expect(await caption.textContent()).toContain('“The cat sat down”');
    const expected = engineWeights('The cat sat down').map((row) => row.map(formatWeight));
    expect(await tableCells(page)).toEqual(expected);
    const sums = await page.locator('td.row-sum').allTextContents();
    expect(sums).toEqual(['1.00', '1.00', '1.00', '1.00']);
    const headers = await page.locator('table.attention-table thead th').allTextContents();
    expect(headers.map((h) => h.trim())).toEqual([
      'Query token',
      'The',
      'cat',
      'sat',
      'down',
      'Row sum',
    ]);
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
    const headers = await page.locator('table.attention-table thead th').allTextContents();
    expect(headers.map((h) => h.trim())).toEqual([
      'Query token',
      'The',
      'b',
      'zorblax*',
      'b',
      'ran',
      'away',
      'Row sum',
    ]);
    const notes = await page.locator('#attention-input-notes').textContent();
    expect(notes).toContain('Not words, so left out: < > / !');
    expect(notes).toContain('zorblax');
    expect(await tableCells(page)).toEqual(engineWeights(sentence).map((r) => r.map(formatWeight)));
  });

  it('keeps the learner’s sentence, mask and edited rule across a reload', async () => {
    const page = await openStep5();
    await typeSentence(page, 'A dog ran away');
    await page.getByRole('checkbox', { name: /Causal mask/ }).check();
    await page.getByText(/The rule behind these numbers/).click();
    const cell = page.getByRole('spinbutton', {
      name: 'How strongly a verb looks for a determiner',
    });
    await cell.fill('5');
    await cell.press('Enter');
    await page.reload();
    await page.locator('[data-attention-figure][data-rendered-sentence]').waitFor();
    expect(await page.getByRole('textbox', { name: 'Sentence' }).inputValue()).toBe(
      'A dog ran away',
    );
    expect(await page.getByRole('checkbox', { name: /Causal mask/ }).isChecked()).toBe(true);
    expect(await page.getByText('You have edited the rule.').count()).toBe(1);
    await page.evaluate(() => {
      localStorage.setItem(
        'self-attention-lesson/attention-settings/v1',
        '{"sentence": 3, "rule": []',
      );
    });
    await page.reload();
    await page.locator('[data-attention-figure][data-rendered-sentence]').waitFor();
    expect(await page.getByRole('textbox', { name: 'Sentence' }).inputValue()).toBe(
      'The cat sat down',
    );
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
    expect(summary?.startsWith(`40. “${words[39 % words.length] ?? ''}”: `)).toBe(true);
    expect(summary).toContain(formatWeight(best));
    expect(await page.locator('.top-keys li').count()).toBe(40);
    const huge = Array.from({ length: 530 }, (_, i) => words[i % words.length]).join(' ');
    await typeSentence(page, huge);
    expect(await page.locator('#attention-input-notes').textContent()).toContain(
      'Only the first 512 words are used; the last 18 were left out.',
    );
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

  it('lets the learner edit the rule, refuses nonsense, and resets it', async () => {
    const page = await openStep5();
    await page.getByText(/The rule behind these numbers/).click();
    const cell = page.getByRole('spinbutton', {
      name: 'How strongly a verb looks for a determiner',
    });
    await cell.fill('6');
    await cell.press('Enter');
    const edited = parseAttentionRule({
      ...ruleJson,
      lookFor: { ...ruleJson.lookFor, verb: { ...ruleJson.lookFor.verb, determiner: 6 } },
    });
    const result = lessonAttention('The cat sat down', table, edited);
    const expected = toRows(result.attention.heads[0]?.weights ?? result.x).map((r) =>
      r.map(formatWeight),
    );
    expect(await tableCells(page)).toEqual(expected);
    await cell.fill('999');
    await cell.press('Enter');
    expect(await page.locator('.rule-editor .input-notes').textContent()).toContain(
      'needs a number from −20 to 20',
    );
    await page.getByRole('button', { name: 'Reset the rule' }).click();
    expect(await tableCells(page)).toEqual(
      engineWeights('The cat sat down').map((r) => r.map(formatWeight)),
    );
  });

  it('downloads the matrix as CSV, JSON and SVG', async () => {
    const page = await openStep5();
    const save = async (name: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name }).click(),
      ]);
      return readFile(await download.path(), 'utf8');
    };
    const csv = await save('Download CSV');
    const rows = csv
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',').slice(1, 5).map(Number));
    expect(rows).toEqual(engineWeights('The cat sat down'));
    const json = JSON.parse(await save('Download JSON')) as { tokens: string[] };
    expect(json.tokens).toEqual(['The', 'cat', 'sat', 'down']);
    const svg = await save('Download SVG');
    expect(svg).toMatch(/^<svg xmlns="http:\/\/www.w3.org\/2000\/svg"/);
    expect(svg.match(/<rect /g)).toHaveLength(16);
  });

  it('switches to the trained model and shows the head the learner opens, from the engine', async () => {
    const page = await openStep5();
    await page.getByRole('radio', { name: 'a trained model' }).check();
    const overview = page.getByRole('group', { name: /Every layer and head/ });
    await overview.waitFor();
    expect(await overview.getByRole('button').count()).toBe(8);
    await overview.getByRole('button', { name: 'Layer 2, head 3' }).click();
    const folder = new URL('../public/models/brown-tiny/', import.meta.url);
    const model = parseTinyModel(
      JSON.parse(await readFile(new URL('model.json', folder), 'utf8')) as unknown,
      new Uint8Array(await readFile(new URL('weights.bin', folder))).buffer,
    );
    const run = runTinyModel(model, encodeSentence(model, 'The cat sat down').ids);
    const expected = toRows(run.layers[1]?.heads[2]?.weights ?? model.tokenEmbedding);
    expect(await tableCells(page)).toEqual(expected.map((r) => r.map(formatWeight)));
    expect(await page.locator('td.masked').count()).toBe(10);
    expect(await page.getByText(/“sat” cannot see\s+“down”/).count()).toBe(1);
    const { layers, heads } = model.config;
    expect(await page.getByText(`${String(layers)} layers of ${String(heads)} heads`).count()).toBe(
      1,
    );
    await expectNoAxeViolations(page);
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations with the figure open, causal and heatmap, in the ${colorScheme} theme`, async () => {
      const page = await openStep5({ colorScheme });
      await page.getByText(/The rule behind these numbers/).click();
      await page.getByRole('button', { name: 'Show all stages' }).click();
      await expectNoAxeViolations(page);
      await page.getByRole('checkbox', { name: /Causal mask/ }).check();
      await typeSentence(page, Array.from({ length: 40 }, () => 'cat sat').join(' '));
      await expectNoAxeViolations(page);
    });
  }

  it('scrolls the table inside a focusable region at 320 px', async () => {
    const page = await openStep5({ viewport: { width: 320, height: 640 } });
    await typeSentence(page, 'the cat sat down on the mat while the old dog ran far away');
    expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
      320,
    );
    const region = page.getByRole('region', { name: /Attention weights for/ });
    expect(await region.getAttribute('tabindex')).toBe('0');
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  });
});
