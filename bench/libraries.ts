/**
 * The same attention pass in three libraries: TensorFlow.js on its pure-JS
 * cpu backend and on its wasm backend, and onnxruntime-web's wasm backend.
 *
 * Loaded only after the engine has been timed (engineVsLibraries.ts imports it
 * dynamically), so nothing these packages do can touch the engine's figures;
 * engineVsLibraries.ts re-times the engine later to check that.
 *
 * Each runs on one thread like the engine: under Node tfjs-wasm reports no
 * multithread support, and onnxruntime-web is pinned to one thread below.
 */
import * as tf from '@tensorflow/tfjs';
import { setWasmPaths, version_wasm } from '@tensorflow/tfjs-backend-wasm';
import * as ort from 'onnxruntime-web';
import { createRequire } from 'node:module';
import path from 'node:path';
import { D_K, D_MODEL } from './inputs';
import type { Inputs, PassResult, Projections32 } from './inputs';
import { onnxAttentionModel } from './onnxAttention';

export const LIBRARIES = ['tfjs-cpu', 'tfjs-wasm', 'ort-wasm'] as const;
export type Library = (typeof LIBRARIES)[number];

/** A library ready to run passes; `prepare` does the untimed per-size set-up. */
export interface LibraryRunner {
  readonly name: Library;
  /** Runs in WebAssembly, whose memory growth detaches ArrayBuffers (see engineVsLibraries.ts). */
  readonly wasm: boolean;
  prepare(input: Inputs): Promise<() => PassResult | Promise<PassResult>>;
  /** Frees what `prepare` made for one size. */
  cleanUp(): void;
}

type Weights = { readonly [K in keyof Projections32]: tf.Tensor2D };

/**
 * A tfjs pass on whichever backend is active. The projections stay resident
 * as tensors (uploaded once, like model weights); x is uploaded and both
 * results are read back inside the pass, since the lesson would have to do
 * exactly that for every sentence. dataSync() blocks until the backend is done.
 */
function tfjsPass(input: Inputs, w: Weights): () => PassResult {
  return () => {
    const [weights, output] = tf.tidy((): [tf.Tensor, tf.Tensor] => {
      const x = tf.tensor2d(input.x32, [input.n, D_MODEL]);
      const q = tf.matMul(x, w.wq);
      const k = tf.matMul(x, w.wk);
      const v = tf.matMul(x, w.wv);
      const scores = tf.matMul(q, k, false, true);
      const attention = tf.softmax(tf.mul(scores, 1 / Math.sqrt(D_K)));
      return [attention, tf.matMul(attention, v)];
    });
    const result = { weights: weights.dataSync(), output: output.dataSync() };
    tf.dispose([weights, output]);
    return result;
  };
}

function tfjsRunner(backend: 'cpu' | 'wasm', w32: Projections32): LibraryRunner {
  let weights: Weights | undefined;
  return {
    name: `tfjs-${backend}`,
    wasm: backend === 'wasm',
    async prepare(input) {
      if (!(await tf.setBackend(backend))) throw new Error(`tfjs could not start its ${backend}`);
      await tf.ready();
      weights = {
        wq: tf.tensor2d(w32.wq, [D_MODEL, D_K]),
        wk: tf.tensor2d(w32.wk, [D_MODEL, D_K]),
        wv: tf.tensor2d(w32.wv, [D_MODEL, D_K]),
      };
      return tfjsPass(input, weights);
    },
    cleanUp() {
      if (weights) tf.dispose([weights.wq, weights.wk, weights.wv]);
      weights = undefined;
    },
  };
}

function ortRunner(session: ort.InferenceSession): LibraryRunner {
  return {
    name: 'ort-wasm',
    wasm: true,
    prepare(input) {
      return Promise.resolve(async (): Promise<PassResult> => {
        const x = new ort.Tensor('float32', input.x32, [input.n, D_MODEL]);
        const out = await session.run({ x });
        const weights = out.weights?.data;
        const output = out.output?.data;
        if (!(weights instanceof Float32Array) || !(output instanceof Float32Array)) {
          throw new Error('onnxruntime-web returned no float32 weights/output');
        }
        return { weights, output };
      });
    },
    cleanUp() {
      // The session serves every size (n is symbolic in the graph); nothing per size.
    },
  };
}

export interface Libraries {
  /** Pure-JS runners first. */
  readonly runners: readonly LibraryRunner[];
  /** Versions, and which wasm binary tfjs picked, for the report. */
  readonly description: string;
  close(): Promise<void>;
}

export async function startLibraries(w32: Projections32): Promise<Libraries> {
  // Under Node tfjs-wasm reads its .wasm from disk: point it at the files beside its `main`
  // (dist/tf-backend-wasm.node.js).
  const require = createRequire(import.meta.url);
  setWasmPaths(`${path.dirname(require.resolve('@tensorflow/tfjs-backend-wasm'))}${path.sep}`);
  // Production mode skips tfjs's debug checks, as a shipped app would; it also silences the
  // "install tfjs-node" banner. Measured: no effect on these timings.
  tf.enableProdMode();

  // onnxruntime-web finds its .wasm next to its own dist/ort.node.min.mjs in Node: no wasmPaths.
  ort.env.wasm.numThreads = 1;
  const model = onnxAttentionModel({ dModel: D_MODEL, dK: D_K, ...w32, scale: 1 / Math.sqrt(D_K) });
  const session = await ort.InferenceSession.create(model, { executionProviders: ['wasm'] });

  const runners = [tfjsRunner('cpu', w32), tfjsRunner('wasm', w32), ortRunner(session)];
  // tfjs picks its wasm binary when the backend first starts.
  await tf.setBackend('wasm');
  const simd = await tf.env().getAsync('WASM_HAS_SIMD_SUPPORT');
  const threads = await tf.env().getAsync('WASM_HAS_MULTITHREAD_SUPPORT');
  const description =
    `@tensorflow/tfjs ${tf.version.tfjs} (cpu backend, pure JS), ` +
    `@tensorflow/tfjs-backend-wasm ${version_wasm} ` +
    `(${simd ? 'SIMD' : 'no SIMD'}, ${threads ? 'threads' : 'no threads'}), ` +
    `onnxruntime-web ${ort.env.versions.web ?? '?'} (wasm execution provider, 1 thread, ` +
    `hand-encoded ONNX graph, float32)`;
  return { runners, description, close: () => session.release() };
}
