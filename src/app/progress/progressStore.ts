// Remembers the learner's progress across reloads, under a versioned key. Storage that is blocked,
// full or holding garbage never breaks the lesson: the store keeps working in memory and reports
// the problem once, so the page can say so.

export const PROGRESS_KEY = 'self-attention-lesson/progress/v1';

// Only what the learner did is kept: which steps they opened, and the quiz. What counts as done is
// derived from these (src/app/progress/completion.ts). Progress saved before that rule also holds a
// `completed` list; it still loads, and the list is ignored.
export interface Progress {
  readonly visited: readonly number[];
  /** Owned by the quiz; kept as given, checked by the quiz itself. */
  readonly quiz: unknown;
}

export type StorageProblem = 'unavailable' | 'unreadable' | 'full';

export const emptyProgress: Progress = { visited: [], quiz: null };

export interface ProgressStore {
  load(): Progress;
  save(progress: Progress): void;
  reset(): void;
  /** The first problem met, if any; later problems do not replace it, so it is told once. */
  readonly problem: StorageProblem | null;
}

/** `getStorage` may throw (a browser that blocks storage throws on `window.localStorage`). */
export function createProgressStore(getStorage: () => Storage, stepCount: number): ProgressStore {
  let problem: StorageProblem | null = null;
  const report = (found: StorageProblem) => {
    problem ??= found;
  };
  const storage = (): Storage | null => {
    try {
      return getStorage();
    } catch {
      report('unavailable');
      return null;
    }
  };

  return {
    get problem() {
      return problem;
    },
    load() {
      const store = storage();
      if (!store) return emptyProgress;
      let raw: string | null;
      try {
        raw = store.getItem(PROGRESS_KEY);
      } catch {
        report('unavailable');
        return emptyProgress;
      }
      if (raw === null) return emptyProgress;
      const progress = parseProgress(raw, stepCount);
      if (!progress) report('unreadable');
      return progress ?? emptyProgress;
    },
    save(progress) {
      const store = storage();
      if (!store) return;
      try {
        store.setItem(PROGRESS_KEY, JSON.stringify({ version: 1, ...progress }));
      } catch (error) {
        report(isQuotaError(error) ? 'full' : 'unavailable');
      }
    },
    reset() {
      try {
        storage()?.removeItem(PROGRESS_KEY);
      } catch {
        report('unavailable');
      }
    },
  };
}

/** Returns null for anything that is not progress this version wrote. */
export function parseProgress(raw: string, stepCount: number): Progress | null {
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return null;
  }
  if (typeof value !== 'object' || value === null) return null;
  const record = value as Record<string, unknown>;
  if (record.version !== 1) return null;
  const visited = stepList(record.visited, stepCount);
  if (!visited) return null;
  return { visited, quiz: record.quiz ?? null };
}

function stepList(value: unknown, stepCount: number): number[] | null {
  if (!Array.isArray(value)) return null;
  const steps = value.filter(
    (step): step is number => Number.isInteger(step) && step >= 1 && step <= stepCount,
  );
  if (steps.length !== value.length) return null;
  return [...new Set(steps)].sort((a, b) => a - b);
}

function isQuotaError(error: unknown): boolean {
  return error instanceof DOMException && error.name === 'QuotaExceededError';
}

export function withStep(list: readonly number[], step: number): number[] {
  return list.includes(step) ? [...list] : [...list, step].sort((a, b) => a - b);
}
