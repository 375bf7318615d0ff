import { describe, expect, it } from 'vitest';
import { isRowMax, levelInRow, rowRange } from './rowScale';

describe('rowRange and levelInRow', () => {
  it('span the visible weights of the row, smallest 0 and largest 1', () => {
    const row = [0.16, 0.41, 0.16, 0.26];
    const range = rowRange(row);
    expect(range).toEqual({ low: 0.16, high: 0.41 });
    expect(row.map((w) => levelInRow(w, range))).toEqual([0, 1, 0, (0.26 - 0.16) / (0.41 - 0.16)]);
    expect(row.map((w) => isRowMax(w, range))).toEqual([false, true, false, false]);
  });

  it('leave out masked keys and call an even row even', () => {
    expect(rowRange([0.6, 0.4, 0, 0], (j) => j < 2)).toEqual({ low: 0.4, high: 0.6 });
    expect(rowRange([1, 0, 0], (j) => j === 0)).toBeNull();
    expect(rowRange([0.25, 0.25, 0.25, 0.25])).toBeNull();
    expect(rowRange([0.2501, 0.2499], () => true, 0.001)).toBeNull();
    expect(levelInRow(0.25, null)).toBe(0.5);
    expect(isRowMax(0.25, null)).toBe(false);
  });
});
