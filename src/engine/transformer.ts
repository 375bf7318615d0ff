/**
 * The lesson's tiny trained transformer, run by our own engine so that every intermediate of
 * every head can be shown. The model (public/models/brown-tiny, trained by tools/trainer, read by
 * ./modelFile) is a decoder-only, pre-LayerNorm GPT:
 *
 *     x = E[token] + P[position]                         (n × d_model)
 *     for each block:
 *       x = x + attn(ln1(x))                             causal multi-head self-attention
 *       x = x + mlp(ln2(x))                              ReLU(h·W1 + b1)·W2 + b2
 *     logits = ln_f(x) · Eᵀ                              (n × vocab: tied embeddings)
 *
 * where attn(h) = concat of the heads' softmax(Q·Kᵀ/√d_head)·V, then ·W_o + b_o.
 *
 * @module
 */

import { selfAttention } from './attention';
import type { AttentionResult, HeadAttention } from './attention';
import { add, layerNorm, linear, relu } from './layers';
import { matrix, type Matrix } from './matrix';
import { matmulTransposeB } from './matrixKernels';
import type { LayerNormWeights, TinyLayerWeights, TinyModel } from './modelFile';
import { tokenize } from './tokenize';
import type { Token } from './tokenize';

/** What one block computed for a sentence, in order. */
export interface TinyLayerRun {
  /** The residual stream coming in, n × d_model. */
  readonly input: Matrix;
  /** ln1(input): what the heads read, n × d_model. */
  readonly normalized: Matrix;
  /** The layer's attention as selfAttention returns it: every head, d_k, the scale, causal, T. */
  readonly attention: AttentionResult;
  /** attention.heads (the same array): every head's queries, keys, values, scores, weights. */
  readonly heads: HeadAttention[];
  /** The heads joined, ·W_o + b_o: what attention adds to the stream, n × d_model. */
  readonly attentionOutput: Matrix;
  /** ReLU(ln2(x)·W1 + b1), n × mlpHidden. */
  readonly mlpHidden: Matrix;
  /** The residual stream going out, n × d_model. */
  readonly output: Matrix;
}

export interface TinyModelRun {
  readonly tokenIds: readonly number[];
  /** E[token] + P[position], n × d_model. */
  readonly embeddings: Matrix;
  readonly layers: TinyLayerRun[];
  /** Row t scores every vocabulary entry as the token after position t, n × vocab. */
  readonly logits: Matrix;
}

export interface EncodedSentence {
  /** `<bos>` first, then one id per kept word (`<unk>` for unknown words). */
  readonly ids: number[];
  /** The kept words, aligned with ids[1…]. */
  readonly tokens: Token[];
  /** The kept words that are not in the vocabulary (they became `<unk>`). */
  readonly unknown: Token[];
  /** Words cut because the sentence is longer than the context (contextLength − 1 words). */
  readonly dropped: number;
}

/**
 * A sentence as the model's ids: split by the lesson's `tokenize`, `<bos>` in front, unknown
 * words as `<unk>`, and cut to the model's context length.
 *
 * @example
 * const { ids, dropped } = encodeSentence(model, 'The jury said it.');
 * ids; // [0, id of "the", id of "jury", id of "said", id of "it"]; dropped: 0
 */
export function encodeSentence(model: TinyModel, sentence: string): EncodedSentence {
  const all = tokenize(sentence).tokens;
  const kept = all.slice(0, model.config.contextLength - 1);
  const ids = [model.bosId];
  const unknown: Token[] = [];
  for (const token of kept) {
    const id = model.ids.get(token.lookup);
    if (id === undefined) unknown.push(token);
    ids.push(id ?? model.unkId);
  }
  return { ids, tokens: kept, unknown, dropped: all.length - kept.length };
}

/** E[token] + P[position] for each token. */
function embed(model: TinyModel, tokenIds: readonly number[]): Matrix {
  const { dModel, contextLength, vocabSize } = model.config;
  if (tokenIds.length > contextLength) {
    throw new Error(`tokenIds must hold at most ${contextLength} ids, got ${tokenIds.length}`);
  }
  const x = matrix(tokenIds.length, dModel);
  tokenIds.forEach((id, t) => {
    if (!Number.isInteger(id) || id < 0 || id >= vocabSize) {
      throw new Error(`tokenIds[${t}] must be an integer in [0, ${vocabSize - 1}], got ${id}`);
    }
    const e = model.tokenEmbedding.data.subarray(id * dModel, (id + 1) * dModel);
    const p = model.positionEmbedding.data.subarray(t * dModel, (t + 1) * dModel);
    for (let j = 0; j < dModel; j++) x.data[t * dModel + j] = (e[j] ?? NaN) + (p[j] ?? NaN);
  });
  return x;
}

const norm = (x: Matrix, weights: LayerNormWeights, epsilon: number): Matrix =>
  layerNorm(x, weights.gain, weights.bias, epsilon);

/** Causal multi-head self-attention, then the output projection: attn(h), n × d_model. */
function attend(h: Matrix, weights: TinyLayerWeights['attention'], heads: number) {
  const attention = selfAttention(h, weights, { heads, causal: true });
  return { attention, output: linear(attention.output, weights.wo, weights.bo) };
}

/** The feed-forward part: mlp(h) = ReLU(h·W1 + b1)·W2 + b2, n × d_model. */
function mlp(h: Matrix, weights: TinyLayerWeights['mlp']) {
  const hidden = relu(linear(h, weights.w1, weights.b1));
  return { hidden, output: linear(hidden, weights.w2, weights.b2) };
}

/** One block: x = x + attn(ln1(x)), then x = x + mlp(ln2(x)). */
function block(x: Matrix, weights: TinyLayerWeights, model: TinyModel): TinyLayerRun {
  const { heads, layerNormEpsilon: epsilon } = model.config;
  const normalized = norm(x, weights.ln1, epsilon);
  const { attention, output: attentionOutput } = attend(normalized, weights.attention, heads);
  const afterAttention = add(x, attentionOutput);
  const feedForward = mlp(norm(afterAttention, weights.ln2, epsilon), weights.mlp);
  return {
    input: x,
    normalized,
    attention,
    heads: attention.heads,
    attentionOutput,
    mlpHidden: feedForward.hidden,
    output: add(afterAttention, feedForward.output),
  };
}

/**
 * Runs the model on token ids (at most contextLength of them; `<bos>` first, as
 * encodeSentence gives them) and returns the logits with every layer's intermediates.
 *
 * @example
 * const run = runTinyModel(model, encodeSentence(model, 'The jury said').ids);
 * run.logits.rows; // 4: one row of vocabulary scores per position
 * run.layers[0]!.heads[2]!.weights; // 4 × 4 attention weights of layer 0, head 2
 * run.layers[0]!.attention.scale; // 1/√d_k, as the page shows it
 */
export function runTinyModel(model: TinyModel, tokenIds: readonly number[]): TinyModelRun {
  const embeddings = embed(model, tokenIds);
  const layers: TinyLayerRun[] = [];
  let x = embeddings;
  for (const weights of model.layers) {
    const layer = block(x, weights, model);
    layers.push(layer);
    x = layer.output;
  }
  const logits = matmulTransposeB(
    norm(x, model.lnF, model.config.layerNormEpsilon),
    model.tokenEmbedding,
  );
  return { tokenIds: [...tokenIds], embeddings, layers, logits };
}
