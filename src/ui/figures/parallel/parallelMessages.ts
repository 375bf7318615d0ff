// Every sentence Step 6's parallelism figure says about its numbers, generated from them, in one
// place so that the page, its text alternative and the tests agree.
import { h100 } from '../../../../content/self-attention/gpuReference';
import type { Cost, Favoured } from '../../../engine/parallelCost';
import { superscript } from '../../../app/numberFormat';
import type { Crossovers, GpuMarkId, RowKind } from './processorMarks';

/** 4608 → "4,608". */
export const formatCount = (x: number) => Math.round(x).toLocaleString('en');

/** 989.4e12 → "989.4 × 10¹²": a power of ten in steps of three, as the source quotes it. */
export function formatScientific(x: number): string {
  const exponent = 3 * Math.floor(Math.log10(x) / 3);
  const mantissa = Number((x / 10 ** exponent).toPrecision(6));
  return exponent === 0 ? String(mantissa) : `${mantissa} × 10${superscript(exponent)}`;
}

/** A ratio with the precision it needs: one decimal below 10 (1.5), whole from 10 (102). */
export function formatRatio(ratio: number): string {
  return ratio < 9.95 ? ratio.toFixed(1) : formatCount(ratio);
}

/** "Attention’s depth is 45; the RNN’s is 102 times as long." and its variants. */
export function attentionDepthSentence(rnn: Cost, attention: Cost): string {
  const ratio = rnn.depth / attention.depth;
  const depth = `Attention’s depth is ${formatCount(attention.depth)}`;
  if (formatRatio(ratio) === '1.0') return `${depth}, about as long as the RNN’s.`;
  return ratio > 1
    ? `${depth}; the RNN’s is ${formatRatio(ratio)} times as long.`
    : `${depth}, ${formatRatio(1 / ratio)} times as long as the RNN’s: at this tiny length its fixed chain (projection, scores, softmax) outweighs the RNN’s few steps.`;
}

export function depthParagraph(n: number, rnn: Cost, attention: Cost): string {
  const perStep = formatCount(rnn.depth / n);
  const steps =
    n === 1
      ? `At n = 1, the RNN has a single step, a chain of ${perStep} operations (a dot product, then tanh): its depth is ${formatCount(rnn.depth)}.`
      : `At n = ${formatCount(n)}, the RNN’s ${formatCount(n)} steps wait on one another, each a chain of ${perStep} operations (a dot product, then tanh): its depth is ${formatCount(rnn.depth)}, and no number of processors brings its time below that.`;
  return `${steps} ${attentionDepthSentence(rnn, attention)} Attention’s depth does not depend on n step by step, but it still grows like log n (summing n numbers takes ⌈log₂ n⌉ rounds), so “one parallel step” is a slogan for “a number of steps that hardly grows with n”.`;
}

export function crossoverParagraph(rnn: Cost, attention: Cost, crossover: Crossovers): string {
  const work =
    attention.work > rnn.work
      ? `On one processor attention does ${formatRatio(attention.work / rnn.work)} times as much work as the RNN. With few processors, every one is busy either way, so the model with less work is faster: the RNN.`
      : 'On one processor attention does no more work than the RNN.';
  const { lower, upper } = crossover;
  if (lower === null && upper === null) {
    return `${work} Attention’s depth is no shorter at this length, so no number of processors puts it ahead: the RNN’s bounds stay lower.`;
  }
  const at = [
    upper === null
      ? null
      : `at ${formatCount(upper)} processors comparing the upper bounds, work/P + depth`,
    lower === null
      ? null
      : `at ${formatCount(lower)} comparing the lower bounds, max(work/P, depth)`,
  ].filter((part) => part !== null);
  return `${work} Attention’s short depth pays off only once there are enough processors: its bounds drop below the RNN’s ${at.join(', and ')}.`;
}

const verdicts: Record<Favoured, string> = {
  attention: 'both bounds favour attention',
  rnn: 'both bounds favour the RNN',
  split: 'the two bounds disagree: too close to call',
};

export function gpuParagraph(
  n: number,
  marks: readonly { readonly id: GpuMarkId; readonly processors: number }[],
  favoured: (processors: number) => Favoured,
): string {
  const fp32 = marks.find((m) => m.id === 'fp32');
  const tensor = marks.find((m) => m.id === 'tensor');
  if (!fp32 || !tensor) return '';
  const a = favoured(fp32.processors);
  const b = favoured(tensor.processors);
  const flops = formatScientific(h100.denseTensorFlops);
  const clock = formatScientific(h100.boostClockHz);
  return (
    `The two GPU marks: one ${h100.name} has ${formatCount(fp32.processors)} ordinary FP32 lanes, each doing one multiply-add a clock. ` +
    `Its tensor cores do about ${formatCount(tensor.processors)} multiply-adds a clock (${flops} operations a second ÷ 2 operations per multiply-add ÷ ${clock} clocks a second). ` +
    `At n = ${formatCount(n)}, counting the FP32 lanes as processors, ${verdicts[a]}; counting the tensor cores’ multiply-adds, ${verdicts[b]}${a === b ? ' too' : ''}.` +
    (a === b ? '' : ' The answer depends on what one counts as a processor.')
  );
}

