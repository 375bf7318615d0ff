/**
 * Central finite differences, to test hand-written backward passes: for each parameter θ_i,
 * (loss(θ_i + h) − loss(θ_i − h)) / 2h, whose error is O(h²). Used by the tests only.
 *
 * @module
 */

import { tensorList, type Tensors } from './tensors';

/**
 * Per tensor, ‖analytic − numeric‖ / max(‖analytic‖, ‖numeric‖): 0 when they agree exactly.
 * `loss` must read `parameters` as they are when it is called (they are nudged in place and
 * restored).
 */
export function gradientErrors<Name extends string>(
  parameters: Tensors<Name>,
  analytic: Tensors<Name>,
  loss: () => number,
  h = 1e-5,
): Record<Name, number> {
  const errors: Partial<Record<Name, number>> = {};
  for (const name of Object.keys(parameters) as Name[]) {
    const theta = parameters[name];
    const gradient = analytic[name];
    let difference = 0;
    let analyticNorm = 0;
    let numericNorm = 0;
    for (let i = 0; i < theta.length; i++) {
      const saved = theta[i] ?? 0;
      theta[i] = saved + h;
      const up = loss();
      theta[i] = saved - h;
      const down = loss();
      theta[i] = saved;
      const numeric = (up - down) / (2 * h);
      const exact = gradient[i] ?? 0;
      difference += (exact - numeric) ** 2;
      analyticNorm += exact ** 2;
      numericNorm += numeric ** 2;
    }
    const scale = Math.sqrt(Math.max(analyticNorm, numericNorm));
    errors[name] = scale === 0 ? 0 : Math.sqrt(difference) / scale;
  }
  return errors as Record<Name, number>;
}

/** Every entry of every tensor, for comparing two sets bit for bit. */
export function flatten<Name extends string>(tensors: Tensors<Name>): number[] {
  return tensorList(tensors).flatMap((tensor) => Array.from(tensor));
}
