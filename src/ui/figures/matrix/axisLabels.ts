// What labels the heatmap's axes: every token up to AXIS_TOKEN_LIMIT tokens, and beyond that a
// few round positions (1, 50, 100, …), which the row picker and the top-keys list also number.

export const AXIS_TOKEN_LIMIT = 64;

export interface AxisLabel {
  /** The token's position, from 0. */
  readonly at: number;
  readonly text: string;
}

/** A step of 1, 2 or 5 × 10^k giving at most `most` ticks over n positions. */
function tickStep(n: number, most: number): number {
  for (let scale = 1; ; scale *= 10) {
    for (const step of [1, 2, 5]) if (n / (step * scale) <= most) return step * scale;
  }
}

export function axisLabels(words: readonly string[], most = 10): AxisLabel[] {
  const n = words.length;
  if (n <= AXIS_TOKEN_LIMIT) return words.map((text, at) => ({ at, text }));
  const step = tickStep(n, most);
  const positions = [1];
  for (let p = step; p <= n; p += step) positions.push(p);
  return positions.map((p) => ({ at: p - 1, text: String(p) }));
}
