/**
 * The trained model's files, read and checked: model.json (configuration, vocabulary, tensor
 * manifest) and weights.bin (every tensor as little-endian IEEE float16, at the manifest's byte
 * offsets), written by tools/trainer. The bytes are passed in rather than fetched, so the page
 * can load them lazily and the tests and scripts can read them from disk. The forward pass that
 * runs the weights is in ./transformer.
 *
 * @module
 */

import { decodeFloat16 } from './float16';
import { matrix, type Matrix } from './matrix';

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
 * A tensor's numbers, checked finite: float16 can hold NaN and ±Infinity (a damaged file of 0xFF
 * bytes, or 0x7C00s), and one of them makes every score NaN far from where it was read.
 */
function finiteWeights(name: string, values: Float64Array): Float64Array {
  const bad = values.findIndex((x) => !Number.isFinite(x));
  if (bad >= 0) {
    throw new Error(
      `weights.bin: tensor ${name} holds ${String(values[bad])} at number ${bad} of ${values.length}; every weight must be finite`,
    );
  }
  return values;
}

/**
 * Builds the model from model.json (already parsed) and the bytes of weights.bin, checking the
 * configuration, the vocabulary and every tensor's name, shape, place in the file and numbers
 * (all finite); an error names the tensor.
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
    const offset = entry.offset;
    if (typeof offset !== 'number' || !Number.isInteger(offset) || offset < 0) {
      throw new Error(
        `tensor ${name} needs a byte offset (a whole number ≥ 0), got ${String(offset)}`,
      );
    }
    if (offset + 2 * size > weights.byteLength) {
      throw new Error(
        `weights.bin ends at byte ${weights.byteLength}, before tensor ${name} (bytes ${offset} to ${offset + 2 * size})`,
      );
    }
    return finiteWeights(name, decodeFloat16(weights, offset, size));
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
