// The one rule for what counts as done, read by the contents list, the overview, the quiz results
// and whatever later tells a course platform. Steps before the quiz are done once opened; the
// quiz's step is done once the quiz is finished; the lesson is passed when the quiz's first-try
// score reaches the manifest's pass mark. All of it is derived from the saved progress, so none of
// it is stored.
import type { LessonStep } from '../lessonSteps';
import type { Progress } from './progressStore';
import { quizScore } from '../quiz/quizScore';
import { parseQuizState } from '../quiz/quizState';
import type { Question } from '../quiz/quizTypes';

export interface CompletionRules {
  readonly stepCount: number;
  /** The step that holds the quiz: done when the quiz is finished, not when opened. */
  readonly quizStep: number;
  readonly questions: readonly Question[];
  /** The share of questions right first time needed to pass (the manifest's masteryScore). */
  readonly masteryScore: number;
}

/** What SCORM 1.2 calls incomplete, passed and failed ("not yet passed" on the page). */
export type LessonStatus = 'incomplete' | 'passed' | 'failed';

export interface LessonCompletion {
  readonly status: LessonStatus;
  /** Right first time as a percentage, 0 to 100; null until the quiz is finished. */
  readonly scorePercent: number | null;
  /** Steps done under the rule, in order. */
  readonly doneSteps: readonly number[];
}

export interface PassMark {
  /** The fewest questions right first time that pass. */
  readonly required: number;
  readonly total: number;
  /** The manifest's pass mark as a percentage, as authored (80 for 0.8). */
  readonly percent: number;
}

export interface QuizStanding {
  readonly state: 'not-started' | 'in-progress' | 'finished';
  /** Questions right first time so far. */
  readonly right: number;
  readonly total: number;
  /** Only a finished quiz can pass. */
  readonly passed: boolean;
  readonly passMark: PassMark;
}

// 0.8 × 15 is 12.000000000000002 in floating point; the pass mark is still 12.
const ROUNDING_SLACK = 1e-9;

export function passMarkOf(total: number, masteryScore: number): PassMark {
  return {
    required: Math.max(0, Math.ceil(masteryScore * total - ROUNDING_SLACK)),
    total,
    percent: Math.round(masteryScore * 10_000) / 100,
  };
}

/** Where the quiz stands, from its saved state; anything unreadable counts as not started. */
export function quizStanding(savedQuiz: unknown, rules: CompletionRules): QuizStanding {
  const passMark = passMarkOf(rules.questions.length, rules.masteryScore);
  const quiz = parseQuizState(savedQuiz, rules.questions);
  const right = quiz ? quizScore(rules.questions, quiz, []).right : 0;
  const started = quiz !== null && (quiz.current > 0 || Object.keys(quiz.questions).length > 0);
  const state = quiz?.finished ? 'finished' : started ? 'in-progress' : 'not-started';
  const passed = state === 'finished' && right >= passMark.required;
  return { state, right, total: rules.questions.length, passed, passMark };
}

/** The lesson's status, score and done steps, as a course platform would be told them. */
export function lessonCompletion(progress: Progress, rules: CompletionRules): LessonCompletion {
  const quiz = quizStanding(progress.quiz, rules);
  const finished = quiz.state === 'finished';
  const opened = progress.visited.filter(
    (step) => step !== rules.quizStep && step >= 1 && step <= rules.stepCount,
  );
  return {
    status: !finished ? 'incomplete' : quiz.passed ? 'passed' : 'failed',
    scorePercent:
      finished && quiz.total > 0 ? Math.round((quiz.right / quiz.total) * 10_000) / 100 : null,
    doneSteps: [...new Set(finished ? [...opened, rules.quizStep] : opened)].sort((a, b) => a - b),
  };
}

/** The step whose page holds the quiz figure. */
export function quizStepOf(lessonSteps: readonly LessonStep[]): number {
  const step = lessonSteps.find((s) =>
    s.blocks.some((b) => b.kind === 'figure' && b.id === 'quiz'),
  );
  if (!step) throw new Error('No step holds the quiz figure.');
  return step.number;
}

/** A lesson's rules: its steps, its quiz and the pass mark its manifest sets. */
export function completionRules(
  manifest: { readonly masteryScore: number },
  lessonSteps: readonly LessonStep[],
  questions: readonly Question[],
): CompletionRules {
  return {
    stepCount: lessonSteps.length,
    quizStep: quizStepOf(lessonSteps),
    questions,
    masteryScore: manifest.masteryScore,
  };
}
