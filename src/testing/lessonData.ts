// Component tests never race a timer for the lesson's lazy data. The word table loads while the
// test file is collected (a top-level await, which no test timeout bounds, however busy the
// machine), and a test that renders a figure awaits `wordTableShown()`, a promise, before it
// reads the figure's numbers.
import { tick } from 'svelte';
import { turnsTaken } from '../ui/figureTurns';
import { loadWordTable } from '../ui/state/wordTableLoader';

await loadWordTable();

/** Resolves once every figure rendered so far has received the word table and redrawn with it. */
export async function wordTableShown(): Promise<void> {
  // The figures asked for the table before this call did, so their callbacks run first. Each
  // figure receives it in a task of its own (wordTableState), and builds its parts one turn at a
  // time after that (InOwnTurn): wait for the table, then for every turn.
  await loadWordTable();
  await nextTask();
  await tick();
  await turnsTaken();
  await tick();
}

/** Resolves after the tasks already queued (zero-delay timers run in the order they were set). */
export function nextTask(): Promise<void> {
  return new Promise((resolve) => setTimeout(resolve, 0));
}
