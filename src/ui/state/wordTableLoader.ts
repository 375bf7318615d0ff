// The corpus word table (about 65 kB gzip) loads when a figure first needs it, not on first paint.
import { parseWordTable, type WordTable } from '../../engine/wordFeatures';

let pending: Promise<WordTable> | undefined;

export function loadWordTable(): Promise<WordTable> {
  pending ??= import('../../data/word-classes.json').then((module) =>
    parseWordTable(module.default),
  );
  // A failed load may be a passing network fault: let the next call try again.
  pending.catch(() => (pending = undefined));
  return pending;
}
