/**
 * The lesson's tiny trained transformer, run by our own engine so that every intermediate of
 * every head can be shown. The model (public/models/brown-tiny, trained by tools/trainer) is a
 * decoder-only, pre-LayerNorm GPT:
 *
 *     x = E[token] + P[position]                         (n × d_model)
 *     for each layer:
 *       x = x + Attn(LN1(x))                             causal multi-head self-attention
 *       x = x + MLP(LN2(x))                              ReLU(h·W1 + b1)·W2 + b2
 *     logits = LN_f(x) · Eᵀ                              (n × vocab: tied embeddings)
 *
 * where Attn(h) = concat of the heads' softmax(Q·Kᵀ/√d_head)·V, then ·W_o + b_o.
 *
 * The files: model.json (configuration, vocabulary, tensor manifest) and weights.bin (every
 * tensor as little-endian IEEE float16, at the manifest's byte offsets). The model is passed in
 * rather than fetched, so the app can load it lazily and tests can read it from disk.
 *
 * @module
 */

import { selfAttention } from './attention';
import type { AttentionResult, HeadAttention } from './attention';
import { decodeFloat16 } from './float16';
import { add, layerNorm, linear, relu } from './layers';
import { matmulTransposeB, matrix } from './matrix';
import type { Matrix } from './matrix';
import { tokenize } from './tokenize';
import type { Token } from './tokenize';

export interface TinyModelConfig {
  readonly vocabSize: number;
  readonly contextLength: number;
  readonly dModel: number;
  readonly heads: number;
  readonly layers: number;
  readonly mlpHidden: number;
  readonly layerNormEpsilon: number;
}

export interface LayerNormWeights {
  readonly gain: Float64Array;
  readonly bias: Float64Array;
}

export interface TinyLayerWeights {
  readonly ln1: LayerNormWeights;
  /** wq, wk, wv: d_model × d_model (heads side by side); wo: d_model × d_model. */
  readonly attention: { wq: Matrix; wk: Matrix; wv: Matrix; wo: Matrix; bo: Float64Array };
  readonly ln2: LayerNormWeights;
  /** w1: d_model × mlpHidden; w2: mlpHidden × d_model. */
  readonly mlp: { w1: Matrix; b1: Float64Array; w2: Matrix; b2: Float64Array };
}

export interface TinyModel {
  readonly config: TinyModelConfig;
  /** Id → word; id 0 is `<bos>`, id 1 `<unk>`. */
  readonly vocabulary: readonly string[];
  /** Word (a token's `lookup`) → id. */
  readonly ids: ReadonlyMap<string, number>;
  readonly bosId: number;
  readonly unkId: number;
  /** E, vocab × d_model: input embeddings and (transposed) output layer. */
  readonly tokenEmbedding: Matrix;
  /** P, contextLength × d_model. */
  readonly positionEmbedding: Matrix;
  readonly layers: TinyLayerWeights[];
  readonly lnF: LayerNormWeights;
  /** Numbers in weights.bin. */
  readonly parameterCount: number;
}

/** The file format this reader understands (model.json's `format`). */
export const TINY_MODEL_FORMAT = 'brown-tiny-transformer/1';

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

function parseConfig(json: unknown): TinyModelConfig {
  if (!isRecord(json)) throw new Error('modelJson.config must be an object');
  const read = (key: keyof TinyModelConfig, integer = true): number => {
    const value = json[key];
    if (
      typeof value !== 'number' ||
      !Number.isFinite(value) ||
      value <= 0 ||
      (integer && !Number.isInteger(value))
    ) {
      const kind = integer ? 'integer' : 'number';
      throw new Error(`modelJson.config.${key} must be a positive ${kind}, got ${String(value)}`);
    }
    return value;
  };
  const config = {
    vocabSize: read('vocabSize'),
    contextLength: read('contextLength'),
    dModel: read('dModel'),
    heads: read('heads'),
    layers: read('layers'),
    mlpHidden: read('mlpHidden'),
    layerNormEpsilon: read('layerNormEpsilon', false),
  };
  if (config.dModel % config.heads !== 0) {
    throw new Error(
      `modelJson.config.heads (${config.heads}) must divide dModel (${config.dModel})`,
    );
  }
  return config;
}

/**
 * Builds the model from model.json (already parsed) and the bytes of weights.bin, checking the
 * configuration, the vocabulary and every tensor's name, shape and place in the file.
 *
 * @example
 * const model = parseTinyModel(JSON.parse(modelText), await (await fetch(url)).arrayBuffer());
 * model.config.heads; // 4
 */
