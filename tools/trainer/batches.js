// Turning encoded sentences into training rows. Sentences are packed end to end into rows of
// `contextLength` tokens (a sentence that does not fit starts the next row; the rest of the row
// is padding), and the model keeps them apart with segment numbers (see segment-mask.js). The
// order is shuffled with a seeded generator (mulberry32, shared with the engine), so a seed fixes
// the data order.

/**
 * Fisher–Yates shuffle of a copy.
 * @template T
 * @param {readonly T[]} items
 * @param {() => number} random
 * @returns {T[]}
 */
export function shuffled(items, random) {
  const out = [...items];
  for (let i = out.length - 1; i > 0; i--) {
    const j = Math.floor(random() * (i + 1));
    const a = /** @type {T} */ (out[i]);
    out[i] = /** @type {T} */ (out[j]);
    out[j] = a;
  }
  return out;
}

/**
 * One packed row: int32 tokens, positions and segments (-1 = padding), the next-token targets
 * and a 1/0 weight saying which positions are scored.
 * @typedef {{ tokens: Int32Array; positions: Int32Array; segments: Int32Array;
 *   targets: Int32Array; weights: Float32Array }} Row
 */

/**
 * Packs sentences (already truncated to at most contextLength ids) into rows, in order.
 * Position t of a sentence predicts its token t + 1; its last token predicts nothing.
 * @param {readonly (readonly number[])[]} sentences
 * @param {number} contextLength
 * @returns {Row[]}
 */
export function packRows(sentences, contextLength) {
  /** @type {Row[]} */
  const rows = [];
  /** @type {Row | undefined} */
  let row;
  let used = 0;
  let segment = 0;
  for (const ids of sentences) {
    if (ids.length > contextLength) throw new Error('sentences must be truncated to contextLength');
    if (row === undefined || used + ids.length > contextLength) {
      row = {
        tokens: new Int32Array(contextLength),
        positions: new Int32Array(contextLength),
        segments: new Int32Array(contextLength).fill(-1),
        targets: new Int32Array(contextLength),
        weights: new Float32Array(contextLength),
      };
      rows.push(row);
      used = 0;
    }
    ids.forEach((id, t) => {
      const r = /** @type {Row} */ (row);
      r.tokens[used + t] = id;
      r.positions[used + t] = t;
      r.segments[used + t] = segment;
      const next = ids[t + 1];
      if (next !== undefined) {
        r.targets[used + t] = next;
        r.weights[used + t] = 1;
      }
    });
    used += ids.length;
    segment += 1;
  }
  return rows;
}

/**
 * Rows grouped into batches of `batchSize` (the last may be smaller), each field flattened.
 * @param {readonly Row[]} rows
 * @param {number} batchSize
 * @returns {{ rows: number; tokens: Int32Array; positions: Int32Array; segments: Int32Array;
 *   targets: Int32Array; weights: Float32Array }[]}
 */
export function batchRows(rows, batchSize) {
  const batches = [];
  for (let start = 0; start < rows.length; start += batchSize) {
    const group = rows.slice(start, start + batchSize);
    /** @template {Int32Array | Float32Array} A @param {(row: Row) => A} pick @param {A} out */
    const join = (pick, out) => {
      group.forEach((row, i) => out.set(pick(row), i * pick(row).length));
      return out;
    };
    const size = group.length * (rows[0]?.tokens.length ?? 0);
    batches.push({
      rows: group.length,
      tokens: join((r) => r.tokens, new Int32Array(size)),
      positions: join((r) => r.positions, new Int32Array(size)),
      segments: join((r) => r.segments, new Int32Array(size)),
      targets: join((r) => r.targets, new Int32Array(size)),
      weights: join((r) => r.weights, new Float32Array(size)),
    });
  }
  return batches;
}

/**
 * One epoch's batches: the sentences shuffled, packed into rows, the rows shuffled and grouped.
 * Shuffling sentences before packing changes which sentences share a row from epoch to epoch;
 * shuffling rows after packing mixes short and long rows across batches.
 * @param {readonly (readonly number[])[]} sentences ids, truncated to the context length
 * @param {number} contextLength
 * @param {number} batchSize
 * @param {() => number} random a seeded generator, e.g. mulberry32(seed), carried across epochs
 */
export function epochBatches(sentences, contextLength, batchSize, random) {
  const rows = packRows(shuffled(sentences, random), contextLength);
  return batchRows(shuffled(rows, random), batchSize);
}