/** The GPU disclosure's name, which Step 6's prose points to. */
export const gpuDetailsTitle = 'where a real GPU sits';

export const gpuSource = `Numbers for the GPU: ${h100.source}; dense tensor throughput (no sparsity), FP16 or BF16.`;

/** Labels on the plot; on a narrow plot the crossover's numbers are left to the text. */
export function markLabel(
  kind: 'crossover' | GpuMarkId,
  crossover: Crossovers,
  narrow = false,
): string {
  if (kind === 'fp32') return 'H100 FP32 lanes';
  if (kind === 'tensor') return 'H100 tensor cores';
  const values = [crossover.upper, crossover.lower].filter((p): p is number => p !== null);
  const low = Math.min(...values);
  const high = Math.max(...values);
  if (narrow) return 'crossover';
  return low === high
    ? `crossover ${formatCount(low)}`
    : `crossover ${formatCount(low)}–${formatCount(high)}`;
}

export const rowDescriptions: Record<RowKind, string> = {
  plain: '',
  'crossover-upper': 'upper bounds cross',
  'crossover-lower': 'lower bounds cross',
  fp32: 'one H100: FP32 lanes',
  tensor: 'one H100: tensor-core multiply-adds a clock',
};

export const favouredNames: Record<Favoured, string> = {
  rnn: 'RNN',
  attention: 'attention',
  split: 'too close to call',
};

const plural = (count: number, one: string, many: string) => (count === 1 ? one : many);
const ms = (x: number) => `${x.toFixed(1)} ms`;

/** What the Web Worker panel says: which parts it times, and what its numbers show. */
export const workerMessages = {
  intro: (cores: number) =>
    `This device reports ${cores} processor ${plural(cores, 'core', 'cores')}. The button times the part of each model that the other does not have, each from ready-made inputs:`,
  attentionItem: (cores: number, d: number) =>
    `Attention: the scores, the softmax and the weighted sum of the values, from ready-made queries, keys and values (n tokens, ${d} numbers each), split by rows across ${cores} Web ${plural(cores, 'Worker', 'Workers')}, and on one worker alone.`,
  rnnItem: (d: number) =>
    `RNN: its n steps hₜ = tanh(b + W·xₜ + U·hₜ₋₁), from ready-made b + W·xₜ, on one thread. The steps cannot be split across time, because each needs the one before; one step’s ${d} hidden units could be shared out (the cost model assumes they are), but here they run on one thread.`,
  untimed:
    'Neither side’s projections are timed (queries, keys and values; the RNN’s W·xₜ): every position’s can be computed at once, in either model.',
  rnnRow: 'RNN steps, 1 thread (cannot be split across time)',
  conclusion: (
    result: {
      readonly n: number;
      readonly workers: number;
      readonly oneWorkerMs: number;
      readonly allWorkersMs: number;
      readonly rnnMs: number;
    },
    crossover: Crossovers,
  ) => {
    const race =
      result.rnnMs < result.oneWorkerMs
        ? `On one thread the RNN’s steps (${ms(result.rnnMs)}) beat attention (${ms(result.oneWorkerMs)}): attention does more work.`
        : `Here attention on one thread took ${ms(result.oneWorkerMs)} and the RNN’s steps ${ms(result.rnnMs)}.`;
    const split = `With ${result.workers} ${plural(result.workers, 'core', 'cores')} here, the split gave ${(result.oneWorkerMs / result.allWorkersMs).toFixed(2)}×.`;
    const values = [crossover.upper, crossover.lower].filter((p): p is number => p !== null);
    const model =
      values.length === 0
        ? ''
        : ` In the cost model above (whole layers, projections included), attention’s time bounds at n = ${formatCount(result.n)} drop below the RNN’s only from about ${formatCount(Math.min(...values))} processors.`;
    return `${race} ${split}${model} And a model that generates text still produces it one token at a time.`;
  },
};

/**
 * The plot's key, beyond the two models' lines: how a bound, the crossover and the GPU are drawn
 * (BrentPlot's classes), each in words; the caption under the plot says what the strip means.
 */
export const plotKey = {
  lower: 'Thick line: max(work/P, depth), the least time P processors can take',
  upper: 'Thin line: work/P + depth, the most they need (Brent’s theorem)',
  crossover: 'Circles and grey strip: where attention’s bounds drop below the RNN’s',
  gpu: 'Dash-dot lines: one H100 GPU, counted two ways',
  caption:
    'Each model’s time lies in its shaded strip, between its thick and its thin line; the table in “where a real GPU sits” gives the numbers.',
} as const;
