// Quiz text is authored with {placeholders}; this fills them with the engine's numbers.
import {
  FACT_NAMES,
  softmaxFacts,
  type Facts,
  type MatrixView,
  type SoftmaxFacts,
} from './quizFacts';
import type { MatrixQuestion, NumberQuestion, Question, QuestionKind } from './quizTypes';
import { formatWeight } from '../numberFormat';
import type { QuizShuffle } from './quizShuffle';

/** What the quiz knows at run time, from the engine. */
export interface QuizContext {
  readonly facts: Facts;
  readonly matrixFor: (question: MatrixQuestion) => MatrixView;
  /** The learner's seed and attempt, which order the choices. */
  readonly shuffle: QuizShuffle;
}

export type TemplateValues = Readonly<Record<string, string>>;

const PLACEHOLDER = /\{(\w+)\}/g;

/** The placeholder names a template uses. */
export function placeholdersIn(template: string): string[] {
  return [...template.matchAll(PLACEHOLDER)].map((m) => m[1] ?? '');
}

/** Fills {name} from `values`; an unknown name is left as written, for a test to catch. */
export function fill(template: string, values: TemplateValues): string {
  return template.replace(PLACEHOLDER, (whole, name: string) => values[name] ?? whole);
}

/** “a”, “a and b”, “a, b and c”. */
export function listOf(items: readonly string[]): string {
  if (items.length <= 1) return items.join('');
  return `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;
}

export const quoted = (word: string) => `“${word}”`;

/** Names each kind of question may use beyond the shared facts. */
export const PLACEHOLDERS_BY_KIND: Readonly<Record<QuestionKind, readonly string[]>> = {
  single: FACT_NAMES,
  multiple: FACT_NAMES,
  matrix: [...FACT_NAMES, 'sentence', 'query', 'best', 'bestWeight', 'key', 'weight'],
  order: FACT_NAMES,
  number: [...FACT_NAMES, 'scores', 'expected', 'exps', 'sum', 'tolerance', 'given', 'linearShare'],
};

export function matrixValues(view: MatrixView): Record<string, string> {
  const row = view.weights[view.query] ?? [];
  const first = view.best[0] ?? 0;
  return {
    sentence: view.sentence.trim(),
    query: quoted(view.words[view.query] ?? ''),
    best: listOf(view.best.map((j) => quoted(view.words[j] ?? ''))),
    bestWeight: formatWeight(row[first] ?? NaN),
  };
}

export function numberValues(
  question: NumberQuestion,
  facts: SoftmaxFacts,
): Record<string, string> {
  const fixed = (x: number) => x.toFixed(question.decimals);
  return {
    scores: listOf(question.scores.map(String)),
    expected: fixed(facts.expected),
    exps: listOf(facts.exps.map(fixed)),
    sum: fixed(facts.sum),
    tolerance: String(question.tolerance),
    linearShare: fixed(facts.linearShare),
  };
}

/** Everything a question's text may quote, except the per-answer {key}, {weight} and {given}. */
export function valuesFor(question: Question, context: QuizContext): TemplateValues {
  switch (question.kind) {
    case 'matrix':
      return { ...context.facts, ...matrixValues(context.matrixFor(question)) };
    case 'number':
      return { ...context.facts, ...numberValues(question, softmaxFacts(question)) };
    default:
      return context.facts;
  }
}
