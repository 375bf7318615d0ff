// Checking an answer: right or not, in words, with the rationale of everything chosen.
import { formatWeight } from '../numberFormat';
import { softmaxFacts } from './quizFacts';
import { quizMessages as m } from './quizMessages';
import { startOrder, type QuizShuffle } from './quizShuffle';
import { fill, quoted, valuesFor, type QuizContext, type TemplateValues } from './quizText';
import type {
  Choice,
  MatrixQuestion,
  MultipleChoiceQuestion,
  NumberQuestion,
  OrderQuestion,
  Question,
  QuizAnswer,
  SingleChoiceQuestion,
} from './quizTypes';

/** `incomplete`: nothing to check yet; it does not count as a try. */
export type Verdict = 'correct' | 'wrong' | 'incomplete';

export interface Rationale {
  /** What the rationale is about (the choice, the cell, the step), if not the whole answer. */
  readonly about?: string;
  readonly text: string;
}

export interface Feedback {
  readonly verdict: Verdict;
  readonly summary: string;
  readonly rationales: readonly Rationale[];
}

const incomplete = (summary: string): Feedback => ({
  verdict: 'incomplete',
  summary,
  rationales: [],
});

/** A decimal as people type it: "0.665", ".665", "0,665". Null if it is not one. */
export function parseDecimal(text: string): number | null {
  const cleaned = text.trim().replace(',', '.');
  if (!/^[+-]?(?:\d+(?:\.\d*)?|\.\d+)$/.test(cleaned)) return null;
  return Number(cleaned);
}

/** The order an order question shows: the saved answer, or the learner's shuffled start. */
export function orderOf(
  question: OrderQuestion,
  answer: QuizAnswer | null,
  shuffle: QuizShuffle,
): readonly string[] {
  return answer?.kind === 'order' ? answer.items : startOrder(question, shuffle);
}

const rationaleOf = (choice: Choice, values: TemplateValues): Rationale => ({
  about: m.yourChoice(fill(choice.text, values)),
  text: fill(choice.rationale, values),
});

function checkSingle(q: SingleChoiceQuestion, answer: QuizAnswer | null, values: TemplateValues) {
  const chosen = answer?.kind === 'single' ? q.choices.find((c) => c.id === answer.choice) : null;
  if (!chosen) return incomplete(m.chooseFirst);
  return {
    verdict: chosen.correct ? 'correct' : 'wrong',
    summary: chosen.correct ? '' : m.wrongSummary,
    rationales: [rationaleOf(chosen, values)],
  } satisfies Feedback;
}

function checkMultiple(
  q: MultipleChoiceQuestion,
  answer: QuizAnswer | null,
  values: TemplateValues,
) {
  // In the order the learner sees them (the answer keeps the order shown).
  const chosen = (answer?.kind === 'multiple' ? answer.choices : []).flatMap((id) =>
    q.choices.filter((c) => c.id === id),
  );
  if (chosen.length === 0) return incomplete(m.tickFirst);
  const rightTotal = q.choices.filter((c) => c.correct).length;
  const rightTicked = chosen.filter((c) => c.correct).length;
  const wrongTicked = chosen.length - rightTicked;
  const correct = rightTicked === rightTotal && wrongTicked === 0;
  return {
    verdict: correct ? 'correct' : 'wrong',
    summary: correct ? '' : m.multipleWrong(rightTicked, rightTotal, wrongTicked),
    rationales: chosen.map((c) => rationaleOf(c, values)),
  } satisfies Feedback;
}

