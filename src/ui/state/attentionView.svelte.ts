// A live attention view: the word table (loaded on first use) and a set of dials (the learner's
// settings, or an <attention-matrix> element's own) run through the one lesson pipeline, with
// what every figure reads from it derived once here: the head, the words, which words are known,
// what is wrong with the input, and the chosen query clamped to the sentence. Call it while a
// component initialises.
//
// With `offMainThread`, a sentence of more than SYNC_TOKEN_LIMIT tokens is computed in a worker
// (latest wins), and the view keeps showing the last result until the new one arrives: at 512
// tokens one computation takes tens of milliseconds, too long for each key press. Short
// sentences stay on this thread so the table follows every key at once.
import { inputProblems } from '../../app/messages';
import { TABLE_TOKEN_LIMIT } from '../../app/tableLimit';
import type { HeadAttention } from '../../engine/attention';
import { embedSentence, type EmbeddedSentence } from '../../engine/embedSentence';
import { ruleAttention, withAttention, type LessonAttention } from '../../engine/lessonAttention';
import type { WordTable } from '../../engine/wordFeatures';
import type { AttentionRule } from '../../engine/attentionRule';
import { cellPixelsFor, type WeightPixels } from '../widgets/weightPixels';
import { latestWins } from './latestWins';
import type { RowSummaries } from './ruleAttentionJob';
import { workerRunner, type AttentionRunner } from './ruleAttentionRunner';
import { temperatureOf } from '../../app/attentionDefaults';
import { wordTableState } from './wordTableState.svelte';

/** Up to this many tokens the view computes on the main thread, at once (the table's limit). */
export const SYNC_TOKEN_LIMIT = TABLE_TOKEN_LIMIT;

export interface LessonView {
  /** The sentence's whole computation; null until the word table has loaded. */
  readonly result: LessonAttention | null;
  /** The sentence `result` was computed from (it lags the learner's while a worker computes). */
  readonly renderedSentence: string | null;
  /** The head's weights as heatmap pixels, if the worker painted them (long sentences only). */
  readonly heatmapPixels: WeightPixels | null;
  /** Each row's top-keys line, if the worker wrote them (long sentences only). */
  readonly rowSummaries: RowSummaries | null;
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

interface Shown {
  readonly sentence: string;
  readonly result: LessonAttention;
  readonly pixels?: WeightPixels;
  readonly summaries?: RowSummaries;
}

interface Job {
  readonly sentence: string;
  readonly embedded: EmbeddedSentence;
  readonly rule: AttentionRule;
  readonly causal: boolean;
  readonly temperature: number;
}

/** The dials a view reads: the lesson's saved settings, or an element's own. */
export interface ViewSettings {
  readonly sentence: string;
  /** Index into SHARPNESS_STEPS. */
  readonly sharpnessStep: number;
  readonly causal: boolean;
  readonly rule: AttentionRule;
  /** The chosen query row (clamped to the sentence here). */
  readonly selectedQuery: number;
}

export interface ViewOptions {
  sentence?: () => string;
  offMainThread?: boolean;
  runner?: AttentionRunner;
}

/**
 * `settings` is reactive state, read inside deriveds. `sentence` overrides its sentence (e.g. a
 * shuffled copy); `offMainThread` computes long sentences in a worker (`runner` replaces the
 * worker, e.g. in tests).
 */
export function attentionView(settings: ViewSettings, overrides: ViewOptions = {}): LessonView {
  const wordTable = wordTableState();
  const table = $derived(wordTable.table);
  const temperature = $derived(temperatureOf(settings.sharpnessStep));
  const sentence = $derived(overrides.sentence?.() ?? settings.sentence);
  const embedded = $derived(table ? embedSentence(sentence, table) : null);
  const here = $derived(
    !overrides.offMainThread || (embedded?.tokens.length ?? 0) <= SYNC_TOKEN_LIMIT,
  );
  const computedHere = $derived<Shown | null>(
    embedded && here
      ? {
          sentence,
          result: withAttention(
            embedded,
            ruleAttention(embedded.x, settings.rule, { causal: settings.causal, temperature }),
          ),
        }
      : null,
  );
  let fromWorker = $state.raw<Shown | null>(null);
  let workerError = $state<string | null>(null);
  if (overrides.offMainThread) {
    const jobs = latestWins<Job, Shown>(
      async (job) => {
        const { attention, pixels, summaries } = await (overrides.runner ?? defaultRunner())({
          x: job.embedded.x,
          rule: job.rule,
          causal: job.causal,
          temperature: job.temperature,
          // The heatmap's pixels are painted there too, the other large part of an update.
          cell: cellPixelsFor(job.embedded.tokens.length),
          // And the read-out's line for every row, 512 rankings of 512 keys.
          words: job.embedded.tokens.map((t) => t.text),
        });
        const result = withAttention(job.embedded, attention);
        return {
          sentence: job.sentence,
          result,
          ...(pixels ? { pixels } : {}),
          ...(summaries ? { summaries } : {}),
        };
      },
      (shownNow) => {
        fromWorker = shownNow;
      },
      (error) => {
        workerError = String(error);
      },
    );
    $effect(() => {
      if (!embedded || here) {
        // A result computed here is newer than anything the worker is still working on.
        jobs.cancel();
        fromWorker = null;
        return;
      }
      jobs.submit({
        sentence,
        embedded,
        // A plain copy: the settings' reactive proxy cannot be posted to a worker.
        rule: $state.snapshot(settings.rule),
        causal: settings.causal,
        temperature,
      });
    });
  }
  // Until the worker answers, the last result stays on the page (never an empty figure, which
  // would take the sentence box and its focus away mid-word).
  let lastShown: Shown | null = null;
  const shown = $derived.by(() => {
    const now = computedHere ?? fromWorker;
    if (now) lastShown = now;
    return now ?? (table ? lastShown : null);
  });
  const result = $derived(shown?.result ?? null);
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
    get renderedSentence() {
      return shown?.sentence ?? null;
    },
    get heatmapPixels() {
      return shown?.pixels ?? null;
    },
    get rowSummaries() {
      return shown?.summaries ?? null;
    },
    get loadError() {
      return wordTable.loadError ?? workerError;
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

let sharedRunner: AttentionRunner | null = null;
/** One worker for the page, started by the first long sentence. */
function defaultRunner(): AttentionRunner {
  sharedRunner ??= workerRunner();
  return sharedRunner;
}
