/**
 * The experiment's committed table, content/self-attention/experiment-results.json: what
 * `npm run experiment` measured, with everything needed to run it again. The quiz is keyed to
 * this file, so it is written by the script, never by hand.
 *
 * @module
 */

import type { ExperimentResult } from './experiment';
import { RECALL_ATTENTION_SIZES } from './recallAttention';
import { RECALL_RNN_SIZES } from './recallRnn';
import { CHANCE_ACCURACY, RECALL_TASK } from './recallTask';

/** One n: both models' held-out accuracies (fractions, 0 … 1). */
export interface ExperimentResultsRow {
  readonly n: number;
  readonly rnnAccuracy: number;
  readonly attentionAccuracy: number;
  /** The mean weight the attention model's query gives the first token. */
  readonly attentionOnFirstToken: number;
}

export interface ExperimentResultsFile {
  readonly generatedBy: string;
  readonly task: {
    readonly answers: number;
    readonly distractors: number;
    readonly chance: number;
  };
  readonly seed: number;
  readonly steps: number;
  readonly batchSize: number;
  readonly learningRate: number;
  readonly heldOut: number;
  readonly sizes: {
    readonly rnn: { readonly embedding: number; readonly hidden: number; readonly gain: number };
    readonly attention: { readonly model: number };
  };
  readonly parameterCounts: { readonly rnn: number; readonly attention: number };
  readonly results: readonly ExperimentResultsRow[];
}

/**
 * The file's contents for runs that share their settings but n (no timings: the same seed gives
 * the same file on any machine).
 */
export function experimentResultsFile(
  runs: readonly ExperimentResult[],
  command: string,
): ExperimentResultsFile {
  const first = runs[0];
  if (first === undefined) throw new Error('runs must hold at least one run');
  const { seed, steps, batchSize, learningRate, heldOut } = first.settings;
  const shared = ['seed', 'steps', 'batchSize', 'learningRate', 'heldOut'] as const;
  if (runs.some((run) => shared.some((name) => run.settings[name] !== first.settings[name]))) {
    throw new Error('runs must share every setting but n');
  }
  return {
    generatedBy: `${command} (src/cli/experiment.ts); not to be edited by hand`,
    task: {
      answers: RECALL_TASK.answers,
      distractors: RECALL_TASK.distractors,
      chance: CHANCE_ACCURACY,
    },
    seed,
    steps,
    batchSize,
    learningRate,
    heldOut,
    sizes: { rnn: { ...RECALL_RNN_SIZES }, attention: { ...RECALL_ATTENTION_SIZES } },
    parameterCounts: first.parameterCounts,
    results: runs.map(({ settings, evaluation }) => ({
      n: settings.n,
      rnnAccuracy: evaluation.rnnAccuracy,
      attentionAccuracy: evaluation.attentionAccuracy,
      attentionOnFirstToken: evaluation.attentionOnFirstToken,
    })),
  };
}
