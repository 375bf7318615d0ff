import { describe, expect, it } from 'vitest';
import { createExperiment, EXPERIMENT_DEFAULTS, runExperiment } from './experiment';

// A small run: the full table comes from `npm run experiment`, not from the tests.
const small = { n: 8, steps: 60, batchSize: 16, heldOut: 256 } as const;

const losses = (options: Parameters<typeof createExperiment>[0]) => {
  const experiment = createExperiment(options);
  const steps = [];
  while (experiment.stepsDone() < experiment.settings.steps) steps.push(experiment.step());
  return steps.flatMap((s) => [s.rnnLoss, s.attentionLoss]);
};

describe('the experiment', () => {
  it('trains the attention model to at least 90 % held-out accuracy at n = 8', () => {
    const experiment = createExperiment(small);
    const first = experiment.step();
    // An untrained model is near chance: loss about ln 4.
    expect(first.attentionLoss).toBeGreaterThan(1);
    while (experiment.stepsDone() < small.steps) experiment.step();
    const evaluation = experiment.evaluate();
    expect(evaluation.heldOut).toBe(256);
    expect(evaluation.attentionAccuracy).toBeGreaterThanOrEqual(0.9);
    // Its query finds the first token: the attention row peaks there.
    const row = experiment.attentionRow();
    expect(row).toHaveLength(10);
    expect(row.indexOf(Math.max(...row))).toBe(0);
    expect(row.reduce((sum, w) => sum + w, 0)).toBeCloseTo(1, 12);
  });

  it('gives bit-identical losses for a repeated seed, and other losses for another', () => {
    const options = { ...small, steps: 5, heldOut: 1 };
    const once = losses(options);
    expect(losses(options)).toEqual(once);
    expect(losses({ ...options, seed: 2 })).not.toEqual(once);
  });

  it('gives both models about the same budget, whatever n', () => {
    for (const n of [8, 256]) {
      const { rnn, attention } = createExperiment({ n }).parameterCounts;
      expect({ rnn, attention }).toEqual({ rnn: 968, attention: 980 });
      expect(Math.abs(rnn - attention) / attention).toBeLessThan(0.05);
    }
  });

  it("measures the RNN's first-token influence at every position, t = 1 … n + 2", () => {
    const experiment = createExperiment({ ...small, steps: 1 });
    const curve = experiment.rnnFirstTokenInfluence();
    expect(curve.norms).toHaveLength(10);
    expect(curve.log10Norms.every(Number.isFinite)).toBe(true);
    expect(experiment.example().tokens).toHaveLength(10);
    expect(experiment.example().target).toBe(experiment.example().tokens[0]);
  });

  it('stops after its steps, and refuses bad options by name', () => {
    const experiment = createExperiment({ ...small, steps: 1 });
    experiment.step();
    expect(() => experiment.step()).toThrow('the experiment has already run its 1 steps');
    expect(() => createExperiment({ n: 300 })).toThrow('n must be an integer in [8, 256], got 300');
    expect(() => createExperiment({ n: 8, steps: 0 })).toThrow(
      'steps must be a positive integer, got 0',
    );
    expect(() => createExperiment({ n: 8, learningRate: -1 })).toThrow(/learningRate/);
    expect(() => createExperiment({ n: 8, seed: 1.5 })).toThrow(/seed must be an integer/);
  });

  it('reports a whole run with its settings', () => {
    const result = runExperiment({ ...small, steps: 2, heldOut: 8 });
    expect(result.settings).toEqual({ ...EXPERIMENT_DEFAULTS, ...small, steps: 2, heldOut: 8 });
    expect(result.last.step).toBe(2);
    expect(result.evaluation.heldOut).toBe(8);
  });
});
