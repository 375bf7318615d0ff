// The tiny transformer in TensorFlow.js: a decoder-only, pre-LayerNorm GPT, written out so that
// src/engine/transformer.ts can reproduce it number for number.
//
//   x = E[token] + P[position]
//   for each layer:  x = x + Attn(LN1(x));  x = x + MLP(LN2(x))
//   logits = LN_f(x) · Eᵀ                       (input and output embeddings tied)
//
//   Attn(h) = concat_heads(softmax(Q Kᵀ / √d_head + mask) V) · W_o + b_o,  Q = h W_q, K = h W_k, V = h W_v
//   MLP(h)  = ReLU(h W_1 + b_1) W_2 + b_2
//   LN(h)   = (h − mean) / √(biased variance + 1e-5) · gain + bias
//
// Training packs several sentences into one row; `segments` keeps them apart: a query attends
// only to earlier keys of its own sentence (segment-mask.js), and positions restart at 0 with each
// sentence, so a packed row computes exactly what each sentence would compute alone.
import * as tf from '@tensorflow/tfjs';
import { segmentMask } from './segment-mask.js';

/**
 * @typedef {import('./weights-file.js').ModelConfig} ModelConfig
 * @typedef {{ name: string; shape: number[]; init: 'normal' | 'zeros' | 'ones'; std?: number }} ParamSpec
 * @typedef {Map<string, tf.Variable | tf.Tensor>} Params
 */

/** Standard deviation of the initial weights (as in GPT-2). */
const INIT_STD = 0.02;

/**
 * Every tensor of the model, in the order they are stored in weights.bin.
 * @param {ModelConfig} config
 * @returns {ParamSpec[]}
 */
export function paramSpecs(config) {
  const { vocabSize, contextLength, dModel, layers, mlpHidden } = config;
  // Residual outputs start smaller so the sum over layers keeps unit scale (GPT-2's rule).
  const residualStd = INIT_STD / Math.sqrt(2 * layers);
  /** @type {ParamSpec[]} */
  const specs = [
    { name: 'tokenEmbedding', shape: [vocabSize, dModel], init: 'normal', std: INIT_STD },
    { name: 'positionEmbedding', shape: [contextLength, dModel], init: 'normal', std: INIT_STD },
  ];
  for (let l = 0; l < layers; l++) {
    const p = `layers.${l}.`;
    specs.push(
      { name: `${p}ln1.gain`, shape: [dModel], init: 'ones' },
      { name: `${p}ln1.bias`, shape: [dModel], init: 'zeros' },
      { name: `${p}attention.wq`, shape: [dModel, dModel], init: 'normal', std: INIT_STD },
      { name: `${p}attention.wk`, shape: [dModel, dModel], init: 'normal', std: INIT_STD },
      { name: `${p}attention.wv`, shape: [dModel, dModel], init: 'normal', std: INIT_STD },
      { name: `${p}attention.wo`, shape: [dModel, dModel], init: 'normal', std: residualStd },
      { name: `${p}attention.bo`, shape: [dModel], init: 'zeros' },
      { name: `${p}ln2.gain`, shape: [dModel], init: 'ones' },
      { name: `${p}ln2.bias`, shape: [dModel], init: 'zeros' },
      { name: `${p}mlp.w1`, shape: [dModel, mlpHidden], init: 'normal', std: INIT_STD },
      { name: `${p}mlp.b1`, shape: [mlpHidden], init: 'zeros' },
      { name: `${p}mlp.w2`, shape: [mlpHidden, dModel], init: 'normal', std: residualStd },
      { name: `${p}mlp.b2`, shape: [dModel], init: 'zeros' },
    );
  }
  specs.push(
    { name: 'lnF.gain', shape: [dModel], init: 'ones' },
    { name: 'lnF.bias', shape: [dModel], init: 'zeros' },
  );
  return specs;
}

/**
 * Fresh trainable parameters; tensor i of paramSpecs is drawn with seed `seed + i`.
 * @param {ModelConfig} config
 * @param {number} seed
 * @returns {Params}
 */
export function initParams(config, seed) {
  /** @type {Params} */
  const params = new Map();
  paramSpecs(config).forEach((spec, i) => {
    const value = tf.tidy(() =>
      spec.init === 'normal'
        ? tf.randomNormal(spec.shape, 0, spec.std ?? INIT_STD, 'float32', seed + i)
        : spec.init === 'ones'
          ? tf.ones(spec.shape)
          : tf.zeros(spec.shape),
    );
    params.set(spec.name, tf.variable(value, true, spec.name));
    value.dispose();
  });
  return params;
}

/**
 * @param {Params} params
 * @param {string} name
 */
function param(params, name) {
  const value = params.get(name);
  if (value === undefined) throw new Error(`params has no tensor "${name}"`);
  return value;
}

/**
 * Row lookup table[ids] whose gradient is a scatter-add: the wasm backend has no kernel for the
 * gradient tf.gather would use (UnsortedSegmentSum), but it has ScatterNd, which sums duplicates.
 */
const embed = tf.customGrad((table, ids, save) => {
  const t = /** @type {tf.Tensor2D} */ (table);
  const i = /** @type {tf.Tensor1D} */ (ids);
  /** @type {tf.GradSaveFunc} */ (save)([i]);
  return {
    value: tf.gather(t, i),
    gradFunc: (dy, saved) => {
      const savedIds = /** @type {tf.Tensor1D} */ (saved[0]);
      const indices = savedIds.reshape([-1, 1]);
      return [tf.scatterND(indices, dy, t.shape), tf.zerosLike(savedIds)];
    },
  };
});

