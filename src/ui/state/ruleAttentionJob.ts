// What the page and its attention worker say to each other. Both sides compute with the engine's
// ruleAttention, so a worker's numbers are the page's numbers.
import type { AttentionResult } from '../../engine/attention';
import type { AttentionRule } from '../../engine/attentionRule';
import { ruleAttention } from '../../engine/lessonAttention';
import { row, type Matrix } from '../../engine/matrix';
import { topKeysLine } from '../../app/attentionWords';
import { tokenLabels } from '../../app/tokenLabels';
import { weightPixels, type WeightPixels } from '../widgets/weightPixels';

export interface AttentionJob {
  /** The tokens' embeddings, n × classes. */
  readonly x: Matrix;
  readonly rule: AttentionRule;
  readonly causal: boolean;
  readonly temperature: number;
  /** If set, also paint the weights as heatmap pixels, this many pixels a cell. */
  readonly cell?: number;
  /** If set (the tokens as the figures label them), also write each row's top-keys line. */
  readonly words?: readonly string[];
}

/** Each row's top three keys as the heatmap's read-out says them, for these very weights. */
export interface RowSummaries {
  readonly weights: Matrix;
  readonly lines: readonly string[];
}

/** What a job gives back: the attention, and the heatmap's pixels if the job asked for them. */
export interface AttentionAnswer {
  readonly attention: AttentionResult;
  readonly pixels?: WeightPixels;
  readonly summaries?: RowSummaries;
}

/** The heatmap's read-out lines (topKeysLine) for every row of `weights`. */
export function rowSummaries(words: readonly string[], weights: Matrix): RowSummaries {
  const labels = tokenLabels(words);
  return {
    weights,
    lines: words.map((_, i) => topKeysLine(words, row(weights, i), i, 3, labels)),
  };
}

/** The job's computation, wherever it runs: the engine's ruleAttention, then the pixels. */
export function answer(job: AttentionJob): AttentionAnswer {
  const attention = ruleAttention(job.x, job.rule, {
    causal: job.causal,
    temperature: job.temperature,
  });
  const [head] = attention.heads;
  if (!head) return { attention };
  return {
    attention,
    ...(job.cell === undefined ? {} : { pixels: weightPixels(head.weights, job.causal, job.cell) }),
    ...(job.words === undefined ? {} : { summaries: rowSummaries(job.words, head.weights) }),
  };
}

/** Every distinct buffer behind the result's matrices, to transfer them instead of copying. */
export function answerBuffers({ attention, pixels }: AttentionAnswer): ArrayBuffer[] {
  const buffers = new Set<ArrayBuffer>([attention.output.data.buffer as ArrayBuffer]);
  if (pixels) buffers.add(pixels.data.buffer as ArrayBuffer);
  for (const head of attention.heads) {
    for (const m of [
      head.queries,
      head.keys,
      head.values,
      head.scores,
      head.scaledScores,
      head.weights,
      head.output,
    ]) {
      buffers.add(m.data.buffer as ArrayBuffer);
    }
  }
  return [...buffers];
}
