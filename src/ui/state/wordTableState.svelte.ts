// The word table as reactive state: null until it has loaded, or the reason it could not.
import type { WordTable } from '../../engine/wordFeatures';
import { loadWordTable } from './wordTableLoader';

export interface WordTableState {
  readonly table: WordTable | null;
  readonly loadError: string | null;
}

/** Starts loading the word table (once per page); call while a component initialises. */
export function wordTableState(): WordTableState {
  let table = $state<WordTable | null>(null);
  let loadError = $state<string | null>(null);
  loadWordTable().then(
    (loaded) => {
      table = loaded;
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
