/**
 * Adam (Kingma and Ba, 2015): gradient descent with a per-parameter step size. For each
 * parameter θ with gradient g, at step t = 1, 2, …
 *
 *     m ← β₁·m + (1 − β₁)·g          running mean of the gradient
 *     v ← β₂·v + (1 − β₂)·g²         running mean of its square
 *     θ ← θ − lr · m̂ / (√v̂ + ε),   m̂ = m/(1 − β₁ᵗ),  v̂ = v/(1 − β₂ᵗ)
 *
 * The hats undo the pull towards 0 of moments that start at 0. The state is plain data
 * (the step count and two tensors per parameter tensor), so a worker can hold it.
 *
 * @module
 */

import { zerosLike, type Tensors } from './tensors';

export const ADAM_DEFAULTS = { beta1: 0.9, beta2: 0.999, epsilon: 1e-8 } as const;

export interface AdamOptions {
  readonly learningRate: number;
  readonly beta1?: number;
  readonly beta2?: number;
  readonly epsilon?: number;
}

export interface AdamState<Name extends string> {
  /** Steps taken so far: t of the last update. */
  step: number;
  /** m, per parameter tensor. */
  readonly firstMoment: Tensors<Name>;
  /** v, per parameter tensor. */
  readonly secondMoment: Tensors<Name>;
}

/** Moments of zero for parameters shaped like `parameters`, at step 0. */
export function createAdamState<Name extends string>(parameters: Tensors<Name>): AdamState<Name> {
  return { step: 0, firstMoment: zerosLike(parameters), secondMoment: zerosLike(parameters) };
}

/**
 * One Adam update of `parameters` (in place) from `gradients` (same names and shapes).
 *
 * @example
 * const theta = { w: Float64Array.of(1) };
 * const state = createAdamState(theta);
 * adamStep(state, theta, { w: Float64Array.of(0.5) }, { learningRate: 0.1 });
 * theta.w[0]; // 0.9: the first step moves each parameter by about lr, against its gradient
 */
export function adamStep<Name extends string>(
  state: AdamState<Name>,
  parameters: Tensors<Name>,
  gradients: Tensors<Name>,
  options: AdamOptions,
): void {
  const { learningRate, beta1, beta2, epsilon } = { ...ADAM_DEFAULTS, ...options };
  if (!(learningRate > 0) || !Number.isFinite(learningRate)) {
    throw new Error(`learningRate must be a finite number > 0, got ${String(learningRate)}`);
  }
  state.step += 1;
  const correction1 = 1 - beta1 ** state.step;
  const correction2 = 1 - beta2 ** state.step;
  for (const name of Object.keys(parameters) as Name[]) {
    const theta = parameters[name];
    const grad = gradients[name];
    const m = state.firstMoment[name];
    const v = state.secondMoment[name];
    if (grad.length !== theta.length || m.length !== theta.length) {
      throw new Error(`gradients.${name} must have ${theta.length} numbers, got ${grad.length}`);
    }
    for (let i = 0; i < theta.length; i++) {
      const gi = grad[i] ?? 0;
      const mi = beta1 * (m[i] ?? 0) + (1 - beta1) * gi;
      const vi = beta2 * (v[i] ?? 0) + (1 - beta2) * gi * gi;
      m[i] = mi;
      v[i] = vi;
      const stepSize = (learningRate * mi) / correction1 / (Math.sqrt(vi / correction2) + epsilon);
      theta[i] = (theta[i] ?? 0) - stepSize;
    }
  }
}