function checkMatrix(
  q: MatrixQuestion,
  answer: QuizAnswer | null,
  values: TemplateValues,
  context: QuizContext,
): Feedback {
  const view = context.matrixFor(q);
  const key = answer?.kind === 'matrix' ? answer.key : -1;
  const word = view.words[key];
  if (word === undefined) return incomplete(m.cellFirst(values.query ?? ''));
  const cell = {
    ...values,
    key: quoted(word),
    weight: formatWeight(view.weights[view.query]?.[key] ?? NaN),
  };
  const correct = view.best.includes(key);
  const template = correct
    ? q.rationales.correct
    : view.masked[view.query]?.[key]
      ? q.rationales.masked
      : key === view.query
        ? q.rationales.self
        : q.rationales.wrong;
  return {
    verdict: correct ? 'correct' : 'wrong',
    summary: correct ? '' : m.wrongSummary,
    rationales: [{ about: m.yourCell(cell.key, cell.weight), text: fill(template, cell) }],
  };
}

function checkOrder(
  q: OrderQuestion,
  answer: QuizAnswer | null,
  values: TemplateValues,
  shuffle: QuizShuffle,
) {
  const order = orderOf(q, answer, shuffle);
  const misplaced = q.items
    .map((item, i) => ({ item, position: i + 1, inPlace: order[i] === item.id }))
    .filter((entry) => !entry.inPlace);
  if (misplaced.length === 0) {
    return {
      verdict: 'correct',
      summary: '',
      rationales: [{ text: fill(q.rationales.correct, values) }],
    } satisfies Feedback;
  }
  return {
    verdict: 'wrong',
    summary: m.orderWrong(q.items.length - misplaced.length, q.items.length),
    rationales: [
      { text: fill(q.rationales.wrong, values) },
      ...misplaced.map(({ item, position }) => ({
        about: m.belongsAt(fill(item.text, values), position),
        text: fill(item.rationale, values),
      })),
    ],
  } satisfies Feedback;
}

function checkNumber(q: NumberQuestion, answer: QuizAnswer | null, values: TemplateValues) {
  const text = answer?.kind === 'number' ? answer.text.trim() : '';
  if (text === '') return incomplete(m.typeFirst);
  const given = parseDecimal(text);
  if (given === null) return incomplete(m.notANumber(text));
  const facts = softmaxFacts(q);
  // The stated answer is the engine's value to `decimals` places (0.665), ± tolerance around it;
  // a hair of slack keeps 0.660 from being refused for binary rounding.
  const near = (x: number) => Math.abs(given - x) <= q.tolerance + 1e-9;
  const stated = Number(facts.expected.toFixed(q.decimals));
  const correct = near(stated);
  const template = correct
    ? q.rationales.correct
    : near(facts.linearShare)
      ? q.rationales.linearShare
      : facts.weights.some((w, i) => i !== q.target && near(w))
        ? q.rationales.otherWeight
        : q.rationales.wrong;
  return {
    verdict: correct ? 'correct' : 'wrong',
    summary: correct ? '' : m.wrongSummary,
    rationales: [{ about: m.yourNumber(text), text: fill(template, { ...values, given: text }) }],
  } satisfies Feedback;
}

export function checkAnswer(
  question: Question,
  answer: QuizAnswer | null,
  context: QuizContext,
): Feedback {
  const values = valuesFor(question, context);
  switch (question.kind) {
    case 'single':
      return checkSingle(question, answer, values);
    case 'multiple':
      return checkMultiple(question, answer, values);
    case 'matrix':
      return checkMatrix(question, answer, values, context);
    case 'order':
      return checkOrder(question, answer, values, context.shuffle);
    case 'number':
      return checkNumber(question, answer, values);
  }
}

/** The answer, in words, that the last hint of every question ends with. */
export function answerText(question: Question, context: QuizContext): string {
  const values = valuesFor(question, context);
  switch (question.kind) {
    case 'single':
    case 'multiple': {
      const right = question.choices.filter((c) => c.correct).map((c) => fill(c.text, values));
      return question.kind === 'single' ? m.answerIs(right.join('')) : m.rightChoices(right);
    }
    case 'matrix':
      return m.answerIs(m.cellOf(values.best ?? '', values.bestWeight ?? ''));
    case 'order':
      return m.orderIs(question.items.map((item) => fill(item.text, values)));
    case 'number':
      return m.answerIs(`${values.expected ?? ''}.`);
  }
}
