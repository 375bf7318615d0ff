/**
 * What a trained model's attention heads do, measured: for every head, how much of its attention
 * goes to four kinds of key, against what a uniform head (equal weight on every visible key) would
 * give. Pure: it reads weight matrices and word classes, and knows nothing of files or the page.
 *
 * Positions: 0 is `<bos>`, 1 … n−1 are words. A causal query t sees the t + 1 keys 0 … t, so the
 * uniform weight on any one key is 1/(t+1). Which query positions count, per pattern:
 *
 * - previousToken: weight on t−1, for every t ≥ 2 (so t−1 is a real word, not `<bos>`);
 * - firstToken: weight on position 0 (`<bos>`), for every t ≥ 1;
 * - nounToDeterminer: total weight on the earlier determiners (positions 1 … t−1 whose word is a
 *   determiner), for every t ≥ 1 whose word is a noun and that has at least one earlier
 *   determiner; the uniform baseline is (number of those determiners)/(t+1);
 * - self: weight on t itself, for every t ≥ 1.
 *
 * Each share and baseline is a plain mean over all counted queries of all sentences (every query
 * weighs the same, so long sentences count more than short ones).
 *
 * @module
 */
import { get, type Matrix } from './matrix';

export const PATTERNS = ['previousToken', 'firstToken', 'nounToDeterminer', 'self'] as const;
export type PatternName = (typeof PATTERNS)[number];

/** How each pattern is named in prose: "puts 0.62 of its attention on …". */
export const PATTERN_TARGETS: Readonly<Record<PatternName, string>> = {
  previousToken: 'the previous word',
  firstToken: 'the first position (<bos>)',
  nounToDeterminer: 'the earlier determiners when its word is a noun',
  self: 'its own word',
};

/** One sentence as the analysis needs it. */
export interface SentenceAttention {
  /** weights[layer][head]: the causal n × n weights, row = query, column = key. */
  readonly weights: readonly (readonly Matrix[])[];
  /**
   * The word classes at each position (e.g. ['noun'], or ['pronoun', 'verb'] for a contraction),
   * n entries; entry 0, `<bos>`, is ignored.
   */
  readonly classes: readonly (readonly string[])[];
}

export interface PatternMeasure {
  /** Mean attention weight on the pattern's keys over the counted queries. */
  readonly share: number;
  /** What a uniform head would give over the same queries. */
  readonly baseline: number;
  /** How many query positions were counted. */
  readonly queries: number;
}

export interface HeadPattern {
  /** 0-based, as in the model's arrays. */
  readonly layer: number;
  readonly head: number;
  readonly metrics: Readonly<Record<PatternName, PatternMeasure>>;
}

interface Sums {
  share: number;
  baseline: number;
  queries: number;
}

const newSums = (): Record<PatternName, Sums> => ({
  previousToken: { share: 0, baseline: 0, queries: 0 },
  firstToken: { share: 0, baseline: 0, queries: 0 },
  nounToDeterminer: { share: 0, baseline: 0, queries: 0 },
  self: { share: 0, baseline: 0, queries: 0 },
});

function addQuery(sums: Sums, share: number, baseline: number): void {
  sums.share += share;
  sums.baseline += baseline;
  sums.queries += 1;
}

/**
 * Measures the four patterns for every head over all sentences. Every sentence must have the
 * same number of layers and heads, and square weights matching its classes.
 *
 * @example
 * // One sentence, one layer, one head that always looks at the previous word:
 * const weights = fromRows([[1, 0, 0], [1, 0, 0], [0, 1, 0]]);
 * measureHeadPatterns([{ weights: [[weights]], classes: [[], ['determiner'], ['noun']] }]);
 * // → [{ layer: 0, head: 0, metrics: { previousToken: { share: 1, baseline: 1/3, queries: 1 }, … } }]
 */
