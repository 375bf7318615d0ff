// The learner's attention settings (their sentence, sharpness, mask and edited rule), kept across
// reloads under a versioned key. Anything unreadable falls back to the default, field by field,
// and like progress (progressStore.ts) every save that does not happen is reported, once per kind.
import { problemList, storageOrNull } from './storageAccess';
import { parseAttentionRule, type AttentionRule } from '../../engine/attentionRule';
import { isQuotaError, type StorageProblem } from './progressStore';
import { MAX_SAVED_SENTENCE, parseSavedJson } from './savedJson';

export const SETTINGS_KEY = 'self-attention-lesson/attention-settings/v1';

/**
 * Longer saved settings are unreadable. JSON writes a character in at most six (`\u0000`); the
 * rule, with its title and note, takes about 1,500.
 */
export const MAX_SETTINGS_LENGTH = 6 * MAX_SAVED_SENTENCE + 20_000;

export type SettingsProblem = StorageProblem | 'sentenceTooLong';

export interface SavedSettings {
  readonly sentence: string;
  readonly sharpnessStep: number;
  readonly causal: boolean;
  /** Only an edited rule is saved; null means the lesson's rule. */
  readonly rule: AttentionRule | null;
}

export interface ReadSettings {
  readonly settings: SavedSettings;
  /** True when something was saved that could not be read, wholly or in part. */
  readonly unreadable: boolean;
}

export function parseSavedSettings(
  raw: string | null,
  defaults: SavedSettings,
  sharpnessSteps: number,
): ReadSettings {
  if (raw === null) return { settings: defaults, unreadable: false };
  const value = parseSavedJson(raw, MAX_SETTINGS_LENGTH);
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    return { settings: defaults, unreadable: true };
  }
  const saved = value as Record<string, unknown>;
  let unreadable = false;
  // An absent field was never saved (older versions, or a sentence too long): not a problem.
  const field = <T>(key: keyof SavedSettings, read: (v: unknown) => T | undefined, fallback: T) => {
    if (saved[key] === undefined) return fallback;
    const result = read(saved[key]);
    if (result === undefined) unreadable = true;
    return result ?? fallback;
  };
  const settings: SavedSettings = {
    sentence: field(
      'sentence',
      (v) => (typeof v === 'string' && v.length <= MAX_SAVED_SENTENCE ? v : undefined),
      defaults.sentence,
    ),
    sharpnessStep: field(
      'sharpnessStep',
      (v) =>
        Number.isInteger(v) && (v as number) >= 0 && (v as number) < sharpnessSteps
          ? (v as number)
          : undefined,
      defaults.sharpnessStep,
    ),
    causal: field('causal', (v) => (typeof v === 'boolean' ? v : undefined), defaults.causal),
    rule: field<AttentionRule | null>('rule', readRule, defaults.rule),
  };
  return { settings, unreadable };
}

function readRule(value: unknown): AttentionRule | null | undefined {
  if (value === null) return null;
  try {
    return parseAttentionRule(value);
  } catch {
    return undefined;
  }
}

export function serialiseSettings(settings: SavedSettings): string {
  const sentence = settings.sentence.length <= MAX_SAVED_SENTENCE ? settings.sentence : undefined;
  return JSON.stringify({ ...settings, sentence });
}

export interface SettingsStore {
  load(): SavedSettings;
  save(settings: SavedSettings): void;
  /** Each kind of problem met, in the order met, once, so each is told once. */
  readonly problems: readonly SettingsProblem[];
}

/** `getStorage` may throw or give null, as for progress. */
export function createSettingsStore(
  getStorage: () => Storage,
  defaults: SavedSettings,
  sharpnessSteps: number,
): SettingsStore {
  const { problems, report } = problemList<SettingsProblem>();
  // A sentence too long to save leaves the one saved before it in place, not nothing.
  let savedSentence = defaults.sentence;
  const storage = storageOrNull(getStorage, () => {
    report('unavailable');
  });

  return {
    get problems() {
      return problems;
    },
    load() {
      let raw: string | null = null;
      try {
        raw = storage()?.getItem(SETTINGS_KEY) ?? null;
      } catch {
        report('unavailable');
      }
      const { settings, unreadable } = parseSavedSettings(raw, defaults, sharpnessSteps);
      if (unreadable) report('unreadable');
      savedSentence = settings.sentence;
      return settings;
    },
    save(settings) {
      const fits = settings.sentence.length <= MAX_SAVED_SENTENCE;
      if (!fits) report('sentenceTooLong');
      const sentence = fits ? settings.sentence : savedSentence;
      const store = storage();
      if (!store) return;
      try {
        store.setItem(SETTINGS_KEY, serialiseSettings({ ...settings, sentence }));
        savedSentence = sentence;
      } catch (error) {
        report(isQuotaError(error) ? 'full' : 'unavailable');
      }
    },
  };
}
