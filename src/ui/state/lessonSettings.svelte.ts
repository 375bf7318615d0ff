// What the learner set for the attention figures: shared by Steps 3 to 5 and the quiz, kept
// while the learner moves between steps (figures unmount when their step closes) and saved
// across reloads. Storage trouble goes to `storageNotices`, told once per kind.
import { lesson } from '../../../content/self-attention/lesson';
import { sentenceCutMessage, settingsStorageMessage } from '../../app/messages';
import { createSettingsStore } from '../../app/progress/settingsStore';
import { keepWithinLimit } from '../../app/sentenceLimit';
import type { AttentionRule } from '../../engine/attentionRule';
import { defaultRule, DEFAULT_SHARPNESS_STEP, SHARPNESS_STEPS } from '../../app/attentionDefaults';
import { storageNotices } from './storageNotices.svelte';

// Where the figures import the dials' defaults from, with the settings.
export {
  defaultRule,
  SHARPNESS_STEPS,
  sharpnessOf,
  temperatureOf,
} from '../../app/attentionDefaults';

interface AttentionSettings {
  sentence: string;
  /** Index into SHARPNESS_STEPS. */
  sharpnessStep: number;
  causal: boolean;
  rule: AttentionRule;
  ruleEdited: boolean;
  /** The query row chosen for explanation. */
  selectedQuery: number;
  /** Which model computes the weights: the teaching rule or the trained transformer. */
  model: 'rule' | 'trained';
  trainedLayer: number;
  trainedHead: number;
}

export const defaultSettings = (): AttentionSettings => ({
  sentence: lesson.exampleSentence,
  sharpnessStep: DEFAULT_SHARPNESS_STEP,
  causal: false,
  rule: defaultRule,
  ruleEdited: false,
  selectedQuery: 2,
  model: 'rule',
  trainedLayer: 0,
  trainedHead: 0,
});

const store = createSettingsStore(
  () => window.localStorage,
  { ...defaultSettings(), rule: null },
  SHARPNESS_STEPS.length,
);
const saved = store.load();
const tellProblems = () => {
  for (const problem of store.problems) storageNotices.tell(settingsStorageMessage(problem));
};
tellProblems();
// A sentence saved before the box cut at the limit (or by hand) is cut the same way, and said so.
const savedSentence = keepWithinLimit(saved.sentence);
if (savedSentence.cut) storageNotices.tell(sentenceCutMessage(savedSentence.text.length));

export const lessonSettings: AttentionSettings = $state({
  ...defaultSettings(),
  sentence: savedSentence.text,
  sharpnessStep: saved.sharpnessStep,
  causal: saved.causal,
  rule: saved.rule ?? defaultRule,
  ruleEdited: saved.rule !== null,
});

/** False in an embed with its own sentence: nothing it changes is saved over the learner's. */
let saving = true;

/**
 * An embedded figure with a sentence of the author's (src/app/embed.ts): the settings stop being
 * saved, then take that sentence, for this visit only. The learner's saved sentence and settings
 * stay as they were, for the lesson itself.
 */
export function useSentenceForThisVisit(sentence: string): void {
  saving = false;
  lessonSettings.sentence = keepWithinLimit(sentence).text;
}

$effect.root(() => {
  $effect(() => {
    if (!saving) return;
    store.save({
      sentence: lessonSettings.sentence,
      sharpnessStep: lessonSettings.sharpnessStep,
      causal: lessonSettings.causal,
      rule: lessonSettings.ruleEdited ? $state.snapshot(lessonSettings.rule) : null,
    });
    tellProblems(); // the settings still work for this visit
  });
});
