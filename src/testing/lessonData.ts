// Component tests never race a timer for the lesson's lazy data. The word table loads while the
// test file is collected (a top-level await, which no test timeout bounds, however busy the
// machine), and a test that renders a figure awaits `wordTableShown()`, a promise, before it
// reads the figure's numbers.
import { tick } from 'svelte';
import { loadWordTable } from '../ui/state/wordTableLoader';

await loadWordTable();

/** Resolves once every figure rendered so far has received the word table and redrawn with it. */
export async function wordTableShown(): Promise<void> {
  // The figures asked for the table before this call did, so their callbacks run first.
  await loadWordTable();
  await tick();
}
