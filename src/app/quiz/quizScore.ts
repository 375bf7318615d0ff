// The score counts first tries only: right at the first check, with no hint shown before it.
import { progressOf } from './quizState';
import type { Question, QuizState } from './quizTypes';
import { stepHash } from '../router';

export interface Objective {
  readonly id: string;
  readonly text: string;
  readonly taughtInSteps: readonly number[];
}

export interface ObjectiveMastery {
  readonly objective: Objective;
  readonly right: number;
  readonly total: number;
  /** Questions on this objective not right first time, in quiz order. */
  readonly missed: readonly Question[];
}

export interface QuizScore {
  readonly right: number;
  readonly total: number;
  /** Every objective that has questions, in the manifest's order. */
  readonly objectives: readonly ObjectiveMastery[];
}

export const rightFirstTime = (state: QuizState, question: Question): boolean =>
  progressOf(state, question.id).firstTry === true;

export function quizScore(
  questions: readonly Question[],
  state: QuizState,
  objectives: readonly Objective[],
): QuizScore {
  const mastery = objectives
    .map((objective) => {
      const asked = questions.filter((q) => q.objective === objective.id);
      const missed = asked.filter((q) => !rightFirstTime(state, q));
      return { objective, right: asked.length - missed.length, total: asked.length, missed };
    })
    .filter((entry) => entry.total > 0);
  return {
    right: questions.filter((q) => rightFirstTime(state, q)).length,
    total: questions.length,
    objectives: mastery,
  };
}

export interface StepLink {
  readonly number: number;
  readonly title: string;
  readonly hash: string;
}

export interface ReviewItem {
  readonly objective: Objective;
  readonly missed: readonly Question[];
  readonly steps: readonly StepLink[];
}

/** For each objective with a miss, the steps that teach it, as links. */
export function reviewList(
  score: QuizScore,
  steps: readonly { readonly number: number; readonly slug: string; readonly title: string }[],
): ReviewItem[] {
  return score.objectives
    .filter((entry) => entry.missed.length > 0)
    .map(({ objective, missed }) => ({
      objective,
      missed,
      steps: objective.taughtInSteps.flatMap((n) => {
        const step = steps.find((s) => s.number === n);
        return step ? [{ number: step.number, title: step.title, hash: stepHash(step) }] : [];
      }),
    }));
}
