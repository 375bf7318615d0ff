import { describe, expect, it } from 'vitest';
import ruleJson from '../../../content/self-attention/attention-rule.json';
import { parseAttentionRule, withStrength } from '../../engine/attentionRule';
import { MAX_SAVED_SENTENCE } from './savedJson';
import { parseSavedSettings, serialiseSettings } from './settingsStore';

const defaults = { sentence: 'The cat sat down', sharpnessStep: 2, causal: false, rule: null };
const rule = withStrength(parseAttentionRule(ruleJson), 'verb', 'determiner', 4);

describe('saved attention settings', () => {
  it('round-trip, edited rule included', () => {
    const settings = { sentence: 'A dog ran <b>off</b>', sharpnessStep: 4, causal: true, rule };
    expect(parseSavedSettings(serialiseSettings(settings), defaults, 6)).toEqual({
      settings,
      unreadable: false,
    });
  });

  it('fall back field by field on garbage', () => {
    for (const raw of [null, '', '{', 'null', '7', '"x"']) {
      expect(parseSavedSettings(raw, defaults, 6).settings).toEqual(defaults);
    }
    const partial = JSON.stringify({
      sentence: 42,
      sharpnessStep: 9,
      causal: 'yes',
      rule: { x: 1 },
    });
    expect(parseSavedSettings(partial, defaults, 6)).toEqual({
      settings: defaults,
      unreadable: true,
    });
    expect(
      parseSavedSettings(JSON.stringify({ sentence: 'Hi', causal: true }), defaults, 6).settings,
    ).toEqual({
      ...defaults,
      sentence: 'Hi',
      causal: true,
    });
  });

  it('do not save a sentence too long to keep', () => {
    const long = 'cat '.repeat(MAX_SAVED_SENTENCE);
    const raw = serialiseSettings({ ...defaults, sentence: long });
    expect(raw.length).toBeLessThan(1000);
    expect(parseSavedSettings(raw, defaults, 6).settings.sentence).toBe(defaults.sentence);
  });
});
