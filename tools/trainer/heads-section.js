// The "What the heads learned" section of MODEL_CARD.md, written from heads.json so that no
// number or claim in it is typed by hand. `npm run heads` (scripts/heads/) writes heads.json and
// this section; src/engine/headPatterns.model.test.ts checks both; report.js keeps the section in step.

const PATTERNS = /** @type {const} */ (['previousToken', 'firstToken', 'nounToDeterminer', 'self']);

/** @param {number} n */
const thousands = (n) => Math.round(n).toLocaleString('en-US');

/**
 * @typedef {{ share: number; baseline: number; queries: number }} Metric
 * @typedef {{ layer: number; head: number; metrics: Record<(typeof PATTERNS)[number], Metric> }} Head
 * @typedef {{ heldOut: { sentencesRead: number; sentencesAnalysed: number; noWords: number;
 *   skipped: { split: number; vanished: number; mismatch: number } }; heads: Head[] }} HeadsFile
 */

/**
 * @param {HeadsFile} file the parsed heads.json
 * @returns {string} the section, starting with a blank line and its heading
 */
export function headsSection(file) {
  const { heldOut, heads } = file;
  const { split, vanished, mismatch } = heldOut.skipped;
  const skipped = split + vanished + mismatch;
  const first = heads[0];
  if (!first) throw new Error('heads.json holds no heads');
  const queries = (/** @type {(typeof PATTERNS)[number]} */ p) =>
    thousands(first.metrics[p].queries);
  const cells = heads.flatMap(({ layer, head, metrics }) =>
    PATTERNS.map((p) => ({ layer, head, pattern: p, ...metrics[p] })),
  );
  const largest = cells.reduce((a, b) => (b.share > a.share ? b : a));
  const sharpest = cells.reduce((a, b) => (b.share / b.baseline > a.share / a.baseline ? b : a));
  const ratio = sharpest.share / sharpest.baseline;
  const rows = heads.map(
    ({ layer, head, metrics }) =>
      `| ${layer + 1} | ${head + 1} | ${PATTERNS.map(
        (p) => `${metrics[p].share.toFixed(3)} (${metrics[p].baseline.toFixed(3)})`,
      ).join(' | ')} |`,
  );
  const mismatchNote = mismatch > 0 ? `, ${mismatch} did not match the corpus words` : '';
  return `
## What the heads learned

Measured on the held-out text (every 20th text in CONTENTS order, never trained on): all
${thousands(heldOut.sentencesRead)} held-out sentences were read, ${heldOut.noWords} hold no word,
and ${skipped} were skipped because a corpus token did not give exactly one tokenizer word (${split}
gave several, ${vanished} non-punctuation tokens gave none${mismatchNote}), leaving
${thousands(heldOut.sentencesAnalysed)}. Each word's class comes from its Brown tag. Each cell is
the head's mean attention weight on one kind of key, and in brackets what a uniform head (weight
1/(t+1) on each of the t+1 visible keys) gives on the same queries: the previous word (queries
t ≥ 2, ${queries('previousToken')} of them), position 0, \`<bos>\` (t ≥ 1, ${queries('firstToken')}),
the earlier determiners from a noun that has one (${queries('nounToDeterminer')}), and the query
word itself (t ≥ 1). Layers and heads are numbered from 1 here (from 0 in \`heads.json\`).

| Layer | Head | Previous word | First position | Earlier determiners, from a noun | Own word |
| ----: | ---: | ------------: | -------------: | -------------------------------: | -------: |
${rows.join('\n')}

${ratio < 2 ? 'No head is sharp: the' : 'The'} largest share is ${largest.share.toFixed(2)} (layer ${largest.layer + 1}, head ${largest.head + 1}), and no share is more than ${ratio.toFixed(1)} times
uniform. These are averages; a head can do several things, and attention weights alone do not
explain a prediction (Jain & Wallace, 2019; Wiegreffe & Pinter, 2019). The numbers are in
\`heads.json\`, computed by \`src/engine/headPatterns.ts\`; \`src/engine/headPatterns.model.test.ts\`
recomputes them and checks this section. After retraining, regenerate both with:

    npm run heads
`;
}
