// Every number the quiz shows, computed by the engine at run time: the facts its text quotes,
// the matrix of its matrix question and the softmax of its number question.
import { isMasked } from '../../engine/attention';
import type { AttentionRule } from '../../engine/attentionRule';
import { lessonAttention, type LessonAttentionOptions } from '../../engine/lessonAttention';
import { get } from '../../engine/matrix';
import { softmax, softmaxSteps } from '../../engine/softmax';
import type { WordTable } from '../../engine/wordFeatures';
import { formatWeight } from '../numberFormat';
import type { NumberQuestion } from './quizTypes';
import { lesson } from '../../../content/self-attention/lesson';
import { EXPERIMENT_FACT_NAMES, experimentFacts } from './experimentFacts';

/**
 * The facts quiz text may quote as {name}: from Step 5's matrix with the lesson's rule, and from
 * Step 6's seeded experiment (experimentFacts.ts).
 */
export const FACT_NAMES = [
  'satSelf',
  'satCat',
  'tokenCount',
  'matrixMean',
  'sharpMean',
  'zeroScoreWeight',
  ...EXPERIMENT_FACT_NAMES,
] as const;
export type FactName = (typeof FACT_NAMES)[number];
export type Facts = Readonly<Record<FactName, string>>;

const EXAMPLE = lesson.exampleSentence;

function weightsOf(
  sentence: string,
  table: WordTable,
  rule: AttentionRule,
  options: LessonAttentionOptions = {},
) {
  const { head, words } = lessonAttention(sentence, table, rule, options);
  const at = (i: number, j: number) => get(head.weights, i, j);
  return { words, at, n: words.length };
}

function mean(weights: { at: (i: number, j: number) => number; n: number }): number {
  let sum = 0;
  for (let i = 0; i < weights.n; i++) for (let j = 0; j < weights.n; j++) sum += weights.at(i, j);
  return sum / (weights.n * weights.n);
}

/**
 * @param rule The lesson's own rule (not the learner's edits): the facts describe Step 5 as taught.
 * @param sharpestTemperature The lowest temperature Step 5 offers.
 */
export function quizFacts(table: WordTable, rule: AttentionRule, sharpestTemperature: number) {
  const lesson = weightsOf(EXAMPLE, table, rule);
  const sat = lesson.words.indexOf('sat');
  const cat = lesson.words.indexOf('cat');
  const sharp = weightsOf(EXAMPLE, table, rule, { temperature: sharpestTemperature });
  return {
    satSelf: formatWeight(lesson.at(sat, sat)),
    satCat: formatWeight(lesson.at(sat, cat)),
    tokenCount: String(lesson.n),
    matrixMean: formatWeight(mean(lesson)),
    sharpMean: formatWeight(mean(sharp)),
    zeroScoreWeight: formatWeight(softmax([1, 0])[1] ?? NaN),
    ...experimentFacts(),
  } satisfies Facts;
}

/** The quiz's matrix: one sentence with the learner's settings, and the row being asked about. */
export interface MatrixView {
  readonly sentence: string;
  readonly words: readonly string[];
  readonly weights: readonly (readonly number[])[];
  readonly masked: readonly (readonly boolean[])[];
  /** The query's row (the first token spelled like the question's query word). */
  readonly query: number;
  /** The keys holding the row's largest weight: usually one, every one of them if tied. */
  readonly best: readonly number[];
}

/** Weights this close to the row's largest count as tied with it. */
const TIE = 1e-12;

export function matrixView(
  sentence: string,
  queryWord: string,
  table: WordTable,
  rule: AttentionRule,
  options: { causal: boolean; temperature: number },
): MatrixView {
  const result = weightsOf(sentence, table, rule, options);
  const query = result.words.findIndex((w) => w.toLowerCase() === queryWord.toLowerCase());
  if (query < 0) throw new Error(`matrixView: “${queryWord}” is not a token of “${sentence}”`);
  const range = result.words.map((_, j) => j);
  const weights = range.map((i) => range.map((j) => result.at(i, j)));
  const masked = range.map((i) => range.map((j) => options.causal && isMasked(i, j)));
  const row = weights[query] ?? [];
  const largest = Math.max(...row);
  const best = range.filter((j) => (row[j] ?? NaN) >= largest - TIE);
  return { sentence, words: result.words, weights, masked, query, best };
}

/** The number question's softmax, with the steps a hint shows. */
export interface SoftmaxFacts {
  readonly expected: number;
  readonly weights: readonly number[];
  readonly exps: readonly number[];
  readonly sum: number;
  /** What dividing the score by the sum of the scores (no exponentials) would give. */
  readonly linearShare: number;
}

export function softmaxFacts(question: NumberQuestion): SoftmaxFacts {
  const steps = softmaxSteps(question.scores);
  const total = question.scores.reduce((a, b) => a + b, 0);
  const score = question.scores[question.target] ?? NaN;
  return {
    expected: steps.weights[question.target] ?? NaN,
    weights: [...steps.weights],
    exps: [...steps.exps],
    sum: steps.sum,
    linearShare: score / total,
  };
}
