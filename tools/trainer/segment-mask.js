// Which keys each query may attend to in a batch of packed rows. Training packs several sentences
// into one row (batches.js); this mask keeps them apart, so that a packed row computes exactly
// what each sentence would compute alone. Plain arrays, no TensorFlow, so the root tests can run
// it; model.js turns it into the additive mask of its attention.

/**
 * The attention mask of packed rows: entry [b][i][j] is 1 when query i of row b may see key j,
 * that is j ≤ i (causal) and both positions carry the same segment number (the same sentence),
 * and 0 otherwise. Padding (segment -1) never matches a sentence, so no real token sees it; a
 * padding query sees the padding before it, so no row of the softmax is empty.
 * @param {ArrayLike<number>} segments B·T segment numbers, row by row (as batchRows gives them)
 * @param {number} contextLength T
 * @returns {Float32Array} B·T·T entries, row-major [b][i][j]
 * @example segmentMask([0, 0, 1], 3) // [1,0,0, 1,1,0, 0,0,1]
 */
export function segmentMask(segments, contextLength) {
  const T = contextLength;
  if (!Number.isInteger(T) || T <= 0 || segments.length % T !== 0) {
    throw new Error(
      `segments must hold whole rows of contextLength ${T}, got ${segments.length} entries`,
    );
  }
  const rows = segments.length / T;
  const mask = new Float32Array(rows * T * T);
  for (let b = 0; b < rows; b++) {
    for (let i = 0; i < T; i++) {
      const query = segments[b * T + i];
      for (let j = 0; j <= i; j++) {
        if (segments[b * T + j] === query) mask[(b * T + i) * T + j] = 1;
      }
    }
  }
  return mask;
}
