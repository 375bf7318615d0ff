// Every message the app shell shows about its own state, in one place.
import { MAX_TOKENS } from '../engine/tokenize';
import type { StorageProblem } from './progress/progressStore';
import { MAX_SAVED_SENTENCE } from './progress/savedJson';
import type { SettingsProblem } from './progress/settingsStore';

// Each sentence says what was not saved and what is kept; `unavailable` covers everything saved.
export const storageMessages = {
  unavailable:
    'This browser is not letting the lesson save your progress or settings, so they will be forgotten when you leave. Everything else works as usual.',
  progress: {
    unreadable:
      'Your saved progress could not be read, so the lesson has started afresh. Everything else works as usual.',
    full: 'Your browser’s storage is full, so new progress is not being saved. Everything else works as usual.',
  },
  settings: {
    unreadable:
      'Your saved sentence and settings could not all be read, so the lesson’s own are used where they could not. Everything else works as usual.',
    full: 'Your browser’s storage is full, so your sentence and settings are not being saved: they stay on the page until you leave.',
    sentenceTooLong: `Your sentence is longer than ${MAX_SAVED_SENTENCE.toLocaleString('en')} characters, so it is not saved: it stays on the page until you leave, and a reload brings back the last sentence saved.`,
  },
} as const;

export const progressStorageMessage = (problem: StorageProblem): string =>
  problem === 'unavailable' ? storageMessages.unavailable : storageMessages.progress[problem];

export const settingsStorageMessage = (problem: SettingsProblem): string =>
  problem === 'unavailable' ? storageMessages.unavailable : storageMessages.settings[problem];

export const notFoundMessage = (hash: string) =>
  `There is no page at “${hash}”. Choose a step from the list, or go back to the overview.`;

/** Longest echo of the learner's text the page writes out, in characters (code points). */
export const ECHO_LIMIT = 200;
/** Longest single word a note quotes, in characters. */
const WORD_ECHO_LIMIT = 40;
/** Most words a note lists; the rest are counted. */
const LIST_LIMIT = 20;

/**
 * The learner's text as the page echoes it: trimmed, and cut with "…" beyond `limit` characters
 * (never inside a surrogate pair), so a pasted book is not written out again.
 * @example shortenForEcho(' The cat sat down ') // 'The cat sat down'
 */
export function shortenForEcho(text: string, limit = ECHO_LIMIT): string {
  // Two code units per character at most, so this slice holds `limit + 1` characters if there are.
  const head = Array.from(text.trim().slice(0, 2 * limit + 2));
  return head.length > limit ? `${head.slice(0, limit).join('').trimEnd()}…` : head.join('');
}

/** Each word once, in order, long ones shortened, at most LIST_LIMIT and then a count of the rest. */
export function listOnce(words: readonly string[], separator = ', '): string {
  const distinct = [...new Set(words)];
  const shown = distinct.slice(0, LIST_LIMIT).map((w) => shortenForEcho(w, WORD_ECHO_LIMIT));
  const rest = distinct.length - shown.length;
  return rest > 0 ? `${shown.join(separator)}${separator}and ${rest} more` : shown.join(separator);
}

/** What the page and the command line say about a sentence before showing its matrix. */
export function inputProblems(result: {
  readonly tokens: readonly unknown[];
  readonly truncated: boolean;
  readonly ignored: readonly string[];
  readonly embeddings: readonly { readonly known: boolean; readonly word: string }[];
}): string[] {
  const problems: string[] = [];
  if (result.tokens.length === 0) {
    problems.push(
      result.ignored.length > 0
        ? `The sentence has no words to attend to (ignored: ${listOnce(result.ignored, ' ')}). Type at least one word.`
        : 'The sentence is empty. Type at least one word.',
    );
    return problems;
  }
  if (result.truncated) {
    problems.push(
      `Only the first ${MAX_TOKENS} words are used; the rest of the text was left out.`,
    );
  }
  if (result.ignored.length > 0) {
    problems.push(`Not words, so left out: ${listOnce(result.ignored, ' ')}`);
  }
  const unknown = result.embeddings.filter((e) => !e.known).map((e) => e.word);
  if (unknown.length > 0) {
    problems.push(
      `Not in the corpus word list, so given the profile of rare words (marked *): ${listOnce(unknown)}`,
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

/** Said once when a paste or an edit went past the lesson's limit and the box cut it. */
export const sentenceCutMessage = (keptCharacters: number): string =>
  `The text had more than ${MAX_TOKENS} words, so the box keeps only the first ${MAX_TOKENS} (${keptCharacters.toLocaleString('en')} characters); the rest was removed.`;

/** The notice that a new version of the lesson is installed and waits for a reload. */
export const updateMessages = {
  ready: 'The lesson has been updated. Reload the page to use the new version.',
  reload: 'Reload',
} as const;
