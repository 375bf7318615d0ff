/**
 * Seeded random numbers, so that the lesson's untrained RNN has the same weights on every page
 * load, in every browser and in the tests: `Math.random` cannot be seeded.
 *
 * mulberry32 is a tiny 32-bit generator (one state word, a few multiplies) that passes the
 * usual statistical test batteries; Box–Muller turns two of its uniforms into two independent
 * standard normal numbers.
 *
 * @module
 */

// The generator is shared with the trainer, which shuffles its training data with it.
export { mulberry32 } from './shared/mulberry32.js';

/** A source of uniform numbers in [0, 1). */
export type Uniform = () => number;

/**
 * Standard normal numbers (mean 0, variance 1) from a uniform source, by the Box–Muller
 * transform: two uniforms u₁, u₂ give √(−2 ln u₁)·cos(2πu₂) and √(−2 ln u₁)·sin(2πu₂). The
 * second of each pair is kept for the next call, so no uniform is wasted.
 *
 * @example
 * const normal = gaussian(mulberry32(1));
 * normal(); // a number drawn from N(0, 1), the same one for every run with seed 1
 */
export function gaussian(random: Uniform): () => number {
  let spare: number | undefined;
  return () => {
    if (spare !== undefined) {
      const value = spare;
      spare = undefined;
      return value;
    }
    // 1 − u lies in (0, 1], so the logarithm is finite.
    const radius = Math.sqrt(-2 * Math.log(1 - random()));
    const angle = 2 * Math.PI * random();
    spare = radius * Math.sin(angle);
    return radius * Math.cos(angle);
  };
}
