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

/** A source of uniform numbers in [0, 1). */
export type Uniform = () => number;

/**
 * The mulberry32 generator: the same seed always gives the same sequence.
 *
 * @example
 * const random = mulberry32(1);
 * random(); // 0.6270739405881613
 * random(); // 0.002735721180215478
 */
export function mulberry32(seed: number): Uniform {
  if (!Number.isInteger(seed)) throw new Error(`seed must be an integer, got ${String(seed)}`);
  let state = seed >>> 0;
  return () => {
    state = (state + 0x6d2b79f5) >>> 0;
    let z = state;
    z = Math.imul(z ^ (z >>> 15), z | 1);
    z ^= z + Math.imul(z ^ (z >>> 7), z | 61);
    return ((z ^ (z >>> 14)) >>> 0) / 4294967296;
  };
}

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
