// What the page and the experiment's worker say to each other, and how the loss curves are
// thinned. Plain data only, so this module costs the figure's chunk nothing of the engine.

/** The page to the worker. */
export type ExperimentRequest =
  | { readonly kind: 'start'; readonly n: number }
  | { readonly kind: 'pause' }
  | { readonly kind: 'resume' }
  | { readonly kind: 'reset' };

/** One point of the live curves: the mean of a block of steps' batch numbers. */
export interface CurvePoint {
  /** The block's last step. */
  readonly step: number;
  readonly rnnLoss: number;
  readonly attentionLoss: number;
  readonly rnnBatchAccuracy: number;
  readonly attentionBatchAccuracy: number;
}

export interface ExperimentProgress {
  readonly kind: 'progress';
  readonly n: number;
  /** Steps done so far. */
  readonly step: number;
  readonly steps: number;
  /** The points finished since the last progress message (the page appends them). */
  readonly points: readonly CurvePoint[];
}

/** Everything the figure draws after a run; arrays are plain, so a test can write them out. */
export interface ExperimentOutcome {
  readonly kind: 'result';
  readonly settings: {
    readonly n: number;
    readonly seed: number;
    readonly steps: number;
    readonly batchSize: number;
    readonly learningRate: number;
    readonly heldOut: number;
  };
  readonly parameterCounts: { readonly rnn: number; readonly attention: number };
  readonly evaluation: {
    readonly rnnAccuracy: number;
    readonly attentionAccuracy: number;
    readonly attentionOnFirstToken: number;
    readonly heldOut: number;
  };
  /** The held-out example sequence (n + 2 token ids) and its answer. */
  readonly exampleTokens: readonly number[];
  readonly exampleTarget: number;
  /** The query's attention weights over the example (n + 2 numbers). */
  readonly attentionRow: readonly number[];
  /** log₁₀ ‖∂h_t/∂x₁‖ over the example, t = 1 … n + 2: the RNN before and after training. */
  readonly untrainedInfluence: readonly number[];
  readonly trainedInfluence: readonly number[];
  /** Milliseconds from start to result in the worker, pauses left out. */
  readonly trainingMs: number;
}

export type ExperimentReply =
  | { readonly kind: 'started'; readonly n: number; readonly steps: number }
  | ExperimentProgress
  | { readonly kind: 'paused'; readonly step: number }
  | { readonly kind: 'resumed'; readonly step: number }
  | { readonly kind: 'evaluating' }
  | ExperimentOutcome
  | { readonly kind: 'error'; readonly message: string };

/** The live curves keep at most this many points, whatever the number of steps. */
export const MAX_CURVE_POINTS = 250;

/** Steps averaged into one curve point. */
export const stepsPerPoint = (steps: number) => Math.max(1, Math.ceil(steps / MAX_CURVE_POINTS));

/** Averages steps into curve points, `stride` steps each (the last block may be shorter). */
export function curveThinner(stride: number, steps: number) {
  let sum = { rnnLoss: 0, attentionLoss: 0, rnnBatchAccuracy: 0, attentionBatchAccuracy: 0 };
  let count = 0;
  return (step: CurvePoint): CurvePoint | null => {
    sum = {
      rnnLoss: sum.rnnLoss + step.rnnLoss,
      attentionLoss: sum.attentionLoss + step.attentionLoss,
      rnnBatchAccuracy: sum.rnnBatchAccuracy + step.rnnBatchAccuracy,
      attentionBatchAccuracy: sum.attentionBatchAccuracy + step.attentionBatchAccuracy,
    };
    count += 1;
    if (count < stride && step.step < steps) return null;
    const point = {
      step: step.step,
      rnnLoss: sum.rnnLoss / count,
      attentionLoss: sum.attentionLoss / count,
      rnnBatchAccuracy: sum.rnnBatchAccuracy / count,
      attentionBatchAccuracy: sum.attentionBatchAccuracy / count,
    };
    sum = { rnnLoss: 0, attentionLoss: 0, rnnBatchAccuracy: 0, attentionBatchAccuracy: 0 };
    count = 0;
    return point;
  };
}
