/**
 * The experiment: train the RNN and the attention model side by side on long-range recall, with
 * the same seed, the same batches, the same number of steps and the same optimiser, then measure
 * both on held-out sequences.
 *
 * Made for a Web Worker to drive: `step()` runs one Adam step for each model and returns at
 * once, so the worker can post progress and pause between steps; everything it returns is plain
 * numbers and Float64Arrays. The same options always give bit-identical numbers.
 *
 * @module
 */

import { rnnInfluence, type ElmanRnn } from '../rnn';
import type { InfluenceCurve } from '../jacobianNorms';
import { matrix } from '../matrix';
import { mulberry32 } from '../seededRandom';
import { adamStep, createAdamState } from './adam';
import {
  attentionAccuracy,
  attentionForward,
  attentionLossAndGradients,
  createRecallAttention,
  type RecallAttention,
} from './recallAttention';
import {
  createRecallRnn,
  RECALL_RNN_SIZES,
  rnnAccuracy,
  rnnForward,
  rnnLossAndGradients,
  type RecallRnn,
} from './recallRnn';
import { checkDistractorCount, recallBatch, sequenceOf, type RecallBatch } from './recallTask';
import { parameterCount, zerosLike } from './tensors';

/** One run's settings; everything but n has a default. */
export const EXPERIMENT_DEFAULTS = {
  seed: 1,
  steps: 1000,
  batchSize: 32,
  learningRate: 0.01,
  /** Held-out sequences the accuracies are measured on. */
  heldOut: 512,
} as const;

export interface ExperimentOptions {
  /** Distractors between the first token and the query, 8 … 256. */
  readonly n: number;
  readonly seed?: number;
  readonly steps?: number;
  readonly batchSize?: number;
  readonly learningRate?: number;
  readonly heldOut?: number;
}

export type ExperimentSettings = Required<ExperimentOptions>;

/** What one training step measured, on that step's batch (before the update). */
export interface ExperimentStep {
  /** Steps done, 1 … steps. */
  readonly step: number;
  readonly rnnLoss: number;
  readonly attentionLoss: number;
  readonly rnnBatchAccuracy: number;
  readonly attentionBatchAccuracy: number;
}

/** Both models on the held-out sequences. */
export interface ExperimentEvaluation {
  readonly rnnAccuracy: number;
  readonly attentionAccuracy: number;
  /** The mean weight the query token gives the first token. */
  readonly attentionOnFirstToken: number;
  /** How many held-out sequences. */
  readonly heldOut: number;
}

export interface Experiment {
  readonly settings: ExperimentSettings;
  readonly parameterCounts: { readonly rnn: number; readonly attention: number };
  /** The models as they are now (plain data, updated in place by step()). */
  readonly rnn: RecallRnn;
  readonly attention: RecallAttention;
  /** Steps done so far. */
  stepsDone: () => number;
  /** One Adam step for each model on the same fresh batch; throws once all steps are done. */
  step: () => ExperimentStep;
  evaluate: () => ExperimentEvaluation;
  /** The held-out sequence the two figures below are drawn for, and its answer. */
  example: () => { readonly tokens: Int32Array; readonly target: number };
  /** The query token's attention weights over the example sequence (n + 2 numbers). */
  attentionRow: () => Float64Array;
  /** ‖∂h_t/∂x₁‖₂ of the RNN for t = 1 … n + 2 over the example sequence, as Step 2 measures it. */
  rnnFirstTokenInfluence: () => InfluenceCurve;
}

/**
 * The seeds of the run's four random streams, all from its one seed and all different: the
 * training batches, the held-out sequences, and each model's starting weights.
 */
export function experimentSeeds(seed: number) {
  const stream = (index: number) => (Math.imul(seed, 4) + index) | 0;
  return { training: stream(0), heldOut: stream(1), rnn: stream(2), attention: stream(3) };
}

function settingsOf(options: ExperimentOptions): ExperimentSettings {
  const settings = { ...EXPERIMENT_DEFAULTS, ...options };
  checkDistractorCount(settings.n);
  if (!Number.isInteger(settings.seed)) {
    throw new Error(`seed must be an integer, got ${String(settings.seed)}`);
  }
  for (const name of ['steps', 'batchSize', 'heldOut'] as const) {
    const value = settings[name];
    if (!Number.isInteger(value) || value < 1) {
      throw new Error(`${name} must be a positive integer, got ${String(value)}`);
    }
  }
  const rate = settings.learningRate;
  if (!Number.isFinite(rate) || rate <= 0) {
    throw new Error(`learningRate must be a finite number > 0, got ${String(rate)}`);
  }
  return settings;
}

