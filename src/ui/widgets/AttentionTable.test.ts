// @vitest-environment jsdom
import { render } from '@testing-library/svelte';
import { describe, expect, it } from 'vitest';
import { rowSum } from '../../app/export/matrixExport';
import { formatWeight } from '../../app/numberFormat';
import { fromRows } from '../../engine/matrix';
import AttentionTable from './AttentionTable.svelte';

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
  it('sums each row from the unrounded weights, as the export does', () => {
    const { container } = renderTable(false);
    const sums = [...container.querySelectorAll('td.row-sum')].map((cell) => cell.textContent);
    expect(sums).toEqual(words.map((_, i) => formatWeight(rowSum(weights, i))));
    expect(sums).toEqual(['1.00', '1.00', '1.10']);
  });

  it('marks the cells the causal mask hides, in words as well as by style', () => {
    const { container } = renderTable(true);
    const rows = [...container.querySelectorAll('tbody tr')].map((row) =>
      [...row.querySelectorAll('td:not(.row-sum)')].map(
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
