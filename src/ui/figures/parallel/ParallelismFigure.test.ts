// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import BrentPlot from './BrentPlot.svelte';
import ParallelismFigure from './ParallelismFigure.svelte';
import { attentionCost, rnnCost } from '../../../engine/parallelCost';
import { crossovers, gpuMarks } from './processorMarks';
import { plotKey } from './parallelMessages';
import { renderBuilt } from '../../../testing/built';
import { normalisedHtml } from '../../../testing/normalisedHtml';
import { withoutResizeObserver } from '../../../testing/resizeObserver';

const costsAt = (n: number) => ({
  rnn: rnnCost({ n, inputSize: 64, hiddenSize: 64 }),
  attention: attentionCost({ n, modelSize: 64, keySize: 64 }),
});

withoutResizeObserver();
afterEach(cleanup);

describe('ParallelismFigure', () => {
  it('says its takeaway before the plot, with the counts behind it in a Go deeper disclosure', async () => {
    const { container } = await renderBuilt(ParallelismFigure);
    const takeaway = container.querySelector('[data-crossover-sentence]');
    const plot = container.querySelector('svg[role="img"]');
    expect(takeaway && plot).toBeTruthy();
    if (!takeaway || !plot) return;
    // DOCUMENT_POSITION_FOLLOWING: the plot comes after the takeaway, as does every disclosure.
    expect(takeaway.compareDocumentPosition(plot) & Node.DOCUMENT_POSITION_FOLLOWING).toBeTruthy();
    expect(takeaway.closest('details')).toBeNull();
    for (const details of container.querySelectorAll('details')) {
      expect(
        takeaway.compareDocumentPosition(details) & Node.DOCUMENT_POSITION_FOLLOWING,
      ).toBeTruthy();
    }
    expect(container.querySelector('.cost-table')?.closest('details.go-deeper')).toBeTruthy();
    expect(
      container.querySelector('[data-depth-sentence]')?.closest('details.go-deeper'),
    ).toBeTruthy();
  });

  it('keys every kind of line the plot draws, each drawn as the plot draws it and said in words', async () => {
    const { container } = await renderBuilt(ParallelismFigure);
    const items = [...container.querySelectorAll('.brent-legend li')];
    expect(items.map((li) => li.textContent.trim())).toEqual([
      'RNN: dashed grey line',
      'Attention: solid magenta line',
      plotKey.lower,
      plotKey.upper,
      plotKey.crossover,
      plotKey.gpu,
    ]);
    // Each swatch uses the class of what it stands for on the plot.
    const plot = screen.getByRole('img');
    for (const [i, selector] of [
      [2, '.lower'],
      [3, '.upper'],
      [4, '.crossover-band'],
      [5, '.mark-line.gpu'],
    ] as const) {
      expect(items[i]?.querySelector(selector)).toBeTruthy();
      expect(plot.querySelector(selector)).toBeTruthy();
    }
  });

  it('marks the crossover and one H100 counted two ways, on the plot and in its text', async () => {
    const { container } = await renderBuilt(ParallelismFigure);
    await fireEvent.click(screen.getByRole('button', { name: '2048' }));
    // The time table is built when its disclosure is first opened (BuiltWhenOpen).
    const gpu = container.querySelector<HTMLDetailsElement>('[data-gpu-details]');
    if (gpu) gpu.open = true;
    if (gpu) await fireEvent(gpu, new Event('toggle'));
    const plot = screen.getByRole('img');
    const labels = [...plot.querySelectorAll('text.mark-label')].map((t) => t.textContent);
    expect(labels).toEqual(['H100 tensor cores', 'crossover 30,570–31,403', 'H100 FP32 lanes']);
    expect(plot.querySelectorAll('circle.crossing')).toHaveLength(2);
    const ticks = [...plot.querySelectorAll('text.tick')].map((t) => t.textContent);
    expect(ticks).toContain('10⁶');
    // The plot's text alternative is the paragraphs that say what it shows.
    const described = (plot.getAttribute('aria-labelledby') ?? '')
      .split(' ')
      .map((id) => document.getElementById(id)?.textContent ?? '')
      .join(' ');
    expect(described).toContain('both bounds favour the RNN; counting the tensor cores’');
    expect(described).toContain('its bounds drop below the RNN’s at 30,570 processors');
    const table = screen.getByRole('table', { name: /Time on P processors at n = 2,048/ });
    const fp32 = table.querySelector('tr[data-kind="fp32"] [data-favoured]');
    const tensor = table.querySelector('tr[data-kind="tensor"] [data-favoured]');
    expect(fp32?.textContent).toBe('RNN');
    expect(tensor?.textContent).toBe('attention');
  });
});

describe('ParallelismFigure’s sequence length', () => {
  // The table is named by its caption, which sits above the scroll region.
  const caption = () =>
    document.getElementById(
      screen
        .getByRole('table', { name: /Cost of one pass over n = / })
        .getAttribute('aria-labelledby') ?? '',
    );
  const box = () => screen.getByRole('spinbutton', { name: 'Sequence length n' });

  it('follows a whole number typed in range', async () => {
    await renderBuilt(ParallelismFigure);
    await fireEvent.input(box(), { target: { value: '1000' } });
    expect(caption()?.textContent).toContain('n = 1,000 tokens');
    expect(box().getAttribute('aria-invalid')).toBeNull();
    expect(box().getAttribute('aria-describedby')).toBeNull();
  });

  // Hostile input of issue 12, item 8: each was silently turned into 1, 4,096 or 2.
  describe('hostile sequence lengths', () => {
    for (const text of ['0', '-5', '99999', '1e9', '1.5', 'abc', '']) {
      it(`refuses “${text}”, says why and keeps n = 512`, async () => {
        await renderBuilt(ParallelismFigure);
        await fireEvent.input(box(), { target: { value: text } });
        expect(box().getAttribute('aria-invalid')).toBe('true');
        const problem = document.getElementById(box().getAttribute('aria-describedby') ?? '');
        expect(problem?.textContent).toBe(
          'Type a whole number from 1 to 4,096; the figure keeps n = 512.',
        );
        expect(caption()?.textContent).toContain('n = 512 tokens');
        // The preset for the kept n is still the pressed one, and it puts the box right.
        await fireEvent.click(screen.getByRole('button', { name: '512' }));
        expect(box()).toHaveProperty('value', '512');
        expect(box().getAttribute('aria-invalid')).toBeNull();
      });
    }
  });
});

describe('BrentPlot', () => {
  it('draws both models’ bounds, the crossover and the GPU lines for n = 512', async () => {
    const { rnn, attention } = costsAt(512);
    const { container } = render(BrentPlot, {
      props: {
        rnn,
        attention,
        crossover: crossovers(rnn, attention),
        gpuMarks,
        maxProcessors: 1e6,
        describedBy: 'test',
      },
    });
    expect(container.querySelectorAll('path.bound')).toHaveLength(4);
    expect(container.querySelectorAll('line.mark-line.gpu')).toHaveLength(2);
    expect(container.querySelectorAll('rect.crossover-band')).toHaveLength(1);
    // The marks are drawn inside PlotAxes: they must still be SVG elements, or nothing shows.
    for (const mark of container.querySelectorAll('.brent-plot svg *')) {
      expect(mark.namespaceURI, mark.outerHTML).toBe('http://www.w3.org/2000/svg');
    }
    await expect(await normalisedHtml(container.innerHTML)).toMatchFileSnapshot(
      './__snapshots__/BrentPlot.n512.html',
    );
  });
});
