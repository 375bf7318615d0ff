/**
 * The experiment's recurrent model: Step 2's Elman RNN, trained on the recall task.
 *
 *     x_t = E[token_t]                                   (d_e)   token embedding
 *     h_t = tanh(W·x_t + U·h_{t−1} + b),   h₀ = 0         (d_h)   as in ../rnn.ts
 *     logits = R·h_L + c                                 (k)     read from the last state
 *
 * Sizes: vocabulary V = 9, d_e = 16, d_h = 20, k = 4. Parameters: E 9×16 (144), W 20×16 (320),
 * U 20×20 (400), b 20, R 4×20 (80), c 4: 968 in all, whatever the sequence length.
 *
 * Initialisation follows ../rnn.ts: embeddings of norm about 1 (E ~ N(0, 1/d_e), as Step 2's
 * word vectors have norm ≤ 1), W ~ N(0, 1/d_e), U = g·Q with Q orthogonal (g = 1 here, the usual
 * choice for training an RNN); R ~ N(0, 1/d_h), b = c = 0.
 *
 * Forward and backward passes are written out by hand in float64. Because x_t is a row of E,
 * W·x_t + b is looked up in a V × d_h table computed once per batch, and the gradients of E, W
 * and b are gathered per token the same way: only U is applied step by step.
 *
 * @module
 */

import { orthogonalMatrix } from '../rnn';
import { gaussian, mulberry32 } from '../seededRandom';
import { crossEntropy, largest } from './crossEntropy';
import { RECALL_TASK, VOCABULARY_SIZE, type RecallBatch } from './recallTask';
import { clearTensors, filled, type Tensors } from './tensors';

export const RECALL_RNN_SIZES = { embedding: 16, hidden: 20, gain: 1 } as const;

export type RecallRnnTensor = 'embedding' | 'w' | 'u' | 'b' | 'readout' | 'readoutBias';

/** E (V × d_e), W (d_h × d_e), U (d_h × d_h), b (d_h), R (k × d_h), c (k); row-major. */
export type RecallRnnParameters = Tensors<RecallRnnTensor>;

export interface RecallRnn {
  /** d_e */
  readonly embeddingSize: number;
  /** d_h */
  readonly hiddenSize: number;
  readonly parameters: RecallRnnParameters;
}

export interface RecallRnnOptions {
  readonly embeddingSize?: number;
  readonly hiddenSize?: number;
  /** g: U starts as g times an orthogonal matrix. */
  readonly gain?: number;
}

/** A seeded, untrained RNN. */
export function createRecallRnn(seed: number, options: RecallRnnOptions = {}): RecallRnn {
  const embeddingSize = options.embeddingSize ?? RECALL_RNN_SIZES.embedding;
  const hiddenSize = options.hiddenSize ?? RECALL_RNN_SIZES.hidden;
  const gain = options.gain ?? RECALL_RNN_SIZES.gain;
  const k = RECALL_TASK.answers;
  const normal = gaussian(mulberry32(seed));
  const u = orthogonalMatrix(hiddenSize, normal).data.map((value) => gain * value);
  const parameters: RecallRnnParameters = {
    embedding: filled(VOCABULARY_SIZE * embeddingSize, () => normal() / Math.sqrt(embeddingSize)),
    w: filled(hiddenSize * embeddingSize, () => normal() / Math.sqrt(embeddingSize)),
    u,
    b: new Float64Array(hiddenSize),
    readout: filled(k * hiddenSize, () => normal() / Math.sqrt(hiddenSize)),
    readoutBias: new Float64Array(k),
  };
  return { embeddingSize, hiddenSize, parameters };
}

/** W·E[v] + b for every token v: V × d_h. */
function inputTable(rnn: RecallRnn): Float64Array {
  const { embeddingSize: dE, hiddenSize: dH } = rnn;
  const { embedding: E, w: W, b } = rnn.parameters;
  const table = new Float64Array(VOCABULARY_SIZE * dH);
  for (let v = 0; v < VOCABULARY_SIZE; v++) {
    for (let i = 0; i < dH; i++) {
      let sum = b[i] ?? 0;
      for (let m = 0; m < dE; m++) sum += (W[i * dE + m] ?? 0) * (E[v * dE + m] ?? 0);
      table[v * dH + i] = sum;
    }
  }
  return table;
}

/** h_t = tanh(table[token_t] + U·h_{t−1}) for t = 1 … L, written into H (L × d_h). */
function recur(rnn: RecallRnn, table: Float64Array, sequence: Int32Array, H: Float64Array): void {
  const dH = rnn.hiddenSize;
  const U = rnn.parameters.u;
  for (let t = 0; t < sequence.length; t++) {
    const row = (sequence[t] ?? 0) * dH;
    for (let i = 0; i < dH; i++) {
      let sum = table[row + i] ?? 0;
      // h₀ = 0: the first step has no recurrent term.
      if (t > 0) {
        const previous = (t - 1) * dH;
        for (let j = 0; j < dH; j++) sum += (U[i * dH + j] ?? 0) * (H[previous + j] ?? 0);
      }
      H[t * dH + i] = Math.tanh(sum);
    }
  }
}

/** logits = R·h_L + c. */
function readOut(rnn: RecallRnn, H: Float64Array, length: number): Float64Array {
  const dH = rnn.hiddenSize;
  const { readout: R, readoutBias: c } = rnn.parameters;
  const last = (length - 1) * dH;
  const logits = new Float64Array(c.length);
  for (let a = 0; a < c.length; a++) {
    let sum = c[a] ?? 0;
    for (let i = 0; i < dH; i++) sum += (R[a * dH + i] ?? 0) * (H[last + i] ?? 0);
    logits[a] = sum;
  }
  return logits;
}

