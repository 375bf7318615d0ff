// Plain JS with JSDoc types, so the engine (TypeScript) and tools/trainer (Node) share it.

/**
 * The mulberry32 generator: a tiny 32-bit generator (one state word, a few multiplies) that
 * passes the usual statistical test batteries. The same seed always gives the same sequence of
 * numbers in [0, 1), in every browser and under Node: `Math.random` cannot be seeded.
 * @param {number} seed an integer
 * @returns {() => number}
 * @example
 * const random = mulberry32(1);
 * random(); // 0.6270739405881613
 * random(); // 0.002735721180215478
 */
export function mulberry32(seed) {
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
