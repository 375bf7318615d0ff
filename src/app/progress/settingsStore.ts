// The learner's attention settings (their sentence, sharpness, mask and edited rule), kept across
// reloads under a versioned key. Anything unreadable falls back to the default, field by field.
import { parseAttentionRule, type AttentionRule } from '../../engine/attentionRule';

export const SETTINGS_KEY = 'self-attention-lesson/attention-settings/v1';

/** Longer text is not saved (it stays on the page until the learner leaves). */
export const MAX_SAVED_SENTENCE = 100_000;

export interface SavedSettings {
  readonly sentence: string;
  readonly sharpnessStep: number;
  readonly causal: boolean;
  /** Only an edited rule is saved; null means the lesson's rule. */
  readonly rule: AttentionRule | null;
}

export function parseSavedSettings(
  raw: string | null,
  defaults: SavedSettings,
  sharpnessSteps: number,
): SavedSettings {
  if (raw === null) return defaults;
  let value: unknown;
  try {
    value = JSON.parse(raw);
  } catch {
    return defaults;
  }
  if (typeof value !== 'object' || value === null) return defaults;
  const saved = value as Record<string, unknown>;
  let rule: AttentionRule | null;
  try {
    rule = saved.rule === null || saved.rule === undefined ? null : parseAttentionRule(saved.rule);
  } catch {
    rule = defaults.rule;
  }
  const step = saved.sharpnessStep;
  return {
    sentence:
      typeof saved.sentence === 'string' && saved.sentence.length <= MAX_SAVED_SENTENCE
        ? saved.sentence
        : defaults.sentence,
    sharpnessStep:
      typeof step === 'number' && Number.isInteger(step) && step >= 0 && step < sharpnessSteps
        ? step
        : defaults.sharpnessStep,
    causal: typeof saved.causal === 'boolean' ? saved.causal : defaults.causal,
    rule,
  };
}

export function serialiseSettings(settings: SavedSettings): string {
  const sentence = settings.sentence.length <= MAX_SAVED_SENTENCE ? settings.sentence : undefined;
  return JSON.stringify({ ...settings, sentence });
}
