// The word table as reactive state: null until it has loaded, or the reason it could not.
import type { WordTable } from '../../engine/wordFeatures';
import { loadWordTable } from './wordTableLoader';

export interface WordTableState {
  readonly table: WordTable | null;
  readonly loadError: string | null;
}

/**
 * Starts loading the word table (once per page); call while a component initialises.
 *
 * When the table arrives, each caller receives it in a task of its own (a zero-delay timer), so
 * that the figures of a step compute and draw one after another, each in a short task, rather
 * than all together in one long task that keeps the page from answering.
 */
export function wordTableState(): WordTableState {
  let table = $state<WordTable | null>(null);
  let loadError = $state<string | null>(null);
  loadWordTable().then(
    (loaded) => {
      setTimeout(() => {
        table = loaded;
      }, 0);
    },
    (error: unknown) => {
      loadError = String(error);
    },
  );
  return {
    get table() {
      return table;
    },
    get loadError() {
      return loadError;
    },
  };
}
