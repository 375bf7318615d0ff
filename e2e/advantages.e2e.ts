// Step 6: work, depth and time bounds from the engine's cost model, the n² price, and a real
// measurement with Web Workers in the browser.
import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import {
  attentionCost,
  crossoverProcessors,
  favouredModel,
  rnnCost,
} from '../src/engine/parallelCost';
import { gpuMarks } from '../src/ui/figures/parallel/processorMarks';
import {
  expectNoAxeViolations,
  lessonSession,
  openFigures,
  waitForFigures,
  type ContextOptions,
} from './browser';

const openLessonPage = lessonSession();

const openStep6 = (options: ContextOptions = {}) =>
  openFigures(openLessonPage, '#/step/6', options);

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
    // The counts behind the plot are in a "Go deeper" disclosure: open it as a learner would.
    await page.locator('[data-cost-details] > summary').click();
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

  it('marks where attention overtakes the RNN, and one H100 counted two ways', async () => {
    const page = await openStep6();
    // The GPU and the time table are in a "Go deeper" disclosure: open it as a learner would.
    await page.locator('[data-gpu-details] > summary').click();
    for (const n of [512, 2048]) {
      if (n !== 512) await page.getByRole('button', { name: String(n), exact: true }).click();
      const rnn = rnnCost({ n, inputSize: 64, hiddenSize: 64 });
      const attention = attentionCost({ n, modelSize: 64, keySize: 64 });
      const upper = crossoverProcessors(rnn, attention, 'upper') ?? NaN;
      const lower = crossoverProcessors(rnn, attention, 'lower') ?? NaN;
      expect(await page.locator('[data-crossover-sentence]').textContent()).toContain(
        `drop below the RNN’s at ${fmt(upper)} processors comparing the upper bounds, work/P + depth, and at ${fmt(lower)} comparing the lower bounds`,
      );
      const table = page.getByRole('table', { name: /Time on P processors/ });
      for (const mark of gpuMarks) {
        const favoured = favouredModel(rnn, attention, mark.processors);
        expect(
          await table
            .locator(`tr[data-kind="${mark.id}"] [data-favoured]`)
            .getAttribute('data-favoured'),
        ).toBe(favoured);
      }
      const plot = page.getByRole('img', { name: /both models’ time bounds/ });
      expect(await plot.locator('text.mark-label').allTextContents()).toContain('H100 FP32 lanes');
    }
    expect(await page.locator('[data-gpu-sentence]').textContent()).toContain(
      'The answer depends on what one counts as a processor.',
    );
  });

  it('keeps the plot and its labels inside a 390 px wide screen, labels apart', async () => {
    const page = await openStep6({ viewport: { width: 390, height: 844 } });
    for (const n of ['4', '512', '2048']) {
      await page.getByRole('button', { name: n, exact: true }).click();
      const svg = page.locator('.brent-plot svg');
      const frame = await svg.boundingBox();
      if (!frame) throw new Error('no plot');
      expect(frame.x + frame.width).toBeLessThanOrEqual(390);
      const boxes = await svg.locator('text').evaluateAll((texts) =>
        texts.map((t) => {
          const r = t.getBoundingClientRect();
          return {
            left: r.left,
            right: r.right,
            top: r.top,
            bottom: r.bottom,
            label: t.classList.contains('mark-label'),
          };
        }),
      );
      for (const box of boxes) {
        expect(box.left).toBeGreaterThanOrEqual(frame.x - 0.5);
        expect(box.right).toBeLessThanOrEqual(frame.x + frame.width + 0.5);
      }
      const labels = boxes.filter((b) => b.label);
      for (const a of labels) {
        for (const b of boxes) {
          if (a === b) continue;
          const overlap =
            a.left < b.right && b.left < a.right && a.top < b.bottom && b.top < a.bottom;
          expect(overlap).toBe(false);
        }
      }
    }
  });

  it('draws each plot once, at the width its card gives it: nothing is redrawn once measured', async () => {
    for (const width of [390, 1280]) {
      const page = await openStep6({ viewport: { width, height: 844 } });
      // Every change of a plot's width after it entered the page, from the first script on.
      await page.addInitScript(() => {
        const changes: string[] = [];
        Object.assign(window, { plotWidthChanges: changes });
        new MutationObserver((records) => {
          for (const record of records) {
            if (record.oldValue === null || !(record.target instanceof SVGSVGElement)) continue;
            const plot = record.target.parentElement?.className ?? '?';
            changes.push(
              `${plot}: ${record.oldValue} → ${String(record.target.getAttribute('width'))}`,
            );
          }
        }).observe(document, {
          subtree: true,
          attributes: true,
          attributeFilter: ['width'],
          attributeOldValue: true,
        });
      });
      await page.reload();
      await waitForFigures(page);
      // Two frames: a ResizeObserver's report would have come and been drawn.
      await page.evaluate(
        () => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))),
      );
      const plots = await page
        .locator('.brent-plot svg, .experiment-plot svg')
        .evaluateAll((svgs) =>
          svgs.map((svg) => ({
            drawn: Number(svg.getAttribute('width')),
            shown: svg.parentElement?.clientWidth ?? 0,
          })),
        );
      expect(plots.length).toBeGreaterThanOrEqual(2);
      for (const plot of plots) expect(plot.drawn).toBe(Math.min(760, plot.shown));
      expect(
        await page.evaluate(
          () => (window as unknown as { plotWidthChanges: string[] }).plotWidthChanges,
        ),
      ).toEqual([]);
    }
  });

  it('holds a card at a screen’s height while a part is still to come, but not for a late part', async () => {
    const page = await openStep6({ viewport: { width: 1280, height: 800 } });
    const card = page.locator('.figure-card[data-figure="recall-experiment"]');
    const minHeightWith = (marker: string) =>
      card.evaluate((element, value) => {
        const pending = document.createElement('div');
        pending.hidden = true;
        pending.dataset.partPending = value;
        element.append(pending);
        const height = getComputedStyle(element).minHeight;
        pending.remove();
        return height;
      }, marker);
    expect(await minHeightWith('')).toBe('800px');
    // The loss curves, built a turn after Start: the card keeps its own height.
    expect(await minHeightWith('late')).toBe('0px');
    expect(await card.evaluate((element) => getComputedStyle(element).minHeight)).toBe('0px');
  });

  it('measures attention split across Web Workers, with the same result as the engine', async () => {
    const page = await openStep6();
    await page.locator('[data-worker-measurement] > summary').click();
    await page.getByRole('combobox', { name: 'n', exact: true }).selectOption('256');
    await page.getByRole('button', { name: 'Measure' }).click();
    const difference = page.locator('[data-max-difference]');
    await difference.waitFor({ timeout: 60_000 });
    // Split and whole are summed in the same order, so they agree to the last bit.
    expect(await difference.textContent()).toBe('exactly the same');
    expect(await page.locator('[data-speedup]').textContent()).toMatch(/^\d+\.\d\d×$/);
    expect(
      await page
        .getByRole('rowheader', { name: 'RNN steps, 1 thread (cannot be split across time)' })
        .count(),
    ).toBe(1);
    const rnn = rnnCost({ n: 256, inputSize: 64, hiddenSize: 64 });
    const attention = attentionCost({ n: 256, modelSize: 64, keySize: 64 });
    const first = Math.min(
      crossoverProcessors(rnn, attention, 'upper') ?? NaN,
      crossoverProcessors(rnn, attention, 'lower') ?? NaN,
    );
    expect(await page.locator('[data-worker-conclusion]').textContent()).toContain(
      `drop below the RNN’s only from about ${fmt(first)} processors`,
    );
    await expectNoAxeViolations(page);
  });

  it('points back to Step 3’s path figure instead of showing it twice, and the link leads there', async () => {
    const page = await openStep6();
    expect(
      await page.getByRole('region', { name: 'How many steps from one word to another?' }).count(),
    ).toBe(0);
    await page.getByRole('link', { name: 'Step 3’s path figure' }).click();
    const figure = page.getByRole('region', { name: 'How many steps from one word to another?' });
    await figure.getByRole('combobox', { name: 'To' }).selectOption({ label: '3. sat' });
    expect(await figure.locator('[data-path="rnn"]').textContent()).toContain('2 steps');
  });

  it('has no axe violations in the dark theme', async () => {
    const page = await openStep6({ colorScheme: 'dark' });
    await expectNoAxeViolations(page);
  });

  it('puts the takeaway in view right under the control, before the plot and every disclosure', async () => {
    const page = await openStep6({ viewport: { width: 390, height: 844 } });
    const figure = page.locator('.parallel-figure');
    const takeaway = await figure.locator('[data-crossover-sentence]').boundingBox();
    const control = await figure
      .getByRole('spinbutton', { name: 'Sequence length n' })
      .boundingBox();
    const plot = await figure.getByRole('img', { name: /both models’ time bounds/ }).boundingBox();
    const firstDisclosure = await figure.locator('details').first().boundingBox();
    expect(takeaway && control && plot && firstDisclosure).toBeTruthy();
    if (!takeaway || !control || !plot || !firstDisclosure) return;
    expect(takeaway.y).toBeGreaterThan(control.y);
    expect(takeaway.y + takeaway.height).toBeLessThanOrEqual(plot.y);
    expect(takeaway.y).toBeLessThan(firstDisclosure.y);
    // The counts behind it are closed until asked for.
    expect(await figure.getByRole('table', { name: /Cost of one pass/ }).isVisible()).toBe(false);
  });

  for (const width of [390, 1280]) {
    it(`shows the scroll cue under the cost table only while it overflows, at ${String(width)} px`, async () => {
      const page = await openStep6({ viewport: { width, height: 800 } });
      await page.locator('[data-cost-details] > summary').click();
      // n = 512, then the largest n the box takes: the widest numbers the table can show.
      for (const [n, shown] of [
        ['512', 'n = 512 tokens'],
        ['4096', 'n = 4,096 tokens'],
      ] as const) {
        await page.getByRole('spinbutton', { name: 'Sequence length n' }).fill(n);
        await page.locator('#parallel-cost-caption').filter({ hasText: shown }).waitFor();
        const wrapper = page.locator('.scroll-region', {
          has: page.getByRole('region', { name: /Cost of one pass/ }),
        });
        const overflowing = await wrapper
          .locator('.matrix-scroll')
          .evaluate((el) => el.scrollWidth > el.clientWidth + 1);
        // The region was just opened (Go deeper): its size observer reports a frame or two later.
        await expect.poll(() => wrapper.getAttribute('data-overflowing')).toBe(String(overflowing));
        const cue = wrapper.locator(
          "xpath=following-sibling::*[1][contains(@class, 'scroll-cue')]",
        );
        expect(await cue.count()).toBe(overflowing ? 1 : 0);
        expect(await page.evaluate(() => document.documentElement.scrollWidth)).toBeLessThanOrEqual(
          width,
        );
      }
    });
  }
});
