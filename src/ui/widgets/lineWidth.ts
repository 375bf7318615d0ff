// The lines view's one scale: a line's width is proportional to its weight, wide enough that
// 0.19 and 0.39 differ at a glance (4.6 and 9.4 units), with a hairline floor so a weight near
// 0 still shows there is a line to the key.

/** The width, in the SVG's units, of a weight of 1. */
export const FULL_WIDTH = 24;

/** No line is thinner than this, whatever its weight. */
export const HAIRLINE = 0.75;

/** The widths the legend shows, with their weights. */
export const LINE_LEGEND_WEIGHTS = [0.1, 0.25, 0.5] as const;

export function lineWidth(weight: number): number {
  const w = Number.isFinite(weight) ? Math.min(1, Math.max(0, weight)) : 0;
  return Math.max(HAIRLINE, FULL_WIDTH * w);
}
