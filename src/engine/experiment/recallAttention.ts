/**
 * The experiment's attention model: one layer, one head of causal self-attention, read at the
 * query token (row vectors, as in ../attention.ts):
 *
 *     x_j = E[token_j] + P_j                       (d)   embedding + sinusoidal position
 *     q = x_L·W_q,  k_j = x_j·W_k,  v_j = x_j·W_v   (d)   the query is the last token's
 *     a = softmax(q·k_jᵀ/√d over j = 1 … L)        (L)   its attention row
 *     o = Σ_j a_j·v_j                               (d)
 *     logits = o·Rᵀ + c                             (k)
 *
 * Sizes: V = 9, d = 16, k = 4. Parameters: E 9×16 (144), W_q, W_k, W_v 16×16 (256 each),
 * R 4×16 (64), c 4: 980 in all. The positions are sinusoidal, not learned, so the count does not
 * depend on the sequence length.
 *
 * The causal mask lets position t attend to positions 1 … t only. The model is read at the last
 * position, which may attend to every position, and with one layer no other position's output
 * reaches the loss; so only the last row of the attention matrix is computed (its mask hides
 * nothing). No residual connection: the query token and its position are the same in every
 * sequence, so x_L would add only a constant to o, which the bias c already provides.
 *
 * Initialisation as the RNN's: E ~ N(0, 1/d) (embeddings of norm about 1); W_q, W_k, W_v and
 * R ~ N(0, 1/d); c = 0.
 *
 * @module
 */

import { gaussian, mulberry32 } from '../seededRandom';
import { softmax } from '../softmax';
import { crossEntropy, largest } from './crossEntropy';
import { sinusoidalPositions } from './sinusoidalPositions';
import { RECALL_TASK, VOCABULARY_SIZE, type RecallBatch } from './recallTask';
import { clearTensors, filled, type Tensors } from './tensors';

export const RECALL_ATTENTION_SIZES = { model: 16 } as const;

export type RecallAttentionTensor = 'embedding' | 'wq' | 'wk' | 'wv' | 'readout' | 'readoutBias';

/** E (V × d), W_q, W_k, W_v (d × d), R (k × d), c (k); row-major. */
export type RecallAttentionParameters = Tensors<RecallAttentionTensor>;

export interface RecallAttention {
  /** d: embedding, query, key and value size. */
  readonly modelSize: number;
  readonly parameters: RecallAttentionParameters;
}

/** A seeded, untrained attention model with d = modelSize. */
export function createRecallAttention(
  seed: number,
  modelSize: number = RECALL_ATTENTION_SIZES.model,
): RecallAttention {
  if (!Number.isInteger(modelSize) || modelSize < 2 || modelSize % 2 !== 0) {
    throw new Error(`modelSize must be an even integer ≥ 2, got ${String(modelSize)}`);
  }
  const d = modelSize;
  const normal = gaussian(mulberry32(seed));
  const projection = () => filled(d * d, () => normal() / Math.sqrt(d));
  const parameters: RecallAttentionParameters = {
    embedding: filled(VOCABULARY_SIZE * d, () => normal() / Math.sqrt(d)),
    wq: projection(),
    wk: projection(),
    wv: projection(),
    readout: filled(RECALL_TASK.answers * d, () => normal() / Math.sqrt(d)),
    readoutBias: new Float64Array(RECALL_TASK.answers),
  };
  return { modelSize, parameters };
}

/** rows × d matrix times a d × d matrix W (row-major). */
function times(rows: Float64Array, W: Float64Array, d: number): Float64Array {
  const out = new Float64Array(rows.length);
  for (let r = 0; r < rows.length / d; r++) {
    for (let c = 0; c < d; c++) {
      let sum = 0;
      for (let m = 0; m < d; m++) sum += (rows[r * d + m] ?? 0) * (W[m * d + c] ?? 0);
      out[r * d + c] = sum;
    }
  }
  return out;
}

