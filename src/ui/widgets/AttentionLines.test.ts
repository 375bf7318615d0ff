// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import AttentionLines from './AttentionLines.svelte';
import { LINE_LEGEND_WEIGHTS, lineWidth } from './lineWidth';
import { normalisedHtml } from '../../testing/normalisedHtml';

const words = ['The', 'cat', 'sat', 'down'];
const weights = [0.165, 0.407, 0.165, 0.264];

describe('AttentionLines', () => {
  it('draws one line per visible key, thickness from the weight, and says it in words', async () => {
    const { container } = render(AttentionLines, {
      props: { words, weights, query: 2, causal: false, idPrefix: 'test' },
    });
    const lines = container.querySelectorAll('line[data-weight]');
    expect(lines).toHaveLength(4);
    const width = (line: Element | undefined) =>
      Number.parseFloat((line as SVGElement | undefined)?.style.strokeWidth ?? '');
    expect(width(lines[1])).toBeCloseTo(lineWidth(0.407), 10);
    // 0.41 against 0.26: the wider line is wider by the weights' ratio, not by a pixel.
    expect(width(lines[1]) / width(lines[3])).toBeCloseTo(0.407 / 0.264, 10);
    // The legend draws its sample widths with their weights.
    const legend = [...container.querySelectorAll('.line-legend-key text.line-legend-text')].map(
      (t) => t.textContent,
    );
    expect(legend.slice(1)).toEqual(LINE_LEGEND_WEIGHTS.map((w) => w.toFixed(2)));
    expect(screen.getByRole('img').getAttribute('aria-labelledby')).toBe('test-lines-summary');
    expect(container.querySelector('#test-lines-summary')?.textContent).toBe(
      '“sat” attends most to “cat” (0.41), then “down” (0.26), then “The” and “sat” (0.17 each).',
    );
    await expect(await normalisedHtml(container.innerHTML)).toMatchFileSnapshot(
      './__snapshots__/AttentionLines.sat-row.html',
    );
  });

  it('draws no line to a masked key and labels it', () => {
    const { container } = render(AttentionLines, {
      props: { words, weights: [0.6, 0.4, 0, 0], query: 1, causal: true, idPrefix: 'test' },
    });
    expect(container.querySelectorAll('line[data-weight]')).toHaveLength(2);
    const labels = [...container.querySelectorAll('text.line-weight')].map((t) => t.textContent);
    expect(labels).toEqual(['0.60', '0.40', 'masked', 'masked']);
  });
});
