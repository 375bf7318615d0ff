// The processor counts Step 6's plot and table mark: where attention's time bounds drop below the
// RNN's, and one current GPU counted two ways, with which model Brent's bounds favour at each.
import { h100 } from '../../../../content/self-attention/gpuReference';
import {
  crossoverProcessors,
  favouredModel,
  parallelTimeBounds,
  type BoundName,
  type Cost,
  type Favoured,
} from '../../../engine/parallelCost';

/** A multiply-add is two floating-point operations, so FLOP/s ÷ 2 ÷ clock is multiply-adds a clock. */
export const multiplyAddsPerClock = (flopsPerSecond: number, clockHz: number) =>
  flopsPerSecond / 2 / clockHz;

export type GpuMarkId = 'fp32' | 'tensor';

export interface GpuMark {
  readonly id: GpuMarkId;
  /** Processors, as this way of counting one GPU has it. */
  readonly processors: number;
}

export const gpuMarks: readonly GpuMark[] = [
  { id: 'fp32', processors: h100.fp32Lanes },
  {
    id: 'tensor',
    processors: Math.round(multiplyAddsPerClock(h100.denseTensorFlops, h100.boostClockHz)),
  },
];

/** Where attention's bound drops below the RNN's, by each bound; null where it never does. */
export type Crossovers = Readonly<Record<BoundName, number | null>>;

export const crossovers = (rnn: Cost, attention: Cost): Crossovers => ({
  lower: crossoverProcessors(rnn, attention, 'lower'),
  upper: crossoverProcessors(rnn, attention, 'upper'),
});

export type RowKind = 'plain' | 'crossover-lower' | 'crossover-upper' | GpuMarkId;

export interface TimeRow {
  readonly processors: number;
  readonly kind: RowKind;
  readonly rnn: { readonly lower: number; readonly upper: number };
  readonly attention: { readonly lower: number; readonly upper: number };
  readonly favoured: Favoured;
}

/** Processor counts the table always shows, besides the marks: one, a few dozen, a few thousand. */
const PLAIN = [1, 64, 4096];

/** The table's rows: both models' bounds at each marked P, in order of P. */
export function timeRows(rnn: Cost, attention: Cost, plot: { readonly maxProcessors: number }) {
  const { lower, upper } = crossovers(rnn, attention);
  const points: { processors: number; kind: RowKind }[] = [
    ...PLAIN.map((processors) => ({ processors, kind: 'plain' as const })),
    ...(upper === null ? [] : [{ processors: upper, kind: 'crossover-upper' as const }]),
    ...(lower === null ? [] : [{ processors: lower, kind: 'crossover-lower' as const }]),
    ...gpuMarks.map((mark) => ({ processors: mark.processors, kind: mark.id })),
    { processors: plot.maxProcessors, kind: 'plain' },
  ];
  return points
    .sort((a, b) => a.processors - b.processors)
    .filter((point, i, sorted) => point.processors !== sorted[i + 1]?.processors)
    .map(({ processors, kind }): TimeRow => ({
      processors,
      kind,
      rnn: parallelTimeBounds(rnn, processors),
      attention: parallelTimeBounds(attention, processors),
      favoured: favouredModel(rnn, attention, processors),
    }));
}

/** The plot's P axis reaches 10⁶ at least, and a whole decade past twice the largest mark. */
export function plotMaxProcessors(marks: readonly (number | null)[]): number {
  const largest = Math.max(1, ...marks.filter((p): p is number => p !== null));
  return 10 ** Math.max(6, Math.ceil(Math.log10(2 * largest)));
}