/**
 * What one forward pass needs for every sequence of length L. Since x_j = E[token_j] + P_j,
 * x_j·W = (E·W)[token_j] + (P·W)_j: keys and values are sums of two looked-up rows.
 */
interface Tables {
  readonly positions: Float64Array; // P, L × d
  readonly tokenKeys: Float64Array; // E·W_k, V × d
  readonly positionKeys: Float64Array; // P·W_k, L × d
  readonly tokenValues: Float64Array; // E·W_v, V × d
  readonly positionValues: Float64Array; // P·W_v, L × d
}

function tablesFor(model: RecallAttention, length: number): Tables {
  const d = model.modelSize;
  const { embedding: E, wk, wv } = model.parameters;
  const positions = sinusoidalPositions(length, d);
  return {
    positions,
    tokenKeys: times(E, wk, d),
    positionKeys: times(positions, wk, d),
    tokenValues: times(E, wv, d),
    positionValues: times(positions, wv, d),
  };
}

/**
 * One sequence's forward pass, with what the backward pass reuses. The buffers are allocated
 * once per batch and overwritten for each sequence: allocating them per sequence made training
 * several times slower in Chromium.
 */
interface Forward {
  readonly x: Float64Array; // x_L, d
  readonly q: Float64Array; // d
  readonly keys: Float64Array; // L × d
  readonly values: Float64Array; // L × d
  readonly scores: Float64Array; // L
  weights: Float64Array; // a, L
  readonly output: Float64Array; // o, d
  readonly logits: Float64Array; // k
}

function forwardBuffers(d: number, length: number): Forward {
  return {
    x: new Float64Array(d),
    q: new Float64Array(d),
    keys: new Float64Array(length * d),
    values: new Float64Array(length * d),
    scores: new Float64Array(length),
    weights: new Float64Array(length),
    output: new Float64Array(d),
    logits: new Float64Array(RECALL_TASK.answers),
  };
}

function forward(
  model: RecallAttention,
  tables: Tables,
  sequence: Int32Array,
  f: Forward = forwardBuffers(model.modelSize, sequence.length),
): Forward {
  const d = model.modelSize;
  const L = sequence.length;
  const { embedding: E, wq, readout: R, readoutBias: c } = model.parameters;
  const { x, q, keys, values, scores, output, logits } = f;
  for (let j = 0; j < L; j++) {
    const token = (sequence[j] ?? 0) * d;
    for (let m = 0; m < d; m++) {
      keys[j * d + m] = (tables.tokenKeys[token + m] ?? 0) + (tables.positionKeys[j * d + m] ?? 0);
      values[j * d + m] =
        (tables.tokenValues[token + m] ?? 0) + (tables.positionValues[j * d + m] ?? 0);
    }
  }
  const lastToken = (sequence[L - 1] ?? 0) * d;
  for (let m = 0; m < d; m++) {
    x[m] = (E[lastToken + m] ?? 0) + (tables.positions[(L - 1) * d + m] ?? 0);
  }
  for (let col = 0; col < d; col++) {
    let sum = 0;
    for (let m = 0; m < d; m++) sum += (x[m] ?? 0) * (wq[m * d + col] ?? 0);
    q[col] = sum;
  }
  const scale = 1 / Math.sqrt(d);
  for (let j = 0; j < L; j++) {
    let sum = 0;
    for (let m = 0; m < d; m++) sum += (q[m] ?? 0) * (keys[j * d + m] ?? 0);
    scores[j] = sum * scale;
  }
  const weights = softmax(scores);
  f.weights = weights;
  output.fill(0);
  for (let j = 0; j < L; j++) {
    const a = weights[j] ?? 0;
    for (let m = 0; m < d; m++) output[m] = (output[m] ?? 0) + a * (values[j * d + m] ?? 0);
  }
  for (let a = 0; a < c.length; a++) {
    let sum = c[a] ?? 0;
    for (let m = 0; m < d; m++) sum += (output[m] ?? 0) * (R[a * d + m] ?? 0);
    logits[a] = sum;
  }
  return f;
}

