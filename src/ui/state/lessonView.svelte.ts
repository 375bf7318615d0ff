// The lesson's live view: the word table (loaded on first use) and the learner's settings, run
// through the one lesson pipeline, with what every figure reads from it derived once here: the
// head, the words, which words are known, what is wrong with the input, and the chosen query
// clamped to the sentence. Call it while a component initialises.
import { inputProblems } from '../../app/messages';
import type { HeadAttention } from '../../engine/attention';
import { lessonAttention, type LessonAttention } from '../../engine/lessonAttention';
import type { WordTable } from '../../engine/wordFeatures';
import { lessonSettings as settings, temperatureOf } from './lessonSettings.svelte';
import { wordTableState } from './wordTableState.svelte';

export interface LessonView {
  /** The sentence's whole computation; null until the word table has loaded. */
  readonly result: LessonAttention | null;
  readonly table: WordTable | null;
  readonly loadError: string | null;
  readonly temperature: number;
  /** The one head the figures show (result.head). */
  readonly head: HeadAttention | null;
  readonly words: readonly string[];
  readonly known: readonly boolean[];
  /** What the page says about the sentence before showing its numbers. */
  readonly problems: readonly string[];
  /** Whether the weights shown were computed with the causal mask (the result's own flag). */
  readonly causal: boolean;
  /** The learner's chosen query row, clamped to the sentence's tokens. */
  readonly query: number;
}

/** `sentence` overrides the learner's sentence (e.g. a shuffled copy). */
export function lessonView(overrides: { sentence?: () => string } = {}): LessonView {
  const wordTable = wordTableState();
  const table = $derived(wordTable.table);
  const temperature = $derived(temperatureOf(settings.sharpnessStep));
  const result = $derived(
    table
      ? lessonAttention(overrides.sentence?.() ?? settings.sentence, table, settings.rule, {
          causal: settings.causal,
          temperature,
        })
      : null,
  );
  const words = $derived(result?.words ?? []);
  const problems = $derived(result ? inputProblems(result) : []);
  const query = $derived(Math.min(settings.selectedQuery, Math.max(0, words.length - 1)));
  return {
    get result() {
      return result;
    },
    get table() {
      return table;
    },
    get loadError() {
      return wordTable.loadError;
    },
    get temperature() {
      return temperature;
    },
    get head() {
      return result?.head ?? null;
    },
    get words() {
      return words;
    },
    get known() {
      return result?.known ?? [];
    },
    get problems() {
      return problems;
    },
    get causal() {
      return result?.attention.causal ?? settings.causal;
    },
    get query() {
      return query;
    },
  };
}
