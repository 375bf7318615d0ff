// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import AttentionLines from './AttentionLines.svelte';
import { normalisedHtml } from '../../testing/normalisedHtml';

const words = ['The', 'cat', 'sat', 'down'];
const weights = [0.165, 0.407, 0.165, 0.264];

describe('AttentionLines', () => {
  it('draws one line per visible key, thickness from the weight, and says it in words', async () => {
    const { container } = render(AttentionLines, {
      props: { words, weights, query: 2, causal: false, idPrefix: 'test' },
    });
    const lines = container.querySelectorAll('line');
    expect(lines).toHaveLength(4);
    expect(Number(lines[1]?.getAttribute('stroke-width'))).toBeCloseTo(1 + 14 * 0.407, 10);
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
    expect(container.querySelectorAll('line')).toHaveLength(2);
    const labels = [...container.querySelectorAll('text.line-weight')].map((t) => t.textContent);
    expect(labels).toEqual(['0.60', '0.40', 'masked', 'masked']);
  });
});