export function parseTinyModel(modelJson: unknown, weights: ArrayBuffer): TinyModel {
  if (!isRecord(modelJson)) throw new Error('modelJson must be an object');
  if (modelJson.format !== TINY_MODEL_FORMAT) {
    throw new Error(
      `modelJson.format must be "${TINY_MODEL_FORMAT}", got ${JSON.stringify(modelJson.format)}`,
    );
  }
  const config = parseConfig(modelJson.config);
  const { vocabSize, contextLength, dModel, mlpHidden } = config;
  const vocabulary = modelJson.vocabulary;
  if (
    !Array.isArray(vocabulary) ||
    vocabulary.length !== vocabSize ||
    !vocabulary.every((word): word is string => typeof word === 'string')
  ) {
    throw new Error(`modelJson.vocabulary must be ${vocabSize} strings`);
  }
  const words: readonly string[] = vocabulary;
  const ids = new Map(words.map((word, id) => [word, id]));
  if (ids.size !== vocabSize) throw new Error('modelJson.vocabulary must not repeat a word');
  const bosId = ids.get('<bos>');
  const unkId = ids.get('<unk>');
  if (bosId === undefined || unkId === undefined) {
    throw new Error('modelJson.vocabulary must contain <bos> and <unk>');
  }

  const manifest = new Map<string, { shape: unknown; offset: unknown }>();
  if (!Array.isArray(modelJson.tensors)) throw new Error('modelJson.tensors must be an array');
  for (const entry of modelJson.tensors as unknown[]) {
    if (!isRecord(entry) || typeof entry.name !== 'string') {
      throw new Error('each of modelJson.tensors must be { name, shape, offset }');
    }
    manifest.set(entry.name, { shape: entry.shape, offset: entry.offset });
  }
  let parameterCount = 0;
  const tensor = (name: string, shape: readonly number[]): Float64Array => {
    const entry = manifest.get(name);
    if (entry === undefined) throw new Error(`modelJson.tensors has no "${name}"`);
    if (JSON.stringify(entry.shape) !== JSON.stringify(shape)) {
      throw new Error(
        `tensor ${name} must have shape [${shape.join(', ')}], got ${JSON.stringify(entry.shape)}`,
      );
    }
    const size = shape.reduce((a, b) => a * b, 1);
    parameterCount += size;
    if (typeof entry.offset !== 'number') throw new Error(`tensor ${name} needs a byte offset`);
    return decodeFloat16(weights, entry.offset, size);
  };
  const mat = (name: string, rows: number, cols: number): Matrix =>
    matrix(rows, cols, tensor(name, [rows, cols]));
  const norm = (prefix: string): LayerNormWeights => ({
    gain: tensor(`${prefix}.gain`, [dModel]),
    bias: tensor(`${prefix}.bias`, [dModel]),
  });

  const tokenEmbedding = mat('tokenEmbedding', vocabSize, dModel);
  const positionEmbedding = mat('positionEmbedding', contextLength, dModel);
  const layers = Array.from({ length: config.layers }, (_, l): TinyLayerWeights => {
    const p = `layers.${l}.`;
    return {
      ln1: norm(`${p}ln1`),
      attention: {
        wq: mat(`${p}attention.wq`, dModel, dModel),
        wk: mat(`${p}attention.wk`, dModel, dModel),
        wv: mat(`${p}attention.wv`, dModel, dModel),
        wo: mat(`${p}attention.wo`, dModel, dModel),
        bo: tensor(`${p}attention.bo`, [dModel]),
      },
      ln2: norm(`${p}ln2`),
      mlp: {
        w1: mat(`${p}mlp.w1`, dModel, mlpHidden),
        b1: tensor(`${p}mlp.b1`, [mlpHidden]),
        w2: mat(`${p}mlp.w2`, mlpHidden, dModel),
        b2: tensor(`${p}mlp.b2`, [dModel]),
      },
    };
  });
  const lnF = norm('lnF');
  if (weights.byteLength !== 2 * parameterCount) {
    throw new Error(
      `weights must hold ${parameterCount} float16 numbers (${2 * parameterCount} bytes), got ${weights.byteLength} bytes`,
    );
  }
  return {
    config,
    vocabulary: words,
    ids,
    bosId,
    unkId,
    tokenEmbedding,
    positionEmbedding,
    layers,
    lnF,
    parameterCount,
  };
}

/** What one layer computed for a sentence, in order. */
export interface TinyLayerRun {
  /** The residual stream coming in, n × d_model. */
  readonly input: Matrix;
  /** LN1(input): what the heads read, n × d_model. */
  readonly normalized: Matrix;
  /** Every head's queries, keys, values, scores and weights (causal). */
  readonly heads: HeadAttention[];
  /** The heads joined, ·W_o + b_o: what attention adds to the stream, n × d_model. */
  readonly attentionOutput: Matrix;
  /** ReLU(LN2(x)·W1 + b1), n × mlpHidden. */
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

/**
 * Runs the model on token ids (at most contextLength of them; `<bos>` first, as
 * encodeSentence gives them) and returns the logits with every layer's intermediates.
 *
 * @example
 * const run = runTinyModel(model, encodeSentence(model, 'The jury said').ids);
 * run.logits.rows; // 4: one row of vocabulary scores per position
 * run.layers[0]!.heads[2]!.weights; // 4 × 4 attention weights of layer 0, head 2
 */
export function runTinyModel(model: TinyModel, tokenIds: readonly number[]): TinyModelRun {
  const { heads, layerNormEpsilon: epsilon } = model.config;
  const embeddings = embed(model, tokenIds);
  let x = embeddings;
  const layers: TinyLayerRun[] = [];
  for (const w of model.layers) {
    const input = x;
    const normalized = layerNorm(input, w.ln1.gain, w.ln1.bias, epsilon);
    const attention: AttentionResult = selfAttention(normalized, w.attention, {
      heads,
      causal: true,
    });
    const attentionOutput = linear(attention.output, w.attention.wo, w.attention.bo);
    x = add(input, attentionOutput);
    const mlpHidden = relu(
      linear(layerNorm(x, w.ln2.gain, w.ln2.bias, epsilon), w.mlp.w1, w.mlp.b1),
    );
    x = add(x, linear(mlpHidden, w.mlp.w2, w.mlp.b2));
    layers.push({
      input,
      normalized,
      heads: attention.heads,
      attentionOutput,
      mlpHidden,
      output: x,
    });
  }
  const final = layerNorm(x, model.lnF.gain, model.lnF.bias, epsilon);
  const logits = matmulTransposeB(final, model.tokenEmbedding);
  return { tokenIds: [...tokenIds], embeddings, layers, logits };
}
