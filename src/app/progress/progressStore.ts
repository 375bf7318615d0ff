// Remembers the learner's progress across reloads, under a versioned key. Storage that is blocked,
// full, missing or holding garbage never breaks the lesson: the store keeps working in memory and
// reports each kind of problem once, so the page can say so.
import { problemList, storageOrNull } from './storageAccess';
import { parseSavedJson } from './savedJson';

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

/** Longer saved progress is unreadable: a finished quiz takes about 3,000 characters. */
export const MAX_PROGRESS_LENGTH = 100_000;

export interface ProgressStore {
  load(): Progress;
  save(progress: Progress): void;
  reset(): void;
  /** Each kind of problem met, in the order met, once, so each is told once. */
  readonly problems: readonly StorageProblem[];
}

/** Storage that throws or is null is reported as unavailable (see storageAccess.ts). */
export function createProgressStore(getStorage: () => Storage, stepCount: number): ProgressStore {
  const { problems, report } = problemList<StorageProblem>();
  const storage = storageOrNull(getStorage, () => {
    report('unavailable');
  });

  return {
    get problems() {
      return problems;
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
  const value = parseSavedJson(raw, MAX_PROGRESS_LENGTH);
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

export function isQuotaError(error: unknown): boolean {
  // Firefox before version 88 named it differently.
  return (
    error instanceof DOMException &&
    (error.name === 'QuotaExceededError' || error.name === 'NS_ERROR_DOM_QUOTA_REACHED')
  );
}

export function withStep(list: readonly number[], step: number): number[] {
  return list.includes(step) ? [...list] : [...list, step].sort((a, b) => a - b);
}
