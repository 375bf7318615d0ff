// Step 5's tools: settings kept across a reload, the rule editor, the downloads, the trained
// model's heads, axe in both themes and a 320 px screen.
import { readFile } from 'node:fs/promises';
import { describe, expect, it } from 'vitest';
import ruleJson from '../content/self-attention/attention-rule.json';
import { formatWeight } from '../src/app/numberFormat';
import { parseAttentionRule } from '../src/engine/attentionRule';
import { lessonAttention } from '../src/engine/lessonAttention';
import { toRows } from '../src/engine/matrix';
import { parseTinyModel } from '../src/engine/modelFile';
import { encodeSentence, runTinyModel } from '../src/engine/transformer';
import { step5Session, tableCells, typeSentence } from './attentionPage';
import { expectNoAxeViolations, pageScrollWidth, THEMES } from './browser';
import { engineWeights, table } from './engineNumbers';

const openStep5 = step5Session();

describe('Step 5: the attention matrix', () => {
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
    // One rectangle a cell, an outline on each row's largest, the background and the legend's.
    expect(svg.match(/<rect [^>]*stroke="#ffffff"/g)).toHaveLength(16);
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

  for (const colorScheme of THEMES) {
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
    expect(await pageScrollWidth(page)).toBeLessThanOrEqual(320);
    const region = page.getByRole('region', { name: /Attention weights for/ });
    expect(await region.getAttribute('tabindex')).toBe('0');
    expect(await region.evaluate((el) => el.scrollWidth > el.clientWidth)).toBe(true);
  });
});
