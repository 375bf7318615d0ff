// What the learner set for the attention figures: shared by Steps 3 to 5 and the quiz, kept
// while the learner moves between steps (figures unmount when their step closes) and saved
// across reloads.
import ruleJson from '../../../content/self-attention/attention-rule.json';
import { lesson } from '../../../content/self-attention/lesson';
import {
  parseSavedSettings,
  serialiseSettings,
  SETTINGS_KEY,
  type SavedSettings,
} from '../../app/progress/settingsStore';
import { parseAttentionRule, type AttentionRule } from '../../engine/attentionRule';

export const defaultRule: AttentionRule = parseAttentionRule(ruleJson);

/** Sharpness is 1 / temperature, moved in halving or doubling steps. */
export const SHARPNESS_STEPS = [0.25, 0.5, 1, 2, 4, 8] as const;

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
  sharpnessStep: SHARPNESS_STEPS.indexOf(1),
  causal: false,
  rule: defaultRule,
  ruleEdited: false,
  selectedQuery: 2,
  model: 'rule',
  trainedLayer: 0,
  trainedHead: 0,
});

function readSaved(): SavedSettings | null {
  try {
    const fallback = { ...defaultSettings(), rule: null };
    return parseSavedSettings(
      window.localStorage.getItem(SETTINGS_KEY),
      fallback,
      SHARPNESS_STEPS.length,
    );
  } catch {
    return null; // storage blocked: the lesson's progress notice already says so
  }
}

const saved = readSaved();

export const lessonSettings: AttentionSettings = $state({
  ...defaultSettings(),
  ...(saved && {
    sentence: saved.sentence,
    sharpnessStep: saved.sharpnessStep,
    causal: saved.causal,
    rule: saved.rule ?? defaultRule,
    ruleEdited: saved.rule !== null,
  }),
});

$effect.root(() => {
  $effect(() => {
    const snapshot = serialiseSettings({
      sentence: lessonSettings.sentence,
      sharpnessStep: lessonSettings.sharpnessStep,
      causal: lessonSettings.causal,
      rule: lessonSettings.ruleEdited ? $state.snapshot(lessonSettings.rule) : null,
    });
    try {
      window.localStorage.setItem(SETTINGS_KEY, snapshot);
    } catch {
      // Blocked or full: the settings still work for this visit.
    }
  });
});

export function sharpnessOf(step: number): number {
  return SHARPNESS_STEPS[step] ?? 1;
}

export function temperatureOf(step: number): number {
  return 1 / sharpnessOf(step);
}
