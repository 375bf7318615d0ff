// Step 6's experiment: what its prose, its figure's "about" paragraphs and the quiz say about the
// seeded run must be what content/self-attention/experiment-results.json holds and what the engine
// computes, so none of them can drift from the numbers.
import { describe, expect, it } from 'vitest';
import results from '../../content/self-attention/experiment-results.json';
import {
  experimentMessages as m,
  formatPercent,
  SEED_CAVEAT,
} from '../../content/self-attention/figureMessages/experiment';
import {
  createExperiment,
  EXPERIMENT_DEFAULTS,
  runExperiment,
} from '../engine/experiment/experiment';
import { RECALL_ATTENTION_SIZES } from '../engine/experiment/recallAttention';
import { RECALL_RNN_SIZES } from '../engine/experiment/recallRnn';
import { CHANCE_ACCURACY, RECALL_TASK } from '../engine/experiment/recallTask';
import { steps } from './lesson';
import { proseHtml } from './lessonSteps';
import { experimentFacts } from './quiz/experimentFacts';

const visible = proseHtml(steps[5]?.blocks ?? [], 'visible').replace(/\s+/g, ' ');
const row = (n: number) => {
  const found = results.results.find((r) => r.n === n);
  if (!found) throw new Error(`experiment-results.json has no row for n = ${n}`);
  return found;
};

describe('the seeded run’s file', () => {
  it('was run with the settings the page’s worker uses, and the engine’s model sizes', () => {
    const { seed, steps: stepCount, batchSize, learningRate, heldOut } = EXPERIMENT_DEFAULTS;
    expect({
      seed: results.seed,
      steps: results.steps,
      batchSize: results.batchSize,
      learningRate: results.learningRate,
      heldOut: results.heldOut,
    }).toEqual({ seed, steps: stepCount, batchSize, learningRate, heldOut });
    expect(results.sizes.rnn).toEqual(RECALL_RNN_SIZES);
    expect(results.sizes.attention).toEqual(RECALL_ATTENTION_SIZES);
    expect(results.task).toEqual({
      answers: RECALL_TASK.answers,
      distractors: RECALL_TASK.distractors,
      chance: CHANCE_ACCURACY,
    });
    expect(results.parameterCounts).toEqual(createExperiment({ n: 8 }).parameterCounts);
  });
});

describe('Step 6’s sentence on the experiment', () => {
  it('quotes the seeded run at n = 128', () => {
    const at128 = row(128);
    expect(visible).toContain(
      `at n = 128: attention ${formatPercent(at128.attentionAccuracy)}, the RNN ${formatPercent(at128.rnnAccuracy)} (chance ${formatPercent(results.task.chance)}).`,
    );
    expect(visible).toContain('attention 100 %, the RNN 24 % (chance 25 %)');
  });

  it('places the figure in section 2, after the sentence that introduces it', () => {
    const blocks = steps[5]?.blocks ?? [];
    const at = blocks.findIndex((b) => b.kind === 'figure' && b.id === 'recall-experiment');
    expect(at).toBeGreaterThan(0);
    const before = proseHtml(blocks.slice(0, at), 'visible');
    expect(before).toContain('Constant-length paths');
    expect(before).not.toContain('Interpretable attention patterns');
    expect(before).toContain('In the experiment below');
  });
});

describe('the figure’s “about” paragraphs', () => {
  const about = m.about(results).join(' ');

  it('give the parameter counts, steps, batch, seed and held-out count of the run', () => {
    expect(about).toContain('read at the query token: 968 parameters');
    expect(about).toContain('one head (d = 16, sinusoidal positions, the causal mask)');
    expect(about).toContain('read at the query token: 980 parameters');
    expect(about).toContain(
      'for 1,000 steps on the same batches of 32 sequences, from seed 1, and are then measured on 512 held-out sequences',
    );
  });

  it('sum up the seeded table as it is', () => {
    expect(about).toContain(
      'attention reaches 100 % at n = 8, 16, 32, 64, 128 and 256; the RNN reaches 100 % at n = 8, 16 and 32, and 24 % at n = 64, 128 and 256.',
    );
    expect(about).toContain('not a proof that an RNN cannot learn the task');
    expect(about).toMatch(/LSTM and the GRU.*not in this experiment/);
  });

  it('quote another seed’s run as the engine gives it', () => {
    const other = runExperiment({ n: SEED_CAVEAT.n, seed: SEED_CAVEAT.seed });
    expect(other.evaluation.rnnAccuracy).toBe(SEED_CAVEAT.rnnAccuracy);
    expect(formatPercent(other.evaluation.rnnAccuracy)).not.toBe(
      formatPercent(row(SEED_CAVEAT.n).rnnAccuracy),
    );
    expect(about).toContain('at n = 32, seed 2 gives 70 %');
  }, 60_000);
});

describe('the quiz’s facts on the experiment', () => {
  it('come from the seeded run: the RNN near chance from n = 64, fine at 32', () => {
    expect(experimentFacts()).toEqual({
      recallLongN: '64',
      recallRnnLong: formatPercent(row(64).rnnAccuracy),
      recallAttentionLong: formatPercent(row(64).attentionAccuracy),
      recallShortN: '32',
      recallRnnShort: formatPercent(row(32).rnnAccuracy),
      recallChance: '25 %',
      recallSteps: '1,000',
      recallRnnParameters: '968',
      recallAttentionParameters: '980',
    });
    expect(experimentFacts().recallRnnLong).toBe('24 %');
  });
});
