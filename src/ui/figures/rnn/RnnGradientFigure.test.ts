// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import ruleJson from '../../../../content/self-attention/attention-rule.json';
import tableJson from '../../../data/word-classes.json';
import { parseAttentionRule, ruleProjections } from '../../../engine/attentionRule';
import { attentionInfluence } from '../../../engine/jacobianNorms';
import { embedSentence } from '../../../engine/embedSentence';
import { createRnn, repeatRows, rnnInfluence, runRnn, type RnnOptions } from '../../../engine/rnn';
import { parseWordTable } from '../../../engine/wordFeatures';
import { lessonSettings, defaultSettings } from '../../state/lessonSettings.svelte';
import { formatFromLog10 } from '../../../app/numberFormat';
import RnnGradientFigure from './RnnGradientFigure.svelte';
import { defaultRnnSettings, rnnSettings } from './rnnSettings.svelte';
import { normalisedHtml } from '../../../testing/normalisedHtml';
import { wordTableShown } from '../../../testing/lessonData';
import { withoutResizeObserver } from '../../../testing/resizeObserver';

const table = parseWordTable(tableJson);
const projections = ruleProjections(parseAttentionRule(ruleJson));

const sequence = (length: number) => repeatRows(embedSentence('The cat sat down', table).x, length);

function rnnCurveOf(length: number, options: RnnOptions = {}) {
  const rnn = createRnn(11, options);
  return rnnInfluence(rnn, runRnn(rnn, sequence(length)));
}

/** The table rows the figure should show, computed here from the engine. */
function expectedRows(length: number, options: RnnOptions = {}): string[][] {
  const x = sequence(length);
  const rnnCurve = rnnCurveOf(length, options);
  const attention = attentionInfluence(x, projections);
  const positions: number[] = [];
  for (let t = 1; t < length; t *= 2) positions.push(t);
  positions.push(length);
  return positions.map((t) => [
    String(t),
    formatFromLog10(rnnCurve.log10Norms[t - 1] ?? NaN),
    formatFromLog10(attention.log10Norms[t - 1] ?? NaN),
  ]);
}

/** The rows of the first table: the plotted numbers at t = 1, 2, 4, … and n. */
const tableRows = (container: HTMLElement) =>
  [...(container.querySelector('table.gradient-table')?.querySelectorAll('tbody tr') ?? [])].map(
    (tr) => [...tr.children].map((cell) => cell.textContent.trim()),
  );

withoutResizeObserver();

beforeEach(() => {
  Object.assign(lessonSettings, defaultSettings());
  Object.assign(rnnSettings, defaultRnnSettings());
});
afterEach(cleanup);

describe('RnnGradientFigure', () => {
  it('plots and tabulates both curves for n = 64, and says what they show', async () => {
    const { container } = render(RnnGradientFigure);
    await wordTableShown();
    const summary = screen.getByText(/^At t = 64, the RNN’s first-token influence/);
    expect(tableRows(container)).toEqual(expectedRows(64));
    const [, rnn64, attention64] = expectedRows(64).at(-1) ?? [];
    // The factor itself (5.1 × 10⁵ for these settings), not a rounded power of ten.
    const log10s = rnnCurveOf(64).log10Norms;
    const factor = formatFromLog10((log10s[0] ?? NaN) - (log10s[63] ?? NaN));
    expect(summary.textContent).toContain(`influence is ${rnn64 ?? ''}, ${factor} times smaller`);
    expect(summary.textContent).toContain(`one attention layer’s is ${attention64 ?? ''}`);
    expect(container.querySelectorAll('path.curve-rnn, path.curve-attention')).toHaveLength(2);
    expect(container.querySelectorAll('.gradient-plot circle.mark-rnn')).toHaveLength(7);
    // The marks are drawn inside PlotAxes: they must still be SVG elements, or nothing shows.
    for (const mark of container.querySelectorAll('.gradient-plot svg *')) {
      expect(mark.namespaceURI, mark.outerHTML).toBe('http://www.w3.org/2000/svg');
    }
    expect(screen.getByText(/repeated until it is 64 tokens long/)).toBeTruthy();
    await expect(await normalisedHtml(container.innerHTML)).toMatchFileSnapshot(
      './__snapshots__/RnnGradientFigure.n64.html',
    );
  });

  it('follows the sequence length, the hidden size and the gain', async () => {
    const { container } = render(RnnGradientFigure);
    await wordTableShown();
    screen.getByText(/^At t = 64/);
    await fireEvent.click(screen.getByRole('button', { name: 'n = 512' }));
    expect(tableRows(container)).toEqual(expectedRows(512));
    expect(screen.getByRole('spinbutton', { name: /Tokens n/ })).toHaveProperty('value', '512');

    await fireEvent.input(screen.getByRole('spinbutton', { name: /Tokens n/ }), {
      target: { value: '3' },
    });
    expect(tableRows(container)).toEqual(expectedRows(3));
    expect(screen.getByText(/the first 3 words of “The cat sat down”/)).toBeTruthy();

    await fireEvent.change(screen.getByRole('combobox', { name: /Hidden size/ }), {
      target: { value: '64' },
    });
    await fireEvent.input(screen.getByRole('slider', { name: /Recurrent gain/ }), {
      target: { value: '1.5' },
    });
    expect(tableRows(container)).toEqual(expectedRows(3, { hiddenSize: 64, gain: 1.5 }));
    expect(container.querySelector('.gain-value')?.textContent).toBe('g = 1.50');
  });

  it('refuses a length it cannot use and keeps the last good one', async () => {
    const { container } = render(RnnGradientFigure);
    await wordTableShown();
    screen.getByText(/^At t = 64/);
    const input = screen.getByRole('spinbutton', { name: /Tokens n/ });
    await fireEvent.input(input, { target: { value: '600' } });
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(
      screen.getByText(/Type a whole number from 1 to 512; the plot keeps n = 64/),
    ).toBeTruthy();
    expect(tableRows(container)).toEqual(expectedRows(64));
  });

  // Hostile input of issue 12, item 8, for the same number box as Step 6's.
  describe('hostile sequence lengths', () => {
    for (const text of ['0', '-5', '99999', '1e9', '1.5', 'abc', '']) {
      it(`refuses “${text}” and keeps n = 64`, async () => {
        const { container } = render(RnnGradientFigure);
        await wordTableShown();
        screen.getByText(/^At t = 64/);
        const input = screen.getByRole('spinbutton', { name: /Tokens n/ });
        await fireEvent.input(input, { target: { value: text } });
        expect(input.getAttribute('aria-invalid')).toBe('true');
        const problem = document.getElementById(input.getAttribute('aria-describedby') ?? '');
        expect(problem?.textContent).toBe(
          'Type a whole number from 1 to 512; the plot keeps n = 64.',
        );
        expect(tableRows(container)).toEqual(expectedRows(64));
      });
    }
  });

  it('lists every value on request', async () => {
    const { container } = render(RnnGradientFigure);
    await wordTableShown();
    screen.getByText(/^At t = 64/);
    const details = container.querySelector('details');
    if (!details) throw new Error('no details');
    details.open = true;
    await fireEvent(details, new Event('toggle'));
    const all = screen.getByRole('table', { name: /every position t = 1 … 64/ });
    expect(all.querySelectorAll('tbody tr')).toHaveLength(64);
  });
});
