// The learner's progress, shared by the shell and the figures that record progress (the quiz),
// saved on every change. Storage trouble goes to `storageNotices`, told once per kind. What
// counts as done is not stored: `completion` and `quiz` derive it by the one rule in completion.ts.
import {
  completionRules,
  lessonCompletion,
  quizStanding,
  quizStepOf,
  type CompletionRules,
  type LessonCompletion,
  type QuizStanding,
} from '../../app/progress/completion';
import { lesson, steps, STEP_COUNT } from '../../app/lesson';
import { afterFirstPaint } from '../figureTurns';
import { progressStorageMessage } from '../../app/messages';
import {
  createProgressStore,
  emptyProgress,
  withStep,
  type Progress,
} from '../../app/progress/progressStore';
import { storageNotices } from './storageNotices.svelte';

/** The step whose page holds the quiz. */
export const quizStep = quizStepOf(steps);

// The rules need the quiz's questions, which are most of the quiz's text: they load just after
// the page is painted, not with it, so the first load stays small and the first screen waits for
// no other file. Until then completion and quiz are null.
let rules = $state<CompletionRules | null>(null);
void afterFirstPaint()
  .then(() => import('../../../content/self-attention/quiz'))
  .then(({ quizQuestions }) => {
    rules = completionRules(lesson, steps, quizQuestions);
  });

const store = createProgressStore(() => window.localStorage, STEP_COUNT);

let progress = $state<Progress>(store.load());

function update(change: (before: Progress) => Progress) {
  progress = change(progress);
  store.save($state.snapshot(progress));
  tellProblems();
}

function tellProblems() {
  for (const problem of store.problems) storageNotices.tell(progressStorageMessage(problem));
}
tellProblems();

export const lessonProgress = {
  get current(): Progress {
    return progress;
  },
  /** Null for the moment until the quiz's questions have loaded. */
  get completion(): LessonCompletion | null {
    return rules && lessonCompletion(progress, rules);
  },
  /** Null for the moment until the quiz's questions have loaded. */
  get quiz(): QuizStanding | null {
    return rules && quizStanding(progress.quiz, rules);
  },
  markVisited: (step: number) => {
    if (!progress.visited.includes(step)) {
      update((p) => ({ ...p, visited: withStep(p.visited, step) }));
    }
  },
  /** The quiz's own saved state; the quiz checks its shape when it reads it back. */
  setQuiz: (quiz: unknown) => {
    update((p) => ({ ...p, quiz }));
  },
  /** Replaces the progress with what a course platform kept (the course package's resume). */
  restore: (saved: Progress) => {
    update(() => saved);
  },
  reset: () => {
    store.reset();
    progress = emptyProgress;
    tellProblems();
  },
};