/** One sequence forward: the query token's attention row (L) and the logits (k). */
export function attentionForward(
  model: RecallAttention,
  sequence: Int32Array,
): { weights: Float64Array; logits: Float64Array } {
  const { weights, logits } = forward(model, tablesFor(model, sequence.length), sequence);
  return { weights, logits };
}

/**
 * Accuracy on a batch (the share of sequences whose largest logit is the answer) and the mean
 * weight the query gives the first token, with the tables and buffers built once.
 */
export function attentionAccuracy(
  model: RecallAttention,
  batch: RecallBatch,
): { accuracy: number; weightOnFirst: number } {
  const L = batch.length;
  const tables = tablesFor(model, L);
  const buffers = forwardBuffers(model.modelSize, L);
  let correct = 0;
  let weightOnFirst = 0;
  for (let b = 0; b < batch.size; b++) {
    const f = forward(model, tables, batch.tokens.subarray(b * L, (b + 1) * L), buffers);
    if (largest(f.logits) === batch.targets[b]) correct++;
    weightOnFirst += f.weights[0] ?? 0;
  }
  return { accuracy: correct / batch.size, weightOnFirst: weightOnFirst / batch.size };
}

/**
 * The batch's mean cross-entropy and its gradient with respect to every parameter, written into
 * `gradients` (overwritten). With one query every gradient is a sum of outer products, s = 1/√d:
 *
 *     do = Rᵀ·dlogits                    ∂/∂R = dlogits·o,  ∂/∂c = dlogits
 *     dv_j = a_j·do                      ∂/∂W_v = Σ_j x_jᵀ·dv_j = (Σ_j a_j·x_j)ᵀ·do
 *     ds_j = a_j·(do·v_j − Σ_i a_i·do·v_i)         (back through the softmax)
 *     dq = s·Σ_j ds_j·k_j                ∂/∂W_q = x_Lᵀ·dq
 *     dk_j = s·ds_j·q                    ∂/∂W_k = s·(Σ_j ds_j·x_j)ᵀ·q
 *     dx_j = s·ds_j·(W_k·qᵀ) + a_j·(W_v·doᵀ)  (+ W_q·dqᵀ for j = L),  ∂/∂E[v] = Σ over token_j = v
 */
