// The learner's progress, shared by the shell and the figures that record progress (the quiz),
// saved on every change. Storage trouble is kept in `problem` for the shell to tell, once. What
// counts as done is not stored: `completion` and `quiz` derive it by the one rule in completion.ts.
import { quizQuestions } from '../../content/self-attention/quiz';
import {
  completionRules,
  lessonCompletion,
  quizStanding,
  type LessonCompletion,
  type QuizStanding,
} from '../app/completion';
import { lesson, steps, STEP_COUNT } from '../app/lesson';
import {
  createProgressStore,
  emptyProgress,
  withStep,
  type Progress,
  type StorageProblem,
} from '../app/progressStore';

/** This lesson's completion rules: its steps, its quiz and its manifest's pass mark. */
export const lessonRules = completionRules(lesson, steps, quizQuestions);

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
  get completion(): LessonCompletion {
    return lessonCompletion(progress, lessonRules);
  },
  get quiz(): QuizStanding {
    return quizStanding(progress.quiz, lessonRules);
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
