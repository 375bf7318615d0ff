// Progress as cmi.suspend_data: the steps opened and the quiz's state, nothing else (the learner's
// sentence and settings stay in this browser). SCORM 1.2 allows 4,096 characters, so the quiz is
// written as arrays, not as the objects it keeps in storage:
//   [1, [steps opened], [seed, attempt, current, finished, {question id: [answer, checked, tries,
//    hints shown, first try, solved]}] or null]
// Reading back checks each part on its own: a broken part is dropped and named, the rest is kept.
import type { Progress } from '../progress/progressStore';
import { parseSavedJson } from '../progress/savedJson';
import { parseQuizState } from '../quiz/quizState';
import type { Question, QuestionProgress, QuizAnswer, QuizState } from '../quiz/quizTypes';
import { SUSPEND_DATA_LIMIT } from './scorm12Values';

const VERSION = 1;

/** A part of the suspend data that could not be read back, and so was left out. */
export type SuspendDataProblem = 'unreadable' | 'steps' | 'quiz';

export interface DecodedSuspendData {
  readonly progress: Progress;
  readonly problems: readonly SuspendDataProblem[];
}

type AnswerValue = string | number | readonly string[] | null;

function answerValue(answer: QuizAnswer | null): AnswerValue {
  if (answer === null) return null;
  switch (answer.kind) {
    case 'single':
      return answer.choice;
    case 'multiple':
      return answer.choices;
    case 'matrix':
      return answer.key;
    case 'order':
      return answer.items;
    case 'number':
      return answer.text;
  }
}

/** The answer in the quiz's own shape, for parseQuizState to check. */
function answerOf(value: unknown, question: Question): unknown {
  if (value === null) return null;
  switch (question.kind) {
    case 'single':
      return { kind: 'single', choice: value };
    case 'multiple':
      return { kind: 'multiple', choices: value };
    case 'matrix':
      return { kind: 'matrix', key: value };
    case 'order':
      return { kind: 'order', items: value };
    case 'number':
      return { kind: 'number', text: value };
  }
}

const bit = (flag: boolean) => (flag ? 1 : 0);

function encodeQuestion(p: QuestionProgress) {
  return [
    answerValue(p.answer),
    bit(p.checked),
    p.tries,
    p.hintsShown,
    p.firstTry === null ? null : bit(p.firstTry),
    bit(p.solved),
  ];
}

/** The progress as suspend data; `quiz` is the quiz's state, checked against its questions. */
export function encodeSuspendData(progress: Progress, questions: readonly Question[]): string {
  const quiz = parseQuizState(progress.quiz, questions);
  const quizPart = quiz && [
    quiz.shuffle.seed,
    quiz.shuffle.attempt,
    quiz.current,
    bit(quiz.finished),
    Object.fromEntries(Object.entries(quiz.questions).map(([id, p]) => [id, encodeQuestion(p)])),
  ];
  return JSON.stringify([VERSION, progress.visited, quizPart]);
}

const flag = (value: unknown): unknown => (value === 0 ? false : value === 1 ? true : value);

function decodeQuiz(value: unknown, questions: readonly Question[]): QuizState | null {
  if (!Array.isArray(value) || value.length !== 5) return null;
  const [seed, attempt, current, finished, saved] = value as unknown[];
  if (typeof saved !== 'object' || saved === null || Array.isArray(saved)) return null;
  const record = saved as Record<string, unknown>;
  const answered: Record<string, unknown> = {};
  for (const question of questions) {
    if (!Object.hasOwn(record, question.id)) continue;
    const entry = record[question.id];
    if (!Array.isArray(entry) || entry.length !== 6) return null;
    const [answer, checked, tries, hintsShown, firstTry, solved] = entry as unknown[];
    answered[question.id] = {
      answer: answerOf(answer, question),
      checked: flag(checked),
      tries,
      hintsShown,
      firstTry: flag(firstTry),
      solved: flag(solved),
    };
  }
  return parseQuizState(
    {
      version: 2,
      shuffle: { seed, attempt },
      current,
      finished: flag(finished),
      questions: answered,
    },
    questions,
  );
}

function decodeSteps(value: unknown, stepCount: number): number[] | null {
  if (!Array.isArray(value)) return null;
  const steps = value.filter(
    (step): step is number => Number.isInteger(step) && step >= 1 && step <= stepCount,
  );
  return steps.length === value.length ? [...new Set(steps)].sort((a, b) => a - b) : null;
}

/** Empty data is a first launch: nothing to restore, nothing wrong. */
export function decodeSuspendData(
  data: string,
  questions: readonly Question[],
  stepCount: number,
): DecodedSuspendData {
  const empty: Progress = { visited: [], quiz: null };
  if (data === '') return { progress: empty, problems: [] };
  const value = parseSavedJson(data, SUSPEND_DATA_LIMIT);
  if (!Array.isArray(value) || value.length !== 3 || value[0] !== VERSION) {
    return { progress: empty, problems: ['unreadable'] };
  }
  const problems: SuspendDataProblem[] = [];
  const visited = decodeSteps(value[1], stepCount);
  if (!visited) problems.push('steps');
  const quiz = value[2] === null ? null : decodeQuiz(value[2], questions);
  if (value[2] !== null && !quiz) problems.push('quiz');
  return { progress: { visited: visited ?? [], quiz }, problems };
}
