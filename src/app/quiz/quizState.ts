// The quiz's saved state: what was answered, tries, hints, first-try results and the question on
// screen. Every change is a pure function of the state before; anything read back from storage is
// checked, and anything that is not a state this quiz wrote means starting afresh.
import type { QuizShuffle } from './quizShuffle';
import type { Question, QuestionProgress, QuizAnswer, QuizState } from './quizTypes';

export const blankProgress: QuestionProgress = {
  answer: null,
  checked: false,
  tries: 0,
  hintsShown: 0,
  firstTry: null,
  solved: false,
};

/** Seed 0 stands for a state whose learner has not drawn a seed: tests, and quizzes saved before. */
const UNSEEDED: QuizShuffle = { seed: 0, attempt: 0 };

export const freshQuizState = (shuffle: QuizShuffle = UNSEEDED): QuizState => ({
  version: 2,
  shuffle,
  current: 0,
  finished: false,
  questions: {},
});

/** A retake: no answers, the same learner's seed, a new attempt and so new orders. */
export const retakenQuizState = (state: QuizState): QuizState =>
  freshQuizState({ seed: state.shuffle.seed, attempt: state.shuffle.attempt + 1 });

export const progressOf = (state: QuizState, id: string): QuestionProgress =>
  state.questions[id] ?? blankProgress;

function withProgress(
  state: QuizState,
  id: string,
  change: (before: QuestionProgress) => QuestionProgress,
): QuizState {
  return { ...state, questions: { ...state.questions, [id]: change(progressOf(state, id)) } };
}

/** A changed answer has not been checked yet, so its old feedback goes. */
export const withAnswer = (state: QuizState, id: string, answer: QuizAnswer): QuizState =>
  withProgress(state, id, (p) => ({ ...p, answer, checked: false }));

/** Records a check of a complete answer; the first check decides first-try correctness. */
export const withCheck = (state: QuizState, id: string, correct: boolean): QuizState =>
  withProgress(state, id, (p) => ({
    ...p,
    checked: true,
    tries: p.tries + 1,
    firstTry: p.firstTry ?? (correct && p.hintsShown === 0),
    solved: p.solved || correct,
  }));

export const withHint = (state: QuizState, id: string, hintCount: number): QuizState =>
  withProgress(state, id, (p) => ({ ...p, hintsShown: Math.min(hintCount, p.hintsShown + 1) }));

export const withCurrent = (state: QuizState, index: number, count: number): QuizState => ({
  ...state,
  current: Math.min(Math.max(0, index), Math.max(0, count - 1)),
});

export const withFinished = (state: QuizState): QuizState => ({ ...state, finished: true });

// Reading back: every field checked against the questions it belongs to.

const isRecord = (value: unknown): value is Record<string, unknown> =>
  typeof value === 'object' && value !== null && !Array.isArray(value);

const isCount = (value: unknown, max: number): value is number =>
  Number.isInteger(value) && (value as number) >= 0 && (value as number) <= max;

const isStringList = (value: unknown): value is string[] =>
  Array.isArray(value) && value.every((v) => typeof v === 'string');

/** The longest typed answer kept (the number box allows no more). */
export const MAX_ANSWER_LENGTH = 100;

function parseAnswer(value: unknown, question: Question): QuizAnswer | null | undefined {
  if (value === null) return null;
  if (!isRecord(value) || value.kind !== question.kind) return undefined;
  switch (question.kind) {
    case 'single': {
      const { choice } = value;
      return question.choices.some((c) => c.id === choice) && typeof choice === 'string'
        ? { kind: 'single', choice }
        : undefined;
    }
    case 'multiple': {
      const { choices } = value;
      const ids = new Set(question.choices.map((c) => c.id));
      return isStringList(choices) &&
        choices.every((c) => ids.has(c)) &&
        new Set(choices).size === choices.length
        ? { kind: 'multiple', choices: [...choices] }
        : undefined;
    }
    case 'matrix':
      return isCount(value.key, 10_000) ? { kind: 'matrix', key: value.key } : undefined;
    case 'order': {
      const { items } = value;
      const ids = question.items.map((i) => i.id);
      return isStringList(items) &&
        items.length === ids.length &&
        ids.every((id) => items.includes(id))
        ? { kind: 'order', items: [...items] }
        : undefined;
    }
    case 'number':
      return typeof value.text === 'string' && value.text.length <= MAX_ANSWER_LENGTH
        ? { kind: 'number', text: value.text }
        : undefined;
  }
}

function parseProgress(value: unknown, question: Question): QuestionProgress | undefined {
  if (!isRecord(value)) return undefined;
  const answer = parseAnswer(value.answer, question);
  const { checked, tries, hintsShown, firstTry, solved } = value;
  if (
    answer === undefined ||
    typeof checked !== 'boolean' ||
    !isCount(tries, Number.MAX_SAFE_INTEGER) ||
    !isCount(hintsShown, question.hints.length) ||
    !(firstTry === null || typeof firstTry === 'boolean') ||
    typeof solved !== 'boolean' ||
    // A first-try result exists exactly when there has been a try; solved needs a try too.
    (firstTry === null) !== (tries === 0) ||
    (solved && tries === 0) ||
    (firstTry === true && !solved)
  ) {
    return undefined;
  }
  return { answer, checked, tries, hintsShown, firstTry, solved };
}

/**
 * The saved quiz state if it is one this quiz wrote for these questions, else null.
 * Progress saved for a question the quiz no longer has is dropped.
 */
export function parseQuizState(value: unknown, questions: readonly Question[]): QuizState | null {
  if (!isRecord(value)) return null;
  // Version 1 had no shuffle: its answers are kept, and its orders follow seed 0.
  const shuffle = value.version === 1 ? UNSEEDED : parseShuffle(value.shuffle);
  if ((value.version !== 1 && value.version !== 2) || !shuffle) return null;
  const { current, finished, questions: saved } = value;
  if (!isCount(current, questions.length - 1) || typeof finished !== 'boolean') return null;
  if (!isRecord(saved)) return null;
  const parsed: Record<string, QuestionProgress> = {};
  for (const question of questions) {
    if (!Object.hasOwn(saved, question.id)) continue;
    const progress = parseProgress(saved[question.id], question);
    if (!progress) return null;
    parsed[question.id] = progress;
  }
  return { version: 2, shuffle, current, finished, questions: parsed };
}

function parseShuffle(value: unknown): QuizShuffle | null {
  if (!isRecord(value)) return null;
  const { seed, attempt } = value;
  return isCount(seed, 0xffffffff) && isCount(attempt, Number.MAX_SAFE_INTEGER)
    ? { seed, attempt }
    : null;
}