/**
 * A run for one n, ready to step.
 *
 * @example
 * const experiment = createExperiment({ n: 8, steps: 200 });
 * while (experiment.stepsDone() < 200) experiment.step(); // post progress between steps
 * experiment.evaluate().attentionAccuracy; // e.g. 1
 */
export function createExperiment(options: ExperimentOptions): Experiment {
  const settings = settingsOf(options);
  const { n, seed, steps, batchSize, learningRate } = settings;
  const seeds = experimentSeeds(seed);
  const training = mulberry32(seeds.training);
  const heldOut = recallBatch(n, settings.heldOut, mulberry32(seeds.heldOut));
  const rnn = createRecallRnn(seeds.rnn);
  const attention = createRecallAttention(seeds.attention);
  const rnnGradients = zerosLike(rnn.parameters);
  const attentionGradients = zerosLike(attention.parameters);
  const rnnAdam = createAdamState(rnn.parameters);
  const attentionAdam = createAdamState(attention.parameters);
  let done = 0;

  const example = () => ({
    tokens: sequenceOf(heldOut, 0).slice(),
    target: heldOut.targets[0] ?? 0,
  });

  return {
    settings,
    parameterCounts: {
      rnn: parameterCount(rnn.parameters),
      attention: parameterCount(attention.parameters),
    },
    rnn,
    attention,
    stepsDone: () => done,
    step() {
      if (done >= steps) throw new Error(`the experiment has already run its ${steps} steps`);
      const batch: RecallBatch = recallBatch(n, batchSize, training);
      const r = rnnLossAndGradients(rnn, batch, rnnGradients);
      const a = attentionLossAndGradients(attention, batch, attentionGradients);
      adamStep(rnnAdam, rnn.parameters, rnnGradients, { learningRate });
      adamStep(attentionAdam, attention.parameters, attentionGradients, { learningRate });
      done += 1;
      return {
        step: done,
        rnnLoss: r.loss,
        attentionLoss: a.loss,
        rnnBatchAccuracy: r.accuracy,
        attentionBatchAccuracy: a.accuracy,
      };
    },
    evaluate() {
      const attentionResult = attentionAccuracy(attention, heldOut);
      return {
        rnnAccuracy: rnnAccuracy(rnn, heldOut),
        attentionAccuracy: attentionResult.accuracy,
        attentionOnFirstToken: attentionResult.weightOnFirst,
        heldOut: heldOut.size,
      };
    },
    example,
    attentionRow: () => attentionForward(attention, example().tokens).weights,
    rnnFirstTokenInfluence() {
      const { embeddingSize: dE, hiddenSize: dH, parameters } = rnn;
      const tokens = example().tokens;
      const elman: ElmanRnn = {
        inputSize: dE,
        hiddenSize: dH,
        gain: RECALL_RNN_SIZES.gain,
        seed: seeds.rnn,
        w: matrix(dH, dE, parameters.w.slice()),
        u: matrix(dH, dH, parameters.u.slice()),
        b: parameters.b.slice(),
      };
      const { hiddenStates } = rnnForward(rnn, tokens);
      return rnnInfluence(elman, matrix(tokens.length, dH, hiddenStates));
    },
  };
}

/** What a whole run gives: its settings, the models' sizes and the held-out accuracies. */
export interface ExperimentResult {
  readonly settings: ExperimentSettings;
  readonly parameterCounts: Experiment['parameterCounts'];
  readonly evaluation: ExperimentEvaluation;
  /** The last step's batch losses. */
  readonly last: ExperimentStep;
}

/** Runs every step and evaluates: what the command line and the tests do in one go. */
export function runExperiment(options: ExperimentOptions): ExperimentResult {
  const experiment = createExperiment(options);
  let last = experiment.step();
  while (experiment.stepsDone() < experiment.settings.steps) last = experiment.step();
  return {
    settings: experiment.settings,
    parameterCounts: experiment.parameterCounts,
    evaluation: experiment.evaluate(),
    last,
  };
}
