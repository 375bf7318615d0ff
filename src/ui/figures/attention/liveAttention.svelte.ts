// The attention every figure shows: the word table (loaded on first use) and the learner's
// settings, run through the one lesson pipeline. Call it while a component initialises.
import { lessonAttention, type LessonAttention } from '../../../engine/lessonAttention';
import type { WordTable } from '../../../engine/wordFeatures';
import { attentionSettings as settings, temperatureOf } from './attentionSettings.svelte';
import { wordTableState } from './wordTableState.svelte';

export interface LiveAttention {
  readonly result: LessonAttention | null;
  readonly table: WordTable | null;
  readonly loadError: string | null;
  readonly temperature: number;
}

/** `sentence` overrides the learner's sentence (e.g. a shuffled copy); `causal` likewise. */
export function liveAttention(
  overrides: { sentence?: () => string; causal?: () => boolean } = {},
): LiveAttention {
  const wordTable = wordTableState();
  const table = $derived(wordTable.table);
  const loadError = $derived(wordTable.loadError);
  const temperature = $derived(temperatureOf(settings.sharpnessStep));
  const result = $derived(
    table
      ? lessonAttention(overrides.sentence?.() ?? settings.sentence, table, settings.rule, {
          causal: overrides.causal?.() ?? settings.causal,
          temperature,
        })
      : null,
  );
  return {
    get result() {
      return result;
    },
    get table() {
      return table;
    },
    get loadError() {
      return loadError;
    },
    get temperature() {
      return temperature;
    },
  };
}