/** One sequence forward: every hidden state (L × d_h, row t − 1 is h_t) and the logits (k). */
export function rnnForward(
  rnn: RecallRnn,
  sequence: Int32Array,
): { hiddenStates: Float64Array; logits: Float64Array } {
  const hiddenStates = new Float64Array(sequence.length * rnn.hiddenSize);
  recur(rnn, inputTable(rnn), sequence, hiddenStates);
  return { hiddenStates, logits: readOut(rnn, hiddenStates, sequence.length) };
}

/** Accuracy on a batch: the share of sequences whose largest logit is the answer. */
export function rnnAccuracy(rnn: RecallRnn, batch: RecallBatch): number {
  const L = batch.length;
  const table = inputTable(rnn);
  const H = new Float64Array(L * rnn.hiddenSize);
  let correct = 0;
  for (let s = 0; s < batch.size; s++) {
    recur(rnn, table, batch.tokens.subarray(s * L, (s + 1) * L), H);
    if (largest(readOut(rnn, H, L)) === batch.targets[s]) correct++;
  }
  return correct / batch.size;
}

/**
 * The batch's mean cross-entropy and its gradient with respect to every parameter, written into
 * `gradients` (overwritten, same names and shapes as the parameters). Backpropagation through
 * time, with D_t = diag(1 − h_t²) the slope of tanh:
 *
 *     ∂/∂R = dlogits·h_Lᵀ,  ∂/∂c = dlogits,  dh_L = Rᵀ·dlogits
 *     da_t = D_t·dh_t       ∂/∂U += da_t·h_{t−1}ᵀ,  dh_{t−1} = Uᵀ·da_t
 *     ∂/∂(table[v]) = Σ over t with token_t = v of da_t,  then ∂/∂b, ∂/∂W and ∂/∂E from it.
 */
export function rnnLossAndGradients(
  rnn: RecallRnn,
  batch: RecallBatch,
  gradients: RecallRnnParameters,
): { loss: number; accuracy: number } {
  const { embeddingSize: dE, hiddenSize: dH } = rnn;
  const { embedding: E, w: W, u: U, readout: R } = rnn.parameters;
  const g = gradients;
  clearTensors(g);
  const table = inputTable(rnn);
  const dTable = new Float64Array(VOCABULARY_SIZE * dH); // ∂loss/∂table, V × d_h
  const L = batch.length;
  const H = new Float64Array(L * dH);
  const dh = new Float64Array(dH);
  const da = new Float64Array(dH);
  let loss = 0;
  let correct = 0;
  for (let s = 0; s < batch.size; s++) {
    const sequence = batch.tokens.subarray(s * L, (s + 1) * L);
    recur(rnn, table, sequence, H);
    const logits = readOut(rnn, H, L);
    const result = crossEntropy(logits, batch.targets[s] ?? 0, 1 / batch.size);
    loss += result.loss / batch.size;
    if (result.correct) correct++;
    const last = (L - 1) * dH;
    dh.fill(0);
    result.dLogits.forEach((dLogit, a) => {
      g.readoutBias[a] = (g.readoutBias[a] ?? 0) + dLogit;
      for (let i = 0; i < dH; i++) {
        g.readout[a * dH + i] = (g.readout[a * dH + i] ?? 0) + dLogit * (H[last + i] ?? 0);
        dh[i] = (dh[i] ?? 0) + (R[a * dH + i] ?? 0) * dLogit;
      }
    });
    for (let t = L - 1; t >= 0; t--) {
      const row = (sequence[t] ?? 0) * dH;
      for (let i = 0; i < dH; i++) {
        const h = H[t * dH + i] ?? 0;
        da[i] = (dh[i] ?? 0) * (1 - h) * (1 + h);
        dTable[row + i] = (dTable[row + i] ?? 0) + (da[i] ?? 0);
      }
      if (t === 0) break;
      const previous = (t - 1) * dH;
      for (let i = 0; i < dH; i++) {
        const dai = da[i] ?? 0;
        for (let j = 0; j < dH; j++) {
          g.u[i * dH + j] = (g.u[i * dH + j] ?? 0) + dai * (H[previous + j] ?? 0);
        }
      }
      for (let j = 0; j < dH; j++) {
        let sum = 0;
        for (let i = 0; i < dH; i++) sum += (U[i * dH + j] ?? 0) * (da[i] ?? 0);
        dh[j] = sum;
      }
    }
  }
  // table[v] = W·E[v] + b, so ∂/∂b = Σ_v dTable[v], ∂/∂W = Σ_v dTable[v]·E[v]ᵀ, ∂/∂E[v] = Wᵀ·dTable[v].
  for (let v = 0; v < VOCABULARY_SIZE; v++) {
    for (let i = 0; i < dH; i++) {
      const d = dTable[v * dH + i] ?? 0;
      g.b[i] = (g.b[i] ?? 0) + d;
      for (let m = 0; m < dE; m++) {
        g.w[i * dE + m] = (g.w[i * dE + m] ?? 0) + d * (E[v * dE + m] ?? 0);
        g.embedding[v * dE + m] = (g.embedding[v * dE + m] ?? 0) + d * (W[i * dE + m] ?? 0);
      }
    }
  }
  return { loss, accuracy: correct / batch.size };
}
