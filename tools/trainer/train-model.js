// Stage 1 of `npm run train`: read the corpus, build the vocabulary, train, and write
// public/models/brown-tiny/weights.bin and model.json. Stage 2 (report.js) evaluates the
// written float16 weights and writes the card and the fixture.
import { cpus } from 'node:os';
import { mkdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import { getThreadsCount } from '@tensorflow/tfjs-backend-wasm';
import { BOS, UNK, buildVocabulary, encodeText, loadSplit, sentenceText } from './corpus.js';
import { paramSpecs } from './model.js';
import { lastStepsLoss, train } from './train.js';
import { FORMAT, encodeWeights, formatJson, writeOutput } from './weights-file.js';

/** @typedef {import('./model.js').ModelConfig} ModelConfig */

export const MODEL_DIR = fileURLToPath(new URL('../../public/models/brown-tiny/', import.meta.url));
export const MODEL_JSON = `${MODEL_DIR}model.json`;
export const WEIGHTS_BIN = `${MODEL_DIR}weights.bin`;

/**
 * The vocabulary: <bos>, <unk> and every training word used at least this often (4,797 words).
 * 20 so that the lesson's own words are in it ("cat" has 20 uses in the training texts).
 */
export const VOCABULARY_MIN_COUNT = 20;

/** @type {Omit<ModelConfig, 'vocabSize'>} */
export const CONFIG = {
  contextLength: 64,
  dModel: 64,
  heads: 4,
  layers: 2,
  mlpHidden: 256,
  layerNormEpsilon: 1e-5,
};

/** @type {import('./train.js').TrainOptions} */
export const TRAIN_OPTIONS = {
  seed: 1964,
  batchSize: 16,
  epochs: 1.5,
  peakLearningRate: 3e-3,
  finalLearningRate: 3e-4,
  warmupSteps: 100,
  clipNorm: 1,
  logEvery: 25,
};

export const TOKENIZATION_NOTE =
  "A sentence is the corpus line's words joined by spaces, split by the lesson's tokenize() " +
  '(src/engine/tokenize.ts; the trainer shares its word rule, src/engine/shared/wordPattern.js): ' +
  "NFC, runs of letters/digits/marks, with ' or ’ between word characters and - between two " +
  "letters kept inside a word, everything else dropped; each word lower-cased with ’ → '. " +
  `Ids: ${BOS} (0) first, then one id per word, ${UNK} (1) for words outside the vocabulary; ` +
  'at most contextLength ids (the rest is cut).';

/**
 * Encodes sentences to ids cut to the context length, dropping those without a word (`kept`
 * lists the sentences that remain, aligned with `encoded`).
 * @param {ReadonlyMap<string, number>} ids
 * @param {readonly import('./corpus.js').Sentence[]} sentences
 * @param {number} contextLength
 */
export function encodeSentences(ids, sentences, contextLength) {
  let droppedTokens = 0;
  /** @type {number[][]} */
  const encoded = [];
  /** @type {import('./corpus.js').Sentence[]} */
  const kept = [];
  for (const sentence of sentences) {
    const all = encodeText(ids, sentenceText(sentence));
    if (all.length < 2) continue;
    droppedTokens += Math.max(0, all.length - contextLength);
    encoded.push(all.slice(0, contextLength));
    kept.push(sentence);
  }
  return { encoded, kept, droppedTokens };
}

export async function trainModel() {
  const started = performance.now();
  await tf.setBackend('wasm');
  await tf.ready();
  const split = loadSplit();
  const vocabulary = buildVocabulary(split.train, VOCABULARY_MIN_COUNT);
  /** @type {ModelConfig} */
  const config = { ...CONFIG, vocabSize: vocabulary.words.length };
  const ids = new Map(vocabulary.words.map((word, id) => [word, id]));
  const { encoded, droppedTokens } = encodeSentences(ids, split.train, config.contextLength);
  console.log(
    `${split.train.length} training sentences (${encoded.length} with a word), ` +
      `${split.heldOut.length} held out; vocabulary covers ` +
      `${((100 * vocabulary.coveredTokens) / vocabulary.trainingWordTokens).toFixed(1)}% of training words`,
  );

  // BROWN_TINY_MAX_STEPS=3 gives a quick smoke run of the whole pipeline (not for shipping).
  const maxSteps = Number(process.env.BROWN_TINY_MAX_STEPS ?? Infinity);
  const options = { ...TRAIN_OPTIONS, maxSteps };
  const result = await train(config, encoded, options, (line) => console.log(line));
  const tensors = await Promise.all(
    paramSpecs(config).map(async ({ name, shape }) => {
      const variable = result.params.get(name);
      if (variable === undefined) throw new Error(`trained params lack ${name}`);
      return { name, shape, values: /** @type {Float32Array} */ (await variable.data()) };
    }),
  );
  const { bytes, manifest } = encodeWeights(tensors);
  const parameterCount = tensors.reduce((sum, t) => sum + t.values.length, 0);

  mkdirSync(MODEL_DIR, { recursive: true });
  writeOutput(WEIGHTS_BIN, bytes);
  const modelJson = {
    format: FORMAT,
    description:
      'A tiny decoder-only pre-LayerNorm GPT trained on the Brown corpus by tools/trainer ' +
      '(see MODEL_CARD.md).',
    config: {
      ...config,
      headSize: config.dModel / config.heads,
      tiedEmbeddings: true,
      activation: 'relu',
      positions: 'learned',
    },
    tokenization: { note: TOKENIZATION_NOTE, bos: BOS, unk: UNK, bosId: 0, unkId: 1 },
    weightsFile: 'weights.bin',
    weightsBytes: bytes.length,
    dtype: 'float16',
    byteOrder: 'little-endian',
    parameterCount,
    tensors: manifest,
    training: {
      command: 'npm run train',
      seed: TRAIN_OPTIONS.seed,
      options: TRAIN_OPTIONS,
      steps: result.steps,
      stepsPerEpoch: result.stepsPerEpoch,
      inputTokensSeen: result.inputTokens,
      predictionsScored: result.tokensSeen,
      trainingSentences: encoded.length,
      trainingWordTokens: vocabulary.trainingWordTokens,
      tokensCutByContext: droppedTokens,
      vocabularyCoverage: vocabulary.coveredTokens / vocabulary.trainingWordTokens,
      vocabularyMinCount: vocabulary.minCount,
      // The one training-loss figure, named as on the model card.
      trainingLossLast100Steps: lastStepsLoss(
        result.history.map(({ step, loss }) => [step, loss]),
        result.steps,
      ),
      trainingSeconds: result.seconds,
      stageSeconds: (performance.now() - started) / 1000,
      lossHistory: result.history.map(({ step, loss }) => [step, Math.round(loss * 1000) / 1000]),
      date: new Date().toISOString(),
      machine: {
        cpu: cpus()[0]?.model ?? 'unknown',
        cores: cpus().length,
        node: process.version,
        tfjs: tf.version.tfjs,
        backend: `wasm, ${getThreadsCount()} thread(s)`,
      },
    },
    vocabulary: vocabulary.words,
  };
  writeOutput(MODEL_JSON, await formatJson(modelJson, MODEL_JSON));
}
