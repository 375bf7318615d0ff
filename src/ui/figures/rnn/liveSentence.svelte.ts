// The sentence the RNN figures read: the learner's (Step 5's box), embedded as word-class shares
// once the corpus word table has loaded, or "The cat sat down" when it has no words.
import { embedSentence, type EmbeddedSentence } from '../../../engine/embedSentence';
import { shortenForEcho } from '../../../app/messages';
import { lessonSettings } from '../../state/lessonSettings.svelte';
import { wordTableState } from '../../state/wordTableState.svelte';
import { FALLBACK_SENTENCE } from './rnnSettings.svelte';

export interface LiveSentence {
  /** The words and their embeddings; null until the word table has loaded. */
  readonly embedded: EmbeddedSentence | null;
  /** The text those words come from. */
  readonly sentence: string;
  /** True when the learner's sentence had no words and FALLBACK_SENTENCE stands in. */
  readonly fallback: boolean;
  readonly loadError: string | null;
}

/** Call while a component initialises. */
export function liveSentence(): LiveSentence {
  const wordTable = wordTableState();
  const table = $derived(wordTable.table);
  const loadError = $derived(wordTable.loadError);
  const own = $derived(table ? embedSentence(lessonSettings.sentence, table) : null);
  const fallback = $derived(own?.tokens.length === 0);
  const embedded = $derived(
    table && own ? (fallback ? embedSentence(FALLBACK_SENTENCE, table) : own) : null,
  );
  return {
    get embedded() {
      return embedded;
    },
    get sentence() {
      return fallback ? FALLBACK_SENTENCE : shortenForEcho(lessonSettings.sentence);
    },
    get fallback() {
      return fallback;
    },
    get loadError() {
      return loadError;
    },
  };
}
