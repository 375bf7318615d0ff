// The geometry of Step 6's time plot: log₁₀ P across, log₁₀ time up, and Brent's two bounds for
// a model as SVG paths. Pure functions, so the picture can be tested without a browser.
import { parallelTimeBounds, type BoundName, type Cost } from '../../../engine/parallelCost';
import { superscript } from '../../../app/numberFormat';
import type { PlotFrame } from '../../widgets/plotLayout';
import type { LogAxis } from '../rnn/plotScale';

const SAMPLES_PER_DECADE = 24;

/**
 * Whole P from 1 to maxProcessors, about evenly spaced in log P, plus each model's bend: the
 * P ≈ work/depth where its lower bound stops falling, so the corner is drawn where it is.
 * (Processors come whole; on log–log axes work/P is a straight line between the samples.)
 */
export function processorSamples(maxProcessors: number, costs: readonly Cost[]): number[] {
  const decades = Math.log10(maxProcessors);
  const steps = Math.ceil(decades * SAMPLES_PER_DECADE);
  const even = Array.from({ length: steps + 1 }, (_, i) => 10 ** ((i / steps) * decades));
  const bends = costs.flatMap((c) => [Math.floor(c.work / c.depth), Math.ceil(c.work / c.depth)]);
  return [...new Set([...even, ...bends].map((p) => Math.round(p)))]
    .filter((p) => p >= 1 && p <= maxProcessors)
    .sort((a, b) => a - b);
}

/** x of a processor count on the log axis. */
export const xOfProcessors = (frame: PlotFrame, axis: LogAxis, processors: number) =>
  frame.left + ((Math.log10(processors) - axis.low) / (axis.high - axis.low)) * frame.width;

/** y of a time (multiply-add times) on the log axis. */
export const yOfTime = (frame: PlotFrame, axis: LogAxis, time: number) =>
  frame.top + ((axis.high - Math.log10(time)) / (axis.high - axis.low)) * frame.height;

export interface BoundCurves {
  readonly lower: string;
  readonly upper: string;
  /** The region between the bounds, where the time lies. */
  readonly band: string;
}

export function boundCurves(
  cost: Cost,
  samples: readonly number[],
  x: (processors: number) => number,
  y: (time: number) => number,
): BoundCurves {
  const points = (bound: BoundName) =>
    samples.map((p) => `${x(p).toFixed(1)} ${y(parallelTimeBounds(cost, p)[bound]).toFixed(1)}`);
  const lower = points('lower');
  const upper = points('upper');
  return {
    lower: `M${lower.join(' L')}`,
    upper: `M${upper.join(' L')}`,
    band: `M${lower.join(' L')} L${upper.reverse().join(' L')} Z`,
  };
}

/** "1", "10", "10²", …: a power of ten as a tick label. */
export function powerOfTen(exponent: number): string {
  if (exponent === 0) return '1';
  if (exponent === 1) return '10';
  return `10${superscript(exponent)}`;
}
