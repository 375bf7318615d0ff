import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../seededRandom';
import { gradientErrors } from './gradientCheck';
import { largest } from './crossEntropy';
import {
  createRecallRnn,
  rnnAccuracy,
  rnnForward,
  rnnLossAndGradients,
  type RecallRnn,
} from './recallRnn';
import { recallBatch, sequenceOf } from './recallTask';
import { parameterCount, zerosLike } from './tensors';

const lossOf = (rnn: RecallRnn, batch: ReturnType<typeof recallBatch>) =>
  rnnLossAndGradients(rnn, batch, zerosLike(rnn.parameters)).loss;

describe('the recall RNN', () => {
  it('has 968 parameters, as its doc comment says', () => {
    expect(parameterCount(createRecallRnn(1).parameters)).toBe(968);
  });

  it('has gradients that match central finite differences for every tensor', () => {
    // Small sizes and a large gain, so that every tensor's gradient is far from 0.
    const rnn = createRecallRnn(3, { embeddingSize: 3, hiddenSize: 4, gain: 1.2 });
    const batch = recallBatch(8, 3, mulberry32(5));
    const gradients = zerosLike(rnn.parameters);
    rnnLossAndGradients(rnn, batch, gradients);
    const errors = gradientErrors(rnn.parameters, gradients, () => lossOf(rnn, batch));
    for (const error of Object.values(errors)) expect(error).toBeLessThan(1e-6);
    expect(Object.keys(errors)).toEqual(['embedding', 'w', 'u', 'b', 'readout', 'readoutBias']);
  });

  it('gives the same logits one sequence at a time as in a batch of one', () => {
    const rnn = createRecallRnn(2);
    const batch = recallBatch(16, 2, mulberry32(9));
    const { logits } = rnnForward(rnn, sequenceOf(batch, 1));
    const single = {
      ...batch,
      size: 1,
      tokens: sequenceOf(batch, 1),
      targets: batch.targets.subarray(1),
    };
    const p = Math.exp(-lossOf(rnn, single));
    const target = batch.targets[1] ?? 0;
    const sum = Array.from(logits).reduce((s, l) => s + Math.exp(l), 0);
    expect(p).toBeCloseTo(Math.exp(logits[target] ?? 0) / sum, 12);
  });

  it('measures a batch as it measures each sequence alone', () => {
    const rnn = createRecallRnn(6);
    const batch = recallBatch(20, 40, mulberry32(8));
    let correct = 0;
    for (let s = 0; s < batch.size; s++) {
      if (largest(rnnForward(rnn, sequenceOf(batch, s)).logits) === batch.targets[s]) correct++;
    }
    expect(rnnAccuracy(rnn, batch)).toBe(correct / batch.size);
    expect(correct).toBeGreaterThan(0);
    expect(correct).toBeLessThan(batch.size);
  });
});
