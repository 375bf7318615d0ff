// The learner's progress, shared by the shell and the figures that record progress (the quiz),
// saved on every change. Storage trouble is kept in `problem` for the shell to tell, once.
import { STEP_COUNT } from '../app/lesson';
import {
  createProgressStore,
  emptyProgress,
  withStep,
  withoutStep,
  type Progress,
  type StorageProblem,
} from '../app/progressStore';

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
  markVisited: (step: number) => {
    if (!progress.visited.includes(step)) {
      update((p) => ({ ...p, visited: withStep(p.visited, step) }));
    }
  },
  setCompleted: (step: number, done: boolean) => {
    update((p) => ({
      ...p,
      completed: done ? withStep(p.completed, step) : withoutStep(p.completed, step),
    }));
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
