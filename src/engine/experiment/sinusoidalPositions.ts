/**
 * The attention model's positions: fixed, not learned, so its parameter count is the same for
 * every sequence length, and the same position always gets the same vector.
 *
 * @module
 */

/**
 * Sinusoidal positions (Vaswani et al., 2017), L × d: for position p = 0 … L − 1 and i < d/2,
 * P[p, 2i] = sin(p / 10000^(2i/d)) and P[p, 2i+1] = cos(p / 10000^(2i/d)).
 */
export function sinusoidalPositions(length: number, d: number): Float64Array {
  const P = new Float64Array(length * d);
  for (let p = 0; p < length; p++) {
    for (let i = 0; i < d / 2; i++) {
      const angle = p / 10000 ** ((2 * i) / d);
      P[p * d + 2 * i] = Math.sin(angle);
      P[p * d + 2 * i + 1] = Math.cos(angle);
    }
  }
  return P;
}