export function attentionLossAndGradients(
  model: RecallAttention,
  batch: RecallBatch,
  gradients: RecallAttentionParameters,
): { loss: number; accuracy: number } {
  const d = model.modelSize;
  const L = batch.length;
  const { embedding: E, wq, wk, wv, readout: R } = model.parameters;
  const g = gradients;
  clearTensors(g);
  const tables = tablesFor(model, L);
  const s = 1 / Math.sqrt(d);
  const dOutput = new Float64Array(d);
  const dScores = new Float64Array(L);
  const weightedInputs = new Float64Array(d); // Σ_j a_j·x_j
  const scoreWeightedInputs = new Float64Array(d); // Σ_j ds_j·x_j
  const dq = new Float64Array(d);
  const tokenWeights = new Float64Array(VOCABULARY_SIZE); // Σ of a_j over token_j = v
  const tokenScores = new Float64Array(VOCABULARY_SIZE); // Σ of ds_j over token_j = v
  const buffers = forwardBuffers(d, L);
  let loss = 0;
  let correct = 0;
  for (let b = 0; b < batch.size; b++) {
    const sequence = batch.tokens.subarray(b * L, (b + 1) * L);
    const f = forward(model, tables, sequence, buffers);
    const result = crossEntropy(f.logits, batch.targets[b] ?? 0, 1 / batch.size);
    loss += result.loss / batch.size;
    if (result.correct) correct++;

    dOutput.fill(0);
    result.dLogits.forEach((dLogit, a) => {
      g.readoutBias[a] = (g.readoutBias[a] ?? 0) + dLogit;
      for (let m = 0; m < d; m++) {
        g.readout[a * d + m] = (g.readout[a * d + m] ?? 0) + dLogit * (f.output[m] ?? 0);
        dOutput[m] = (dOutput[m] ?? 0) + dLogit * (R[a * d + m] ?? 0);
      }
    });

    // Back through the weighted sum and the softmax.
    let meanDWeight = 0;
    for (let j = 0; j < L; j++) {
      let dWeight = 0;
      for (let m = 0; m < d; m++) dWeight += (dOutput[m] ?? 0) * (f.values[j * d + m] ?? 0);
      dScores[j] = dWeight;
      meanDWeight += (f.weights[j] ?? 0) * dWeight;
    }
    for (let j = 0; j < L; j++)
      dScores[j] = (f.weights[j] ?? 0) * ((dScores[j] ?? 0) - meanDWeight);

    // Sums over positions, grouped by token where the embedding is concerned.
    weightedInputs.fill(0);
    scoreWeightedInputs.fill(0);
    dq.fill(0);
    tokenWeights.fill(0);
    tokenScores.fill(0);
    for (let j = 0; j < L; j++) {
      const a = f.weights[j] ?? 0;
      const ds = dScores[j] ?? 0;
      const token = sequence[j] ?? 0;
      tokenWeights[token] = (tokenWeights[token] ?? 0) + a;
      tokenScores[token] = (tokenScores[token] ?? 0) + ds;
      for (let m = 0; m < d; m++) {
        const xjm = (E[token * d + m] ?? 0) + (tables.positions[j * d + m] ?? 0);
        weightedInputs[m] = (weightedInputs[m] ?? 0) + a * xjm;
        scoreWeightedInputs[m] = (scoreWeightedInputs[m] ?? 0) + ds * xjm;
        dq[m] = (dq[m] ?? 0) + s * ds * (f.keys[j * d + m] ?? 0);
      }
    }

    // The projections' gradients: outer products.
    for (let m = 0; m < d; m++) {
      for (let c = 0; c < d; c++) {
        const at = m * d + c;
        g.wv[at] = (g.wv[at] ?? 0) + (weightedInputs[m] ?? 0) * (dOutput[c] ?? 0);
        g.wk[at] = (g.wk[at] ?? 0) + s * (scoreWeightedInputs[m] ?? 0) * (f.q[c] ?? 0);
        g.wq[at] = (g.wq[at] ?? 0) + (f.x[m] ?? 0) * (dq[c] ?? 0);
      }
    }

    // The embedding's: each token's share of s·ds·(W_k·qᵀ) + a·(W_v·doᵀ), and the query's W_q·dqᵀ.
    const lastToken = sequence[L - 1] ?? 0;
    for (let m = 0; m < d; m++) {
      let keyDirection = 0; // (W_k·qᵀ)_m
      let valueDirection = 0; // (W_v·doᵀ)_m
      let queryDirection = 0; // (W_q·dqᵀ)_m
      for (let c = 0; c < d; c++) {
        keyDirection += (wk[m * d + c] ?? 0) * (f.q[c] ?? 0);
        valueDirection += (wv[m * d + c] ?? 0) * (dOutput[c] ?? 0);
        queryDirection += (wq[m * d + c] ?? 0) * (dq[c] ?? 0);
      }
      for (let v = 0; v < VOCABULARY_SIZE; v++) {
        const share =
          s * (tokenScores[v] ?? 0) * keyDirection + (tokenWeights[v] ?? 0) * valueDirection;
        g.embedding[v * d + m] = (g.embedding[v * d + m] ?? 0) + share;
      }
      g.embedding[lastToken * d + m] = (g.embedding[lastToken * d + m] ?? 0) + queryDirection;
    }
  }
  return { loss, accuracy: correct / batch.size };
}
