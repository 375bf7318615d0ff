// Every message the app shell shows about its own state, in one place.
import { MAX_TOKENS } from '../engine/tokenize';
import type { StorageProblem } from './progress/progressStore';

export const storageMessages: Record<StorageProblem, string> = {
  unavailable:
    'This browser is not letting the lesson save your progress, so it will be forgotten when you leave. Everything else works as usual.',
  unreadable:
    'Your saved progress could not be read, so the lesson has started afresh. Everything else works as usual.',
  full: 'Your browser’s storage is full, so new progress is not being saved. Everything else works as usual.',
};

export const notFoundMessage = (hash: string) =>
  `There is no page at “${hash}”. Choose a step from the list, or go back to the overview.`;

/** What the page and the command line say about a sentence before showing its matrix. */
export function inputProblems(result: {
  readonly tokens: readonly unknown[];
  readonly droppedTokens: number;
  readonly ignored: readonly string[];
  readonly embeddings: readonly { readonly known: boolean; readonly word: string }[];
}): string[] {
  const problems: string[] = [];
  if (result.tokens.length === 0) {
    problems.push(
      result.ignored.length > 0
        ? `The sentence has no words to attend to (ignored: ${result.ignored.join(' ')}). Type at least one word.`
        : 'The sentence is empty. Type at least one word.',
    );
    return problems;
  }
  if (result.droppedTokens > 0) {
    problems.push(
      `Only the first ${MAX_TOKENS} words are used; the last ${result.droppedTokens} were left out.`,
    );
  }
  if (result.ignored.length > 0) {
    problems.push(`Not words, so left out: ${result.ignored.join(' ')}`);
  }
  const unknown = [...new Set(result.embeddings.filter((e) => !e.known).map((e) => e.word))];
  if (unknown.length > 0) {
    problems.push(
      `Not in the corpus word list, so given the profile of rare words (marked *): ${unknown.join(', ')}`,
    );
  }
  return problems;
}

/** What a figure says while the corpus word list loads, or when it cannot. */
export const wordListMessages = {
  loading: 'Loading the corpus word list…',
  /** Read by screen readers after a word marked *, the mark every figure uses. */
  notInWordList: '(not in the word list)',
  failed: (reason: string) =>
    `The word list could not load (${reason}). Reloading the page may help.`,
};
