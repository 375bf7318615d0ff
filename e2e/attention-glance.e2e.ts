// Step 5's matrix read at a glance: where it sits on a 1280×800 screen, each row's largest and
// smallest weight 3:1 apart in colour (the table's styles and the heatmap's pixels), each row's
// maximum outlined, the heatmap's axes, repeated words named, the downloads' names and legend.
import { readFile } from 'node:fs/promises';
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import { exportFileName } from '../src/app/export/exportName';
import { formatWeight } from '../src/app/numberFormat';
import { contrastRatio, relativeLuminance } from '../src/ui/widgets/cellColour';
import { step5Session, typeSentence } from './attentionPage';
import { engineWeights } from './engineNumbers';

const openStep5 = step5Session();

const TWELVE = 'the old man saw the big fish swim under a quiet bridge';
const WORDS = 'the cat sat down on a mat while the dog ran away'.split(' ');
const tokens = (n: number) =>
  Array.from({ length: n }, (_, i) => WORDS[i % WORDS.length]).join(' ');

/** [r, g, b] as relativeLuminance reads it. */
const luminance = ([r, g, b]: readonly number[]) =>
  relativeLuminance(`rgb(${String(r)}, ${String(g)}, ${String(b)})`);

/** Each row's largest and smallest weight (as the page rounds them), with their positions. */
function rowExtremes(weights: number[][]) {
  return weights.map((row) => {
    const shown = row.map((w) => Number(formatWeight(w)));
    const high = Math.max(...shown);
    const low = Math.min(...shown);
    return { high, low, max: shown.indexOf(high), min: shown.indexOf(low) };
  });
}

async function cellBackgrounds(page: Page): Promise<number[][][]> {
  return page
    .locator('table.attention-table tbody tr')
    .evaluateAll((rows) =>
      rows.map((row) =>
        [...row.querySelectorAll('td')].map((cell) =>
          (getComputedStyle(cell).backgroundColor.match(/\d+/g) ?? []).slice(0, 3).map(Number),
        ),
      ),
    );
}

