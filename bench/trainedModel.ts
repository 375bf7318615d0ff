/**
 * The trained model: how long its weights take to load, how long our engine takes to compute
 * every layer's and head's attention for 12 and 64 tokens, and the same forward pass in the
 * training library (TensorFlow.js, cpu and wasm backends), checked against the engine.
 *
 * The engine is timed first, before any library runs: TensorFlow.js's wasm backend slows
 * typed-array code in this process once it has run (see run.js).
 */
import { readFileSync } from 'node:fs';
import * as tf from '@tensorflow/tfjs';
import { parseTinyModel } from '../src/engine/modelFile';
import type { TinyModel } from '../src/engine/modelFile';
import { encodeSentence, runTinyModel } from '../src/engine/transformer';
import { timeMedian } from './timing';

const FOLDER = new URL('../public/models/brown-tiny/', import.meta.url);
const WORDS =
  'the jury said that the city had done a good job and the people were happy with it'.split(' ');
const PLAN = { warmup: 5, minRuns: 15, minTotalMs: 300, maxRuns: 200 };

export interface TrainedModelTiming {
  readonly loadMs: number;
  readonly weightsBytes: number;
  readonly sizes: readonly {
    readonly tokens: number;
    readonly engineMs: number;
    readonly libraries: Readonly<
      Record<'tfjs-cpu' | 'tfjs-wasm', { ms: number; maxDelta: number }>
    >;
  }[];
}

/** The model's forward pass in TensorFlow.js, written from the architecture in transformer.ts. */
function tfjsForward(model: TinyModel, ids: readonly number[]): tf.Tensor[] {
  const { heads, dModel, layerNormEpsilon: eps } = model.config;
  const n = ids.length;
  const dHead = dModel / heads;
  const t2 = (m: { rows: number; cols: number; data: Float64Array }) =>
    tf.tensor2d(Float32Array.from(m.data), [m.rows, m.cols]);
  const t1 = (v: Float64Array) => tf.tensor1d(Float32Array.from(v));
  const norm = (x: tf.Tensor2D, w: { gain: Float64Array; bias: Float64Array }) => {
    const { mean, variance } = tf.moments(x, -1, true);
    return x.sub(mean).div(variance.add(eps).sqrt()).mul(t1(w.gain)).add(t1(w.bias)) as tf.Tensor2D;
  };
  const embeddings = t2(model.tokenEmbedding);
  let x = tf
    .gather(embeddings, tf.tensor1d([...ids], 'int32'))
    .add(tf.slice(t2(model.positionEmbedding), [0, 0], [n, dModel])) as tf.Tensor2D;
  const mask = tf.linalg
    .bandPart(tf.ones([n, n]), -1, 0)
    .sub(1)
    .mul(1e9);
  const weights: tf.Tensor[] = [];
  for (const layer of model.layers) {
    const h = norm(x, layer.ln1);
    const split = (m: tf.Tensor) =>
      m.reshape([n, heads, dHead]).transpose([1, 0, 2]) as tf.Tensor3D;
    const q = split(h.matMul(t2(layer.attention.wq)));
    const k = split(h.matMul(t2(layer.attention.wk)));
    const v = split(h.matMul(t2(layer.attention.wv)));
    const w = tf.softmax(
      tf
        .matMul(q, k, false, true)
        .mul(1 / Math.sqrt(dHead))
        .add(mask),
    );
    weights.push(w);
    const joined = tf.matMul(w, v).transpose([1, 0, 2]).reshape([n, dModel]) as tf.Tensor2D;
    x = x.add(joined.matMul(t2(layer.attention.wo)).add(t1(layer.attention.bo)));
    const hidden = tf.relu(norm(x, layer.ln2).matMul(t2(layer.mlp.w1)).add(t1(layer.mlp.b1)));
    x = x.add((hidden as tf.Tensor2D).matMul(t2(layer.mlp.w2)).add(t1(layer.mlp.b2)));
  }
  const logits = norm(x, model.lnF).matMul(embeddings, false, true);
  return [logits, ...weights];
}

interface EngineTiming {
  readonly model: TinyModel;
  readonly loadMs: number;
  readonly runs: readonly { ids: number[]; ms: number; run: ReturnType<typeof runTinyModel> }[];
}

/** The engine's part, timed before any library has touched this process (see run.js). */
export async function measureTrainedEngine(log: (line: string) => void): Promise<EngineTiming> {
  log('Trained model: loading and running it in the engine…');
  const read = () =>
    parseTinyModel(
      JSON.parse(readFileSync(new URL('model.json', FOLDER), 'utf8')) as unknown,
      new Uint8Array(readFileSync(new URL('weights.bin', FOLDER))).buffer,
    );
  const load = await timeMedian(read, { warmup: 1, minRuns: 5, minTotalMs: 0, maxRuns: 5 });
  const model = read();
  const sentences = [12, 64].map((tokens) =>
    Array.from({ length: tokens - 1 }, (_, i) => WORDS[i % WORDS.length]).join(' '),
  );
  const runs = [];
  for (const sentence of sentences) {
    const ids = encodeSentence(model, sentence).ids;
    const timing = await timeMedian(() => runTinyModel(model, ids), PLAN);
    runs.push({ ids, ms: timing.medianMs, run: runTinyModel(model, ids) });
  }
  return { model, loadMs: load.medianMs, runs };
}

/** The same forward passes in TensorFlow.js, and how far its attention is from the engine's. */
export async function measureTrainedLibraries(
  engine: EngineTiming,
  log: (line: string) => void,
): Promise<TrainedModelTiming> {
  const { model } = engine;
  const libraries = {
    'tfjs-cpu': [] as { ms: number; maxDelta: number }[],
    'tfjs-wasm': [] as { ms: number; maxDelta: number }[],
  };
  for (const backend of ['cpu', 'wasm'] as const) {
    log(`Trained model: tfjs ${backend}…`);
    if (!(await tf.setBackend(backend))) throw new Error(`tfjs could not start its ${backend}`);
    for (const { ids, run } of engine.runs) {
      const timing = await timeMedian(async () => {
        const outputs = tf.tidy(() => tfjsForward(model, ids));
        await Promise.all(outputs.map((o) => o.data()));
        tf.dispose(outputs);
      }, PLAN);
      const outputs = tf.tidy(() => tfjsForward(model, ids));
      const layerWeights = await Promise.all(outputs.slice(1).map((o) => o.data()));
      tf.dispose(outputs);
      let maxDelta = 0;
      layerWeights.forEach((data, l) => {
        run.layers[l]?.heads.forEach((head, h) => {
          head.weights.data.forEach((value, i) => {
            const theirs = data[h * ids.length * ids.length + i] ?? NaN;
            maxDelta = Math.max(maxDelta, Math.abs(value - theirs));
          });
        });
      });
      libraries[`tfjs-${backend}`].push({ ms: timing.medianMs, maxDelta });
    }
  }
  return {
    loadMs: engine.loadMs,
    weightsBytes: model.parameterCount * 2,
    sizes: engine.runs.map((e, i) => ({
      tokens: e.ids.length,
      engineMs: e.ms,
      libraries: {
        'tfjs-cpu': libraries['tfjs-cpu'][i] ?? { ms: NaN, maxDelta: NaN },
        'tfjs-wasm': libraries['tfjs-wasm'][i] ?? { ms: NaN, maxDelta: NaN },
      },
    })),
  };
}