/** Entries matrix[i, j] for index pairs [i, j]; like embed, its gradient is a scatter-add. */
const pick = tf.customGrad((matrix, indices, save) => {
  const m = /** @type {tf.Tensor2D} */ (matrix);
  const i = /** @type {tf.Tensor2D} */ (indices);
  /** @type {tf.GradSaveFunc} */ (save)([i]);
  return {
    value: tf.gatherND(m, i),
    gradFunc: (dy, saved) => {
      const savedIndices = /** @type {tf.Tensor2D} */ (saved[0]);
      return [tf.scatterND(savedIndices, dy, m.shape), tf.zerosLike(savedIndices)];
    },
  };
});

/**
 * LayerNorm over the last axis with biased variance.
 * @param {tf.Tensor} x
 * @param {tf.Tensor} gain
 * @param {tf.Tensor} bias
 * @param {number} epsilon
 */
function layerNorm(x, gain, bias, epsilon) {
  const { mean, variance } = tf.moments(x, -1, true);
  return x.sub(mean).div(variance.add(epsilon).sqrt()).mul(gain).add(bias);
}

/**
 * @typedef {{ logits: tf.Tensor2D; attention: tf.Tensor4D[] }} ForwardResult
 * logits: (B·T) × vocab; attention: one [B, heads, T, T] tensor of weights per layer.
 */

/**
 * The forward pass over a batch of packed rows.
 * @param {ModelConfig} config
 * @param {Params} params
 * @param {{ tokens: tf.Tensor2D; positions: tf.Tensor2D; segments: tf.Tensor2D }} batch
 *   int32 [B, T] each: token ids, position within the sentence, and a sentence number per row
 *   (equal numbers = same sentence; padding gets -1 and is never attended to by a real token).
 * @returns {ForwardResult}
 */
export function forward(config, params, batch) {
  const { dModel, heads, layers, layerNormEpsilon: eps } = config;
  const [B = 0, T = 0] = batch.tokens.shape;
  const dHead = dModel / heads;
  const p = (/** @type {string} */ name) => param(params, name);

  // Key j is visible to query i when j ≤ i and both belong to the same sentence.
  const visible = tf.tensor4d(segmentMask(batch.segments.dataSync(), T), [B, 1, T, T]);
  const maskBias = tf.scalar(1).sub(visible).mul(-1e9);

  /** @type {tf.Tensor} */
  let x = embed(p('tokenEmbedding'), batch.tokens.reshape([-1]))
    .add(embed(p('positionEmbedding'), batch.positions.reshape([-1])))
    .reshape([B * T, dModel]);

  /** @type {tf.Tensor4D[]} */
  const attention = [];
  /** @param {tf.Tensor} m  (B·T) × dModel → [B, heads, T, dHead] */
  const splitHeads = (m) => m.reshape([B, T, heads, dHead]).transpose([0, 2, 1, 3]);
  for (let l = 0; l < layers; l++) {
    const w = (/** @type {string} */ name) => p(`layers.${l}.${name}`);
    const h = layerNorm(x, w('ln1.gain'), w('ln1.bias'), eps);
    const q = splitHeads(h.matMul(w('attention.wq')));
    const k = splitHeads(h.matMul(w('attention.wk')));
    const v = splitHeads(h.matMul(w('attention.wv')));
    const scores = tf
      .matMul(q, k, false, true)
      .mul(1 / Math.sqrt(dHead))
      .add(maskBias);
    const weights = /** @type {tf.Tensor4D} */ (tf.softmax(scores));
    attention.push(weights);
    const heads4 = tf.matMul(weights, v); // [B, heads, T, dHead]
    const joined = heads4.transpose([0, 2, 1, 3]).reshape([B * T, dModel]);
    x = x.add(joined.matMul(w('attention.wo')).add(w('attention.bo')));
    const h2 = layerNorm(x, w('ln2.gain'), w('ln2.bias'), eps);
    const hidden = tf.relu(h2.matMul(w('mlp.w1')).add(w('mlp.b1')));
    x = x.add(hidden.matMul(w('mlp.w2')).add(w('mlp.b2')));
  }
  const final = layerNorm(x, p('lnF.gain'), p('lnF.bias'), eps);
  const logits = /** @type {tf.Tensor2D} */ (tf.matMul(final, p('tokenEmbedding'), false, true));
  return { logits, attention };
}

/**
 * Next-token cross-entropy over the positions whose `weights` is 1, as logsumexp(logits) minus
 * the target's logit (cheaper than a one-hot product over the vocabulary, same value).
 * @param {tf.Tensor2D} logits (B·T) × vocab
 * @param {tf.Tensor1D} targets int32, B·T (any id where weights is 0)
 * @param {tf.Tensor1D} weights float32, B·T: 1 where position t predicts a real next token
 * @returns {{ mean: tf.Scalar; sum: tf.Scalar }}
 */
export function crossEntropy(logits, targets, weights) {
  const rows = tf.range(0, targets.shape[0], 1, 'int32');
  const targetLogits = pick(logits, tf.stack([rows, targets], 1));
  const losses = tf.logSumExp(logits, 1).sub(targetLogits);
  const sum = /** @type {tf.Scalar} */ (losses.mul(weights).sum());
  return { mean: /** @type {tf.Scalar} */ (sum.div(weights.sum().maximum(1))), sum };
}
