// Each row of an attention matrix is one token's weights, adding up to 1; a long sentence's
// weights crowd into a narrow band (0.04 to 0.11 for 18 words), where one colour scale for the
// whole 0..1 range paints every cell the same navy. So colour is relative to its row: the row's
// smallest visible weight is the scale's dark end and its largest the yellow end, and the numbers
// (in every cell, or in the read-outs) carry the values.

/** Weights closer than this are equal: a row of them is even, drawn in one colour. */
export const EVEN_ROW_TOLERANCE = 1e-9;

/** The smallest and largest visible weight of a row. */
export interface RowRange {
  readonly low: number;
  readonly high: number;
}

/**
 * The range of the weights `visible` lets through, or null when there is nothing to tell apart
 * (no visible weight, or all of them equal up to `tolerance`): such a row is drawn in one colour.
 */
export function rowRange(
  values: ArrayLike<number>,
  visible: (key: number) => boolean = () => true,
  tolerance = 0,
): RowRange | null {
  let low = Infinity;
  let high = -Infinity;
  for (let j = 0; j < values.length; j++) {
    if (!visible(j)) continue;
    const v = values[j] ?? 0;
    if (!Number.isFinite(v)) continue;
    if (v < low) low = v;
    if (v > high) high = v;
  }
  if (!(high - low > tolerance)) return null;
  return { low, high };
}

/** Where a weight sits in its row's range, from 0 (smallest) to 1 (largest); 0.5 in an even row. */
export function levelInRow(weight: number, range: RowRange | null): number {
  if (range === null) return 0.5;
  const t = (weight - range.low) / (range.high - range.low);
  return Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0.5;
}

/** True for the row's largest visible weight (every one, on a tie); never in an even row. */
export function isRowMax(weight: number, range: RowRange | null): boolean {
  return range !== null && weight >= range.high;
}
