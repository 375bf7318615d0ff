/**
 * How many steps information needs to get from token `from` to token `to`.
 *
 * An RNN passes it along its chain, one step per token, and only forwards: from i to j ≥ i takes
 * j − i steps, and an earlier state never sees a later token. Self-attention connects every pair
 * directly: one step, except that under a causal mask a token attends only to itself and earlier
 * tokens, so information flows only forwards there too.
 *
 * @example rnnPathLength(0, 3) // 3
 * @example attentionPathLength(3, 0, { causal: true }) // null: no path backwards
 * @module
 */

function checkPosition(name: string, value: number): void {
  if (!Number.isInteger(value) || value < 0) {
    throw new Error(`${name} must be a token position (a whole number ≥ 0), got ${value}`);
  }
}

/** Steps along the RNN chain from `from` to `to`; null when `to` comes before `from`. */
export function rnnPathLength(from: number, to: number): number | null {
  checkPosition('from', from);
  checkPosition('to', to);
  return to >= from ? to - from : null;
}

/** Steps through one attention layer; 0 to itself, null when a causal mask blocks the way. */
export function attentionPathLength(
  from: number,
  to: number,
  { causal = false }: { readonly causal?: boolean } = {},
): number | null {
  checkPosition('from', from);
  checkPosition('to', to);
  if (from === to) return 0;
  // Token `to` is the query; it may read key `from` unless the mask hides later keys.
  return causal && from > to ? null : 1;
}
