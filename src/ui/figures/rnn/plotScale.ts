// The geometry of the gradient plot: a linear t axis, a log₁₀ y axis in whole decades, and the
// curves as SVG paths. Pure functions, so the picture can be tested without a browser.
import type { PlotFrame } from '../../widgets/plotLayout';

/** A step of 1, 2 or 5 times a power of ten giving at most `maxTicks` intervals over `span`. */
export function niceStep(span: number, maxTicks: number): number {
  const rough = Math.max(span, 1e-12) / maxTicks;
  const power = 10 ** Math.floor(Math.log10(rough));
  const step = [1, 2, 5, 10].map((m) => m * power).find((s) => s >= rough) ?? 10 * power;
  return Math.max(1, step);
}

export interface LogAxis {
  /** Bottom and top of the axis, in decades (log₁₀). */
  readonly low: number;
  readonly high: number;
  /** Decades with a labelled tick, bottom to top. */
  readonly ticks: number[];
}

/** A y axis in whole decades covering every finite value of the curves (log₁₀ values). */
export function logAxis(curves: readonly ArrayLike<number>[], maxTicks = 6): LogAxis {
  let min = Infinity;
  let max = -Infinity;
  for (const curve of curves) {
    for (let i = 0; i < curve.length; i++) {
      const value = curve[i] ?? NaN;
      if (!Number.isFinite(value)) continue;
      min = Math.min(min, value);
      max = Math.max(max, value);
    }
  }
  if (min > max) return { low: -1, high: 1, ticks: [-1, 0, 1] };
  const step = niceStep(Math.ceil(max) - Math.floor(min), maxTicks);
  const low = Math.floor(min / step) * step;
  const high = Math.max(Math.ceil(max / step) * step, low + step);
  const ticks: number[] = [];
  for (let tick = low; tick <= high; tick += step) ticks.push(tick);
  return { low, high, ticks };
}

/** Positions t = 1 … n to label on the x axis: 1 and multiples of a nice step. */
export function positionTicks(n: number, maxTicks = 8): number[] {
  if (n <= 1) return [1];
  const step = niceStep(n - 1, maxTicks);
  const ticks = [1];
  for (let t = step; t <= n; t += step) if (t > 1) ticks.push(t);
  return ticks;
}

/** Positions for the text alternative's table: 1, 2, 4, 8, … and n itself. */
export function samplePositions(n: number): number[] {
  const positions: number[] = [];
  for (let t = 1; t < n; t *= 2) positions.push(t);
  if (n >= 1) positions.push(n);
  return positions;
}

export const xOf = (frame: PlotFrame, n: number, t: number) =>
  frame.left + (n <= 1 ? frame.width / 2 : ((t - 1) / (n - 1)) * frame.width);

export const yOf = (frame: PlotFrame, axis: LogAxis, log10: number) =>
  frame.top + ((axis.high - log10) / (axis.high - axis.low)) * frame.height;

/**
 * One curve as an SVG path through (t, log₁₀ value), t = 1 … n; a value of exactly 0
 * (log −Infinity) breaks the line rather than drawing it off the chart.
 */
export function curvePath(frame: PlotFrame, axis: LogAxis, log10s: ArrayLike<number>): string {
  const n = log10s.length;
  const parts: string[] = [];
  let drawing = false;
  for (let i = 0; i < n; i++) {
    const value = log10s[i] ?? NaN;
    if (!Number.isFinite(value)) {
      drawing = false;
      continue;
    }
    const x = xOf(frame, n, i + 1).toFixed(1);
    const y = yOf(frame, axis, value).toFixed(1);
    parts.push(`${drawing ? 'L' : 'M'}${x} ${y}`);
    drawing = true;
  }
  return parts.join(' ');
}
