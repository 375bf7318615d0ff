// The training loop: Adam on next-token cross-entropy, with warm-up then cosine decay, gradient
// clipping, and an evaluation on the held-out sentences. Everything seeded: initial weights
// (tf.randomNormal with fixed seeds) and data order (mulberry32).
import * as tf from '@tensorflow/tfjs';
import { mulberry32 } from '../../src/engine/shared/mulberry32.js';
import { batchRows, epochBatches, packRows } from './batches.js';
import { crossEntropy, forward, initParams } from './model.js';

/**
 * @typedef {import('./model.js').ModelConfig} ModelConfig
 * @typedef {import('./model.js').Params} Params
 * @typedef {ReturnType<typeof batchRows>[number]} Batch
 * @typedef {{ seed: number; batchSize: number; epochs: number; peakLearningRate: number;
 *   finalLearningRate: number; warmupSteps: number; clipNorm: number; logEvery: number;
 *   maxSteps?: number }} TrainOptions
 */

/**
 * Batch arrays → tensors of shape [rows, T] (targets and weights flat).
 * @param {Batch} batch
 * @param {number} contextLength
 */
export function batchTensors(batch, contextLength) {
  const shape = /** @type {[number, number]} */ ([batch.rows, contextLength]);
  return {
    tokens: tf.tensor2d(batch.tokens, shape, 'int32'),
    positions: tf.tensor2d(batch.positions, shape, 'int32'),
    segments: tf.tensor2d(batch.segments, shape, 'int32'),
    targets: tf.tensor1d(batch.targets, 'int32'),
    weights: tf.tensor1d(batch.weights, 'float32'),
  };
}

/**
 * Mean of the logged training losses over (about) the last 100 steps, weighting each logged
 * value by the steps it averages.
 * @param {[number, number][]} history [step, mean loss since the previous entry]
 * @param {number} steps
 */
export function lastStepsLoss(history, steps) {
  let sum = 0;
  let count = 0;
  let previous = 0;
  for (const [step, loss] of history) {
    if (step > steps - 100) {
      sum += loss * (step - previous);
      count += step - previous;
    }
    previous = step;
  }
  return sum / count;
}

/**
 * Learning rate at a step: linear warm-up, then cosine decay to the final rate.
 * @param {number} step
 * @param {number} totalSteps
 * @param {TrainOptions} options
 */
export function learningRate(step, totalSteps, options) {
  const { peakLearningRate: peak, finalLearningRate: final, warmupSteps } = options;
  if (step < warmupSteps) return (peak * (step + 1)) / warmupSteps;
  const progress = (step - warmupSteps) / Math.max(1, totalSteps - warmupSteps);
  return final + ((peak - final) * (1 + Math.cos(Math.PI * Math.min(1, progress)))) / 2;
}

/**
 * Summed loss and number of scored positions over sentences (no gradients).
 * @param {ModelConfig} config
 * @param {Params} params
 * @param {readonly (readonly number[])[]} sentences ids, truncated to the context length
 * @param {number} batchSize
 * @returns {Promise<{ loss: number; perplexity: number; targets: number }>}
 */
export async function evaluate(config, params, sentences, batchSize) {
  let sum = 0;
  let count = 0;
  for (const batch of batchRows(packRows(sentences, config.contextLength), batchSize)) {
    const batchSum = tf.tidy(() => {
      const t = batchTensors(batch, config.contextLength);
      const { logits } = forward(config, params, t);
      return crossEntropy(logits, t.targets, t.weights).sum;
    });
    sum += (await batchSum.data())[0] ?? NaN;
    batchSum.dispose();
    count += batch.weights.reduce((a, b) => a + b, 0);
  }
  const loss = sum / count;
  return { loss, perplexity: Math.exp(loss), targets: count };
}

/**
 * Trains fresh parameters and returns them with a log of the run.
 * @param {ModelConfig} config
 * @param {readonly (readonly number[])[]} sentences training ids, truncated to the context length
 * @param {TrainOptions} options
 * @param {(line: string) => void} log
 */
export async function train(config, sentences, options, log) {
  const params = initParams(config, options.seed);
  const variables = [...params.values()].filter((v) => v instanceof tf.Variable);
  const random = mulberry32(options.seed);
  const stepsPerEpoch = Math.ceil(
    packRows(sentences, config.contextLength).length / options.batchSize,
  );
  const totalSteps = Math.min(
    options.maxSteps ?? Infinity,
    Math.ceil(stepsPerEpoch * options.epochs),
  );
  const optimizer = tf.train.adam(options.peakLearningRate, 0.9, 0.95, 1e-8);
  // Adam reads its (protected) learningRate on every update, so the schedule sets it per step.
  const schedule = /** @type {{ learningRate: number }} */ (/** @type {unknown} */ (optimizer));
  const started = performance.now();
  let step = 0;
  let tokensSeen = 0;
  let inputTokens = 0;
  let recentLoss = 0;
  /** @type {{ step: number; loss: number; seconds: number }[]} */
  const history = [];
  log(
    `${totalSteps} steps (${stepsPerEpoch} per epoch), batch ${options.batchSize} × ${config.contextLength}`,
  );

  for (let epoch = 0; epoch < options.epochs && step < totalSteps; epoch++) {
    for (const batch of epochBatches(sentences, config.contextLength, options.batchSize, random)) {
      if (step >= totalSteps) break;
      schedule.learningRate = learningRate(step, totalSteps, options);
      const loss = tf.tidy(() => {
        const t = batchTensors(batch, config.contextLength);
        const { value, grads } = tf.variableGrads(() => {
          const { logits } = forward(config, params, t);
          return crossEntropy(logits, t.targets, t.weights).mean;
        }, variables);
        // Clip the global gradient norm so one odd batch cannot throw the weights far.
        const norm = tf.sqrt(tf.addN(Object.values(grads).map((g) => g.square().sum())));
        const scale = tf.minimum(1, tf.div(options.clipNorm, norm.add(1e-6)));
        optimizer.applyGradients(
          Object.fromEntries(Object.entries(grads).map(([name, g]) => [name, g.mul(scale)])),
        );
        return value;
      });
      recentLoss += (await loss.data())[0] ?? NaN;
      loss.dispose();
      tokensSeen += batch.weights.reduce((a, b) => a + b, 0);
      inputTokens += batch.segments.reduce((a, s) => a + (s >= 0 ? 1 : 0), 0);
      step += 1;
      if (step % options.logEvery === 0 || step === totalSteps) {
        const seconds = (performance.now() - started) / 1000;
        const mean = recentLoss / (step % options.logEvery || options.logEvery);
        history.push({ step, loss: mean, seconds });
        const eta = ((totalSteps - step) * seconds) / step;
        log(
          `step ${step}/${totalSteps}  epoch ${epoch + 1}  loss ${mean.toFixed(3)}  ` +
            `lr ${schedule.learningRate.toExponential(2)}  ${(seconds / step).toFixed(2)} s/step  ` +
            `eta ${(eta / 60).toFixed(1)} min`,
        );
        recentLoss = 0;
      }
    }
  }
  optimizer.dispose();
  const seconds = (performance.now() - started) / 1000;
  return { params, steps: totalSteps, stepsPerEpoch, tokensSeen, inputTokens, seconds, history };
}