export function measureHeadPatterns(sentences: readonly SentenceAttention[]): HeadPattern[] {
  const first = sentences[0];
  if (first === undefined) throw new Error('measureHeadPatterns needs at least one sentence');
  const layers = first.weights.length;
  const heads = first.weights[0]?.length ?? 0;
  const sums = Array.from({ length: layers }, () => Array.from({ length: heads }, newSums));

  sentences.forEach((sentence, s) => {
    const n = sentence.classes.length;
    if (sentence.weights.length !== layers) {
      throw new Error(`sentence ${s} has ${sentence.weights.length} layers, expected ${layers}`);
    }
    const isClass = (t: number, wordClass: string) =>
      sentence.classes[t]?.includes(wordClass) ?? false;
    // The earlier determiner positions for each noun query (or none).
    const determinersBefore: number[][] = [];
    const seen: number[] = [];
    for (let t = 1; t < n; t++) {
      determinersBefore[t] = isClass(t, 'noun') ? [...seen] : [];
      if (isClass(t, 'determiner')) seen.push(t);
    }
    sentence.weights.forEach((layerWeights, l) => {
      if (layerWeights.length !== heads) {
        throw new Error(
          `sentence ${s}, layer ${l} has ${layerWeights.length} heads, expected ${heads}`,
        );
      }
      layerWeights.forEach((w, h) => {
        if (w.rows !== n || w.cols !== n) {
          throw new Error(`sentence ${s}: weights are ${w.rows}×${w.cols}, classes give n = ${n}`);
        }
        const head = sums[l]?.[h];
        if (head === undefined) return;
        for (let t = 1; t < n; t++) {
          const uniform = 1 / (t + 1);
          if (t >= 2) addQuery(head.previousToken, get(w, t, t - 1), uniform);
          addQuery(head.firstToken, get(w, t, 0), uniform);
          addQuery(head.self, get(w, t, t), uniform);
          const determiners = determinersBefore[t] ?? [];
          if (determiners.length > 0) {
            let share = 0;
            for (const j of determiners) share += get(w, t, j);
            addQuery(head.nounToDeterminer, share, determiners.length * uniform);
          }
        }
      });
    });
  });

  return sums.flatMap((layerSums, layer) =>
    layerSums.map((headSums, head) => {
      const metrics = {} as Record<PatternName, PatternMeasure>;
      for (const pattern of PATTERNS) {
        const { share, baseline, queries } = headSums[pattern];
        metrics[pattern] =
          queries === 0
            ? { share: NaN, baseline: NaN, queries: 0 }
            : { share: share / queries, baseline: baseline / queries, queries };
      }
      return { layer, head, metrics };
    }),
  );
}

export interface StrongestPattern {
  readonly pattern: PatternName;
  readonly measure: PatternMeasure;
  /** share / baseline: how many times the uniform share. */
  readonly ratio: number;
}

/** The head's pattern with the largest share/baseline (patterns with no queries are skipped). */
export function strongestPattern(head: Pick<HeadPattern, 'metrics'>): StrongestPattern {
  let best: StrongestPattern | undefined;
  for (const pattern of PATTERNS) {
    const measure = head.metrics[pattern];
    if (measure.queries === 0 || !(measure.baseline > 0)) continue;
    const ratio = measure.share / measure.baseline;
    if (best === undefined || ratio > best.ratio) best = { pattern, measure, ratio };
  }
  if (best === undefined) throw new Error('the head has no measured pattern');
  return best;
}

/**
 * Across all heads: the strongest pattern of any head (largest share/baseline) and the largest
 * share any head puts on any pattern, the two numbers that say how sharp the heads are.
 *
 * @example
 * summariseHeads(file.heads); // { strongest: { pattern: 'firstToken', ratio: 1.86, … }, maxShare: 0.3007 }
 */
export function summariseHeads(heads: readonly HeadPattern[]): {
  strongest: StrongestPattern;
  maxShare: number;
} {
  if (heads.length === 0) throw new Error('heads must hold at least one head');
  const strongest = heads
    .map((head) => strongestPattern(head))
    .reduce((a, b) => (b.ratio > a.ratio ? b : a));
  const maxShare = Math.max(...heads.flatMap((head) => PATTERNS.map((p) => head.metrics[p].share)));
  return { strongest, maxShare };
}

/**
 * One sentence on a head's strongest pattern, with 1-based layer and head numbers.
 *
 * @example
 * describeHead(head); // "Layer 1, head 2 puts on average 0.62 of its attention on the previous word, 3.4 times the uniform share (0.18)."
 */
export function describeHead(head: HeadPattern): string {
  const { pattern, measure, ratio } = strongestPattern(head);
  return (
    `Layer ${head.layer + 1}, head ${head.head + 1} puts on average ${measure.share.toFixed(2)} of its ` +
    `attention on ${PATTERN_TARGETS[pattern]}, ${ratio.toFixed(1)} times the uniform share ` +
    `(${measure.baseline.toFixed(2)}).`
  );
}
