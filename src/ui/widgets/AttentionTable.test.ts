// @vitest-environment jsdom
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { rowSum } from '../../app/export/matrixExport';
import { formatWeight } from '../../app/numberFormat';
import { fromRows } from '../../engine/matrix';
import AttentionTable from './AttentionTable.svelte';
import { cellColours } from './cellColour';

/** jsdom writes a style's colour back as rgb(r, g, b), the form the scale gives. */
const toRgb = (colour: string) => colour;

const words = ['The', 'cat', 'sat'];
// Rows whose two-decimal cells add up to something else than the row: 0.33 × 3 is 0.99.
const weights = fromRows([
  [0.334, 0.333, 0.333],
  [0.5, 0.5, 0],
  [0.2, 0.3, 0.6],
]);

function renderTable(causal: boolean) {
  return render(AttentionTable, {
    props: {
      sentence: 'The cat sat',
      words,
      known: [true, true, true],
      weights,
      causal,
      selectedQuery: 0,
    },
  });
}

describe('AttentionTable', () => {
  it('has no row-sum column, and says in a note what the rows sum to, from the weights', () => {
    const { container } = renderTable(false);
    expect(container.querySelectorAll('td.row-sum')).toHaveLength(0);
    expect(container.querySelectorAll('thead th')).toHaveLength(words.length + 1);
    const sums = words.map((_, i) => formatWeight(rowSum(weights, i)));
    expect(sums).toEqual(['1.00', '1.00', '1.10']);
    expect(container.querySelector('.table-note')?.textContent).toBe(
      'Row sums, from the unrounded weights, run from 1.00 to 1.10.',
    );
  });

  it('colours each row from its smallest number to its largest, and outlines the largest', () => {
    const { container } = renderTable(false);
    const rows = [...container.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map((cell) => ({
        max: cell.classList.contains('row-max'),
        background: (cell as HTMLElement).style.backgroundColor,
      })),
    );
    // Row 0 reads 0.33 0.33 0.33: even, one colour, nothing outlined.
    expect(rows[0]?.map((c) => c.max)).toEqual([false, false, false]);
    expect(new Set(rows[0]?.map((c) => c.background)).size).toBe(1);
    // Row 1 ties at 0.50: both outlined, both the scale's top colour.
    expect(rows[1]?.map((c) => c.max)).toEqual([true, true, false]);
    expect(rows[1]?.[0]?.background).toBe(toRgb(cellColours(1).background));
    expect(rows[1]?.[2]?.background).toBe(toRgb(cellColours(0).background));
    expect(rows[2]?.map((c) => c.max)).toEqual([false, false, true]);
    expect(container.querySelector('td.row-max')?.textContent).toContain('(largest in its row)');
  });

  it('marks the cells the causal mask hides, in words as well as by style', () => {
    const { container } = renderTable(true);
    const rows = [...container.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('td')].map(
        (cell) => cell.classList.contains('masked') && cell.textContent.includes('(masked)'),
      ),
    );
    expect(rows).toEqual([
      [false, true, true],
      [false, false, true],
      [false, false, false],
    ]);
  });
});
