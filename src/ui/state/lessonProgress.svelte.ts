// The learner's progress, shared by the shell and the figures that record progress (the quiz),
// saved on every change. Storage trouble is kept in `problem` for the shell to tell, once. What
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
import {
  createProgressStore,
  emptyProgress,
  withStep,
  type Progress,
  type StorageProblem,
} from '../../app/progress/progressStore';

/** The step whose page holds the quiz. */
export const quizStep = quizStepOf(steps);

// The rules need the quiz's questions, which are most of the quiz's text: they load just after
// the page, not with it, so the first load stays small. Until then completion and quiz are null.
let rules = $state<CompletionRules | null>(null);
void import('../../../content/self-attention/quiz').then(({ quizQuestions }) => {
  rules = completionRules(lesson, steps, quizQuestions);
});

const store = createProgressStore(() => window.localStorage, STEP_COUNT);

let progress = $state<Progress>(store.load());
let problem = $state<StorageProblem | null>(store.problem);

function update(change: (before: Progress) => Progress) {
  progress = change(progress);
  store.save($state.snapshot(progress));
  problem = store.problem;
}

export const lessonProgress = {
  get current(): Progress {
    return progress;
  },
  get problem(): StorageProblem | null {
    return problem;
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
  reset: () => {
    store.reset();
    progress = emptyProgress;
    problem = store.problem;
  },
};
