// Stage 2 of `npm run train`: everything here is computed from the WRITTEN float16 weights
// (public/models/brown-tiny/weights.bin decoded to float32), not from the training weights, so
// the figures describe the model that ships. Writes card.json, MODEL_CARD.md and the engine's
// test fixture src/data/brown-tiny-fixture.json.
import { existsSync, readFileSync } from 'node:fs';
import { cpus } from 'node:os';
import { fileURLToPath } from 'node:url';
import * as tf from '@tensorflow/tfjs';
import '@tensorflow/tfjs-backend-wasm';
import {
  DEFAULT_CORPUS_DIR,
  HELD_OUT_EVERY,
  isHeldOut,
  listCorpusFiles,
  loadSplit,
  sentenceText,
} from './corpus.js';
import { headsSection } from './heads-section.js';
import { modelCard } from './model-card.js';
import { forward } from './model.js';
import { evaluate } from './train.js';
import { MODEL_DIR, MODEL_JSON, WEIGHTS_BIN, encodeSentences } from './train-model.js';
import { formatJson, readModelFiles, writeOutput } from './weights-file.js';

/** @typedef {import('./model.js').ModelConfig} ModelConfig */

export const CARD_JSON = `${MODEL_DIR}card.json`;
export const MODEL_CARD_MD = `${MODEL_DIR}MODEL_CARD.md`;
export const HEADS_JSON = `${MODEL_DIR}heads.json`;
export const FIXTURE_JSON = fileURLToPath(
  new URL('../../src/data/brown-tiny-fixture.json', import.meta.url),
);

const FIXTURE_SENTENCES = 20;
/** Sentences of this many ids (with <bos>) are eligible for the fixture. */
const FIXTURE_LENGTHS = { min: 6, max: 24 };
/** Full logit rows (every vocabulary entry) are stored for the last position of this many. */
const FULL_LOGIT_ROWS = 3;
/** Every position's logits are stored for this many vocabulary ids, spread evenly. */
const LOGIT_COLUMNS = 64;

/** @param {number} x @param {number} digits */
const round = (x, digits) => Math.round(x * 10 ** digits) / 10 ** digits;

/**
 * Validation perplexity of a unigram model (add-one smoothed training frequencies of the
 * vocabulary's ids, <bos> excluded) on the same held-out targets as the transformer.
 * @param {readonly (readonly number[])[]} trainIds
 * @param {readonly (readonly number[])[]} heldOutIds
 * @param {number} vocabSize
 */
export function unigramBaseline(trainIds, heldOutIds, vocabSize) {
  const counts = new Float64Array(vocabSize);
  let total = 0;
  for (const ids of trainIds) {
    for (const id of ids.slice(1)) {
      counts[id] = (counts[id] ?? 0) + 1;
      total += 1;
    }
  }
  let sum = 0;
  let targets = 0;
  for (const ids of heldOutIds) {
    for (const id of ids.slice(1)) {
      sum -= Math.log(((counts[id] ?? 0) + 1) / (total + vocabSize - 1));
      targets += 1;
    }
  }
  return { loss: sum / targets, perplexity: Math.exp(sum / targets), targets };
}

/**
 * The forward pass on one sentence (batch of one, no padding), as plain arrays.
 * @param {ModelConfig} config
 * @param {import('./model.js').Params} params
 * @param {readonly number[]} ids
 */
async function runSentence(config, params, ids) {
  const n = ids.length;
  const { logits, attention } = tf.tidy(() => {
    const result = forward(config, params, {
      tokens: tf.tensor2d([...ids], [1, n], 'int32'),
      positions: tf.tensor2d([...ids.keys()], [1, n], 'int32'),
      segments: tf.zeros([1, n], 'int32'),
    });
    return result;
  });
  const logitRows = /** @type {number[][]} */ (await logits.array());
  const attentionRows = await Promise.all(
    attention.map(async (a) => /** @type {number[][][][]} */ (await a.array())[0] ?? []),
  );
  tf.dispose([logits, ...attention]);
  return { logitRows, attentionRows };
}

/**
 * The fixture the engine's transformer test checks against: for a spread of held-out sentences,
 * the ids and what TensorFlow.js computes from the float16 weights.
 * @param {ModelConfig} config
 * @param {import('./model.js').Params} params
 * @param {readonly (readonly number[])[]} heldOutIds
 * @param {readonly string[]} heldOutTexts
 */
