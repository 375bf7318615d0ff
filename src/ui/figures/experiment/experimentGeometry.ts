// Where the experiment's plots put things: accuracy against n on a doubling scale, linear axes
// for the loss and the attention row. Pure, so the pictures can be tested without a browser.
import type { PlotFrame } from '../../widgets/plotLayout';
import { niceStep } from '../rnn/plotScale';

/** The distances n offered: a doubling scale from the task's least to its most. */
export const DISTANCES = [8, 16, 32, 64, 128, 256] as const;

/** Space inside the frame either side of the first and last n, so marks clear the axes. */
const INSET = 14;

/** x of n on the doubling scale of DISTANCES. */
export function xOfDistance(frame: PlotFrame, n: number): number {
  const low = Math.log2(DISTANCES[0]);
  const high = Math.log2(DISTANCES[DISTANCES.length - 1] ?? 256);
  return frame.left + INSET + ((Math.log2(n) - low) / (high - low)) * (frame.width - 2 * INSET);
}

/** y of a value in [low, high] on a linear axis, high at the top. */
export const yOfLinear = (frame: PlotFrame, low: number, high: number, value: number) =>
  frame.top + ((high - value) / (high - low)) * frame.height;

/** x of a step in 0 … steps. */
export const xOfStep = (frame: PlotFrame, steps: number, step: number) =>
  frame.left + (step / Math.max(1, steps)) * frame.width;

/** Ticks 0, s, 2s, … for a linear axis from 0, the last at or above `high`. */
export function linearTicks(high: number, maxTicks: number): number[] {
  const step = niceStep(high, maxTicks);
  const count = Math.max(1, Math.ceil(high / step - 1e-9));
  return Array.from({ length: count + 1 }, (_, i) => i * step);
}

/** An SVG path through points already in pixels. */
export const polyline = (points: readonly { x: number; y: number }[]) =>
  points.map((p, i) => `${i === 0 ? 'M' : 'L'}${p.x.toFixed(1)} ${p.y.toFixed(1)}`).join(' ');
