// Every message the app shell shows about its own state, in one place.
import type { StorageProblem } from './progressStore';

export const storageMessages: Record<StorageProblem, string> = {
  unavailable:
    'This browser is not letting the lesson save your progress, so it will be forgotten when you leave. Everything else works as usual.',
  unreadable:
    'Your saved progress could not be read, so the lesson has started afresh. Everything else works as usual.',
  full: 'Your browser’s storage is full, so new progress is not being saved. Everything else works as usual.',
};

export const notFoundMessage = (hash: string) =>
  `There is no page at “${hash}”. Choose a step from the list, or go back to the overview.`;