async function buildFixture(config, params, heldOutIds, heldOutTexts) {
  const eligible = [...heldOutIds.keys()].filter((i) => {
    const length = heldOutIds[i]?.length ?? 0;
    return length >= FIXTURE_LENGTHS.min && length <= FIXTURE_LENGTHS.max;
  });
  const chosen = Array.from(
    { length: FIXTURE_SENTENCES },
    (_, k) => eligible[Math.floor(((k + 0.5) * eligible.length) / FIXTURE_SENTENCES)] ?? 0,
  );
  const step = config.vocabSize / LOGIT_COLUMNS;
  const logitColumns = Array.from({ length: LOGIT_COLUMNS }, (_, k) => Math.floor(k * step));
  const sentences = [];
  for (const [k, index] of chosen.entries()) {
    const ids = heldOutIds[index] ?? [];
    const { logitRows, attentionRows } = await runSentence(config, params, ids);
    const lastRow = logitRows.at(-1) ?? [];
    sentences.push({
      text: heldOutTexts[index] ?? '',
      ids,
      logits: logitRows.map((row) => logitColumns.map((c) => round(row[c] ?? NaN, 5))),
      ...(k < FULL_LOGIT_ROWS ? { lastLogits: lastRow.map((x) => round(x, 5)) } : {}),
      // [layer][head][query] → weights of keys 0 … query (the causal mask hides the rest).
      attention: attentionRows.map((layer) =>
        layer.map((head) => head.map((row, i) => row.slice(0, i + 1).map((x) => round(x, 6)))),
      ),
    });
  }
  return {
    note:
      'Computed by tools/trainer/report.js with TensorFlow.js (wasm backend, float32) from the ' +
      'committed float16 weights. logits[t][c] is the logit of id logitColumns[c] at position t ' +
      '(rounded to 1e-5); lastLogits is the full last row; attention[layer][head][i][j] is the ' +
      'weight of key j ≤ i for query i (rounded to 1e-6).',
    logitColumns,
    sentences,
  };
}

/**
 * The card's heads section from heads.json, if the heads have been measured. The section is
 * written by the head analysis (`npm run heads`, scripts/heads/), not by the trainer: keep it
 * when the card is rewritten.
 * @param {string} path
 */
function headsSectionOf(path) {
  if (!existsSync(path)) return '';
  return headsSection(JSON.parse(readFileSync(path, 'utf8')));
}

export async function writeReport() {
  const started = performance.now();
  await tf.setBackend('wasm');
  await tf.ready();
  const { model, tensors } = readModelFiles(MODEL_JSON, WEIGHTS_BIN);
  const config = model.config;
  /** @type {import('./model.js').Params} */
  const params = new Map(
    [...tensors].map(([name, { shape, values }]) => [name, tf.tensor(values, shape, 'float32')]),
  );
  const ids = new Map(model.vocabulary.map((word, id) => [word, id]));
  const split = loadSplit();
  const train = encodeSentences(ids, split.train, config.contextLength).encoded;
  const { encoded: heldOutEncoded, kept } = encodeSentences(
    ids,
    split.heldOut,
    config.contextLength,
  );

  const batchSize = 16;
  const validation = await evaluate(config, params, heldOutEncoded, batchSize);
  const baseline = unigramBaseline(train, heldOutEncoded, config.vocabSize);
  console.log(
    `validation loss ${validation.loss.toFixed(4)}, perplexity ${validation.perplexity.toFixed(1)}; ` +
      `unigram perplexity ${baseline.perplexity.toFixed(1)}`,
  );

  const fixture = await buildFixture(config, params, heldOutEncoded, kept.map(sentenceText));
  writeOutput(FIXTURE_JSON, await formatJson(fixture, FIXTURE_JSON));

  const training = /** @type {Record<string, any>} */ (model.training);
  const card = {
    model: 'brown-tiny',
    parameterCount: model.parameterCount,
    weightsBytes: model.weightsBytes,
    architecture: config,
    vocabularySize: config.vocabSize,
    vocabularyCoverage: round(training.vocabularyCoverage, 4),
    vocabularyMinCount: training.vocabularyMinCount,
    contextLength: config.contextLength,
    batchSize: training.options.batchSize,
    epochs: training.options.epochs,
    steps: training.steps,
    inputTokensSeen: training.inputTokensSeen,
    predictionsScored: training.predictionsScored,
    trainingWordTokens: training.trainingWordTokens,
    tokensCutByContext: training.tokensCutByContext,
    heldOut: {
      rule: `every ${HELD_OUT_EVERY}th text in CONTENTS order`,
      texts: listCorpusFiles(DEFAULT_CORPUS_DIR).filter((_, i) => isHeldOut(i)).length,
      sentences: heldOutEncoded.length,
      targets: validation.targets,
    },
    validation: { loss: round(validation.loss, 4), perplexity: round(validation.perplexity, 2) },
    unigramBaseline: {
      loss: round(baseline.loss, 4),
      perplexity: round(baseline.perplexity, 2),
    },
    trainingLossLast100Steps: round(training.trainingLossLast100Steps, 4),
    trainingSeconds: Math.round(training.trainingSeconds),
    // Stage 1 (corpus, training, writing) plus this stage; not the one-off npm ci.
    wallSeconds: Math.round(training.stageSeconds + (performance.now() - started) / 1000),
    command: training.command,
    date: training.date,
    machine: { ...training.machine, reportCpu: cpus()[0]?.model ?? 'unknown' },
  };
  writeOutput(CARD_JSON, await formatJson(card, CARD_JSON));
  writeOutput(MODEL_CARD_MD, modelCard(card, model) + headsSectionOf(HEADS_JSON));
}
