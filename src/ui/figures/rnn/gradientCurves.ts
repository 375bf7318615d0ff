// Step 2's two influence curves for one setting of the figure: the RNN's (hidden size, gain) and
// one attention layer's under the lesson's teaching rule (bidirectional, temperature 1, as in
// Step 5). Run in a worker (gradientCurves.worker.ts): the exact norms of up to 512 Jacobians
// were the page's longest task.
import {
  parseAttentionRule,
  ruleProjections,
  type AttentionRule,
} from '../../../engine/attentionRule';
import {
  attentionInfluence,
  type AttentionInfluence,
  type InfluenceCurve,
} from '../../../engine/jacobianNorms';
import type { Matrix } from '../../../engine/matrix';
import { createRnn, rnnInfluence, runRnn } from '../../../engine/rnn';

export interface GradientJob {
  /** The sequence's embeddings, one row per token; only its first row is x₁. */
  readonly x: Matrix;
  readonly hiddenSize: number;
  readonly gain: number;
  readonly rule: AttentionRule;
}

export interface GradientCurves {
  readonly rnn: InfluenceCurve;
  readonly attention: AttentionInfluence;
}

export function gradientCurves(job: GradientJob): GradientCurves {
  const rnn = createRnn(job.x.cols, { hiddenSize: job.hiddenSize, gain: job.gain });
  // The rule crossed a thread as plain data: parsed again, it is checked as any rule is.
  const projections = ruleProjections(parseAttentionRule(job.rule));
  return {
    rnn: rnnInfluence(rnn, runRnn(rnn, job.x)),
    attention: attentionInfluence(job.x, projections),
  };
}
