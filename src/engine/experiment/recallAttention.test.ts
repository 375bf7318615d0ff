import { describe, expect, it } from 'vitest';
import { mulberry32 } from '../seededRandom';
import { softmax } from '../softmax';
import { sinusoidalPositions } from './sinusoidalPositions';
import { gradientErrors } from './gradientCheck';
import {
  attentionAccuracy,
  attentionForward,
  attentionLossAndGradients,
  createRecallAttention,
  type RecallAttention,
} from './recallAttention';
import { largest } from './crossEntropy';
import { QUERY_TOKEN, recallBatch, sequenceOf, type RecallBatch } from './recallTask';
import { parameterCount, zerosLike } from './tensors';

const lossOf = (model: RecallAttention, batch: RecallBatch) =>
  attentionLossAndGradients(model, batch, zerosLike(model.parameters)).loss;

/** The textbook forward pass with every position's row and the causal mask, in plain arrays. */
function referenceForward(model: RecallAttention, sequence: Int32Array) {
  const d = model.modelSize;
  const { embedding: E, wq, wk, wv, readout: R, readoutBias: c } = model.parameters;
  const L = sequence.length;
  const P = sinusoidalPositions(L, d);
  const x = Array.from({ length: L }, (_, j) =>
    Array.from({ length: d }, (_, m) => (E[(sequence[j] ?? 0) * d + m] ?? 0) + (P[j * d + m] ?? 0)),
  );
  const project = (W: Float64Array) =>
    x.map((row) =>
      Array.from({ length: d }, (_, col) =>
        row.reduce((s, v, m) => s + v * (W[m * d + col] ?? 0), 0),
      ),
    );
  const [Q, K, V] = [project(wq), project(wk), project(wv)];
  const rows = Q.map((q, t) =>
    softmax(
      K.map((k, j) =>
        j <= t ? q.reduce((s, v, m) => s + v * (k[m] ?? 0), 0) / Math.sqrt(d) : -Infinity,
      ),
    ),
  );
  const last = rows[L - 1] ?? new Float64Array();
  const o = Array.from({ length: d }, (_, m) =>
    V.reduce((s, v, j) => s + (last[j] ?? 0) * (v[m] ?? 0), 0),
  );
  const logits = Array.from(c, (bias, a) =>
    o.reduce((s, v, m) => s + v * (R[a * d + m] ?? 0), bias),
  );
  return { rows, logits };
}

describe('the recall attention model', () => {
  it('has 980 parameters, as its doc comment says, for every sequence length', () => {
    expect(parameterCount(createRecallAttention(1).parameters)).toBe(980);
  });

  it('has gradients that match central finite differences for every tensor', () => {
    const model = createRecallAttention(4, 4);
    const batch = recallBatch(8, 3, mulberry32(6));
    const gradients = zerosLike(model.parameters);
    attentionLossAndGradients(model, batch, gradients);
    const errors = gradientErrors(model.parameters, gradients, () => lossOf(model, batch));
    for (const error of Object.values(errors)) expect(error).toBeLessThan(1e-6);
    expect(Object.keys(errors)).toEqual(['embedding', 'wq', 'wk', 'wv', 'readout', 'readoutBias']);
  });

  it('reads the last row of the causal attention matrix, as the full computation gives it', () => {
    const model = createRecallAttention(2);
    const sequence = sequenceOf(recallBatch(12, 1, mulberry32(3)), 0);
    const { weights, logits } = attentionForward(model, sequence);
    const reference = referenceForward(model, sequence);
    expect(sequence[sequence.length - 1]).toBe(QUERY_TOKEN);
    // The mask hides later positions from earlier rows, but the last row sees every position.
    expect(reference.rows[0]?.slice(1).every((w) => w === 0)).toBe(true);
    Array.from(reference.rows[sequence.length - 1] ?? []).forEach((w, j) => {
      expect(weights[j]).toBeCloseTo(w, 12);
    });
    reference.logits.forEach((l, a) => {
      expect(logits[a]).toBeCloseTo(l, 12);
    });
  });

  it('measures a batch as it measures each sequence alone (the reused buffers leak nothing)', () => {
    const model = createRecallAttention(5);
    const batch = recallBatch(20, 40, mulberry32(8));
    let correct = 0;
    let onFirst = 0;
    for (let s = 0; s < batch.size; s++) {
      const { weights, logits } = attentionForward(model, sequenceOf(batch, s));
      if (largest(logits) === batch.targets[s]) correct++;
      onFirst += weights[0] ?? 0;
    }
    const measured = attentionAccuracy(model, batch);
    expect(measured.accuracy).toBe(correct / batch.size);
    expect(measured.weightOnFirst).toBeCloseTo(onFirst / batch.size, 14);
    expect(correct).toBeGreaterThan(0);
    expect(correct).toBeLessThan(batch.size);
  });
});