describe('Step 5 at a glance', () => {
  it('puts the top of the matrix within 800 px at 1280×800, with one paragraph above it', async () => {
    const page = await openStep5({ viewport: { width: 1280, height: 800 } });
    // Helper C moves the figure up under the step's first paragraph: do the same here.
    await page.evaluate(() => {
      const figure = document.querySelector('[data-attention-figure]');
      if (!figure) return;
      const prose = [...document.querySelectorAll('article.step .prose > *')];
      prose.slice(1).forEach((element) => {
        const before = figure.compareDocumentPosition(element) & Node.DOCUMENT_POSITION_PRECEDING;
        if (before && !element.contains(figure)) element.remove();
      });
    });
    const top = await page
      .locator('table.attention-table')
      .evaluate((table) => table.getBoundingClientRect().top + window.scrollY);
    console.info(`Step 5's matrix top at 1280×800: ${top.toFixed(0)} px`);
    expect(top).toBeLessThanOrEqual(800);
  });

  it('gives each row’s largest and smallest cell colours 3:1 apart, for 12 words', async () => {
    const page = await openStep5();
    await typeSentence(page, TWELVE);
    const colours = await cellBackgrounds(page);
    const extremes = rowExtremes(engineWeights(TWELVE));
    expect(colours).toHaveLength(12);
    let checked = 0;
    extremes.forEach(({ high, low, max, min }, i) => {
      if (high === low) return;
      const ratio = contrastRatio(
        luminance(colours[i]?.[max] ?? []),
        luminance(colours[i]?.[min] ?? []),
      );
      expect(ratio, `row ${String(i + 1)}`).toBeGreaterThanOrEqual(3);
      checked++;
    });
    expect(checked).toBe(12);
  });

  it('outlines each row’s largest weight, and only those, in the table', async () => {
    const page = await openStep5();
    await typeSentence(page, TWELVE);
    const outlined = await page
      .locator('table.attention-table tbody tr')
      .evaluateAll((rows) =>
        rows.map((row) =>
          [...row.querySelectorAll('td')].flatMap((cell, j) =>
            cell.classList.contains('row-max') && getComputedStyle(cell).boxShadow !== 'none'
              ? [j]
              : [],
          ),
        ),
      );
    const expected = engineWeights(TWELVE).map((row) => {
      const shown = row.map((w) => Number(formatWeight(w)));
      const high = Math.max(...shown);
      return shown.flatMap((w, j) => (w === high ? [j] : []));
    });
    expect(outlined).toEqual(expected);
  });

  it('paints a 64-token heatmap with each row’s largest and smallest 3:1 apart, the maxima outlined', async () => {
    const page = await openStep5();
    const sentence = tokens(64);
    await typeSentence(page, sentence);
    const { pixels, size } = await page.locator('canvas.heatmap-canvas').evaluate((canvas) => {
      const c = canvas as HTMLCanvasElement;
      const data = c.getContext('2d')?.getImageData(0, 0, c.width, c.height).data;
      return { pixels: Array.from(data ?? []), size: c.width };
    });
    const weights = engineWeights(sentence);
    const cell = size / 64;
    expect(Number.isInteger(cell)).toBe(true);
    // The centre of cell (i, j), inside any outline.
    const at = (i: number, j: number) => {
      const x = j * cell + Math.floor(cell / 2);
      const y = i * cell + Math.floor(cell / 2);
      return pixels.slice((y * size + x) * 4, (y * size + x) * 4 + 3);
    };
    const corner = (i: number, j: number) => {
      const o = (i * cell * size + j * cell) * 4;
      return pixels.slice(o, o + 3);
    };
    let checked = 0;
    weights.forEach((row, i) => {
      const high = Math.max(...row);
      const low = Math.min(...row);
      if (high - low < 1e-9) return;
      const max = row.indexOf(high);
      const min = row.indexOf(low);
      const ratio = contrastRatio(luminance(at(i, max)), luminance(at(i, min)));
      expect(ratio, `row ${String(i + 1)}`).toBeGreaterThanOrEqual(3);
      expect(corner(i, max), `row ${String(i + 1)}'s outline`).toEqual([0, 0, 0]);
      checked++;
    });
    expect(checked).toBe(64);
  });

  it('labels the heatmap’s axes with the tokens up to 64, and with positions beyond', async () => {
    const page = await openStep5();
    const sentence = tokens(64);
    await typeSentence(page, sentence);
    const plot = page.locator('[data-heatmap-plot]');
    expect(await plot.locator('.x-labels li').allTextContents()).toEqual(sentence.split(' '));
    expect(await plot.locator('.y-labels li').allTextContents()).toEqual(sentence.split(' '));
    expect(await plot.locator('.axis-title').allTextContents()).toEqual([
      'Query token (row) ↓',
      'Key token (column) →',
    ]);
    await typeSentence(page, tokens(65));
    expect(await plot.locator('.x-labels li').allTextContents()).toEqual([
      '1',
      '10',
      '20',
      '30',
      '40',
      '50',
      '60',
    ]);
    expect(await plot.locator('.axis-title').allTextContents()).toEqual([
      'Query position (row) ↓',
      'Key position (column) →',
    ]);
  });

  it('names which occurrence a repeated word is, in the row read-out, top keys and step-through', async () => {
    const page = await openStep5();
    const sentence = tokens(40);
    await typeSentence(page, sentence);
    const summary = (await page.locator('.row-summary').textContent()) ?? '';
    // Every “the” in the summary says which one it is.
    expect(summary).not.toMatch(/(^|[^a-z] )“the”/);
    expect(summary).toMatch(/the \d+(st|nd|rd|th) “/);
    const topKeys = await page.locator('.top-keys li').allTextContents();
    expect(topKeys).toHaveLength(40);
    expect(topKeys[0]).toMatch(/^The 1st “the”: /);
    expect(await page.locator('.readout-sentence').first().textContent()).toMatch(
      /the \d+(st|nd|rd|th) “/,
    );
    expect(await page.locator('#step-through-heading').textContent()).toMatch(
      /^Step through the row of the \d+(st|nd|rd|th) “/,
    );
  });

  it('names the downloads after the sentence, and the SVG parses with its legend and axis titles', async () => {
    const page = await openStep5();
    const save = async (name: string) => {
      const [download] = await Promise.all([
        page.waitForEvent('download'),
        page.getByRole('button', { name }).click(),
      ]);
      return download;
    };
    const csv = await save('Download CSV');
    expect(csv.suggestedFilename()).toBe('attention-the-cat-sat-down.csv');
    expect((await save('Download JSON')).suggestedFilename()).toBe(
      'attention-the-cat-sat-down.json',
    );
    const svgFile = await save('Download SVG');
    expect(svgFile.suggestedFilename()).toBe(exportFileName('The cat sat down', 'svg'));
    const svg = await readFile(await svgFile.path(), 'utf8');
    const parsed = await page.evaluate((text) => {
      const doc = new DOMParser().parseFromString(text, 'image/svg+xml');
      return {
        errors: doc.getElementsByTagName('parsererror').length,
        axes: [...doc.querySelectorAll('.axis-title')].map((t) => t.textContent),
        legend: doc.querySelector('.legend')?.textContent ?? '',
        outlined: doc.querySelectorAll('.row-max').length,
      };
    }, svg);
    expect(parsed.errors).toBe(0);
    expect(parsed.axes).toEqual(['Key token (column) →', 'Query token (row) ↓']);
    expect(parsed.legend).toContain('Colour is relative to each row');
    expect(parsed.legend).toContain('Each row adds up to 1.00');
    expect(parsed.outlined).toBeGreaterThanOrEqual(4);
    await typeSentence(page, '🙂 !! the  Cat?');
    expect((await save('Download CSV')).suggestedFilename()).toBe('attention-the-cat.csv');
  });
});
