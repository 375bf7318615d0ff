import { describe, expect, it } from 'vitest';
import { attentionMatrixElementMessages as m } from '../../content/self-attention/figureMessages/element';
import { DEFAULT_SHARPNESS_STEP, SHARPNESS_STEPS } from '../app/attentionDefaults';
import { readElementAttributes } from './elementAttributes';

const read = (attributes: Record<string, string>) =>
  readElementAttributes((name) => attributes[name] ?? null);

describe('readElementAttributes', () => {
  it('takes the sentence as written, with the lesson’s default dials when nothing else is given', () => {
    expect(read({ sentence: '  The cat sat down ' })).toEqual({
      sentence: '  The cat sat down ',
      causal: false,
      sharpnessStep: DEFAULT_SHARPNESS_STEP,
      notes: [],
    });
    expect(read({}).sentence).toBe('');
  });

  it('reads causal as a boolean attribute, except causal="false"', () => {
    expect(read({ causal: '' }).causal).toBe(true);
    expect(read({ causal: 'causal' }).causal).toBe(true);
    expect(read({ causal: 'False ' }).causal).toBe(false);
  });

  it('takes a sharpness the lesson offers, and explains any other', () => {
    expect(SHARPNESS_STEPS[read({ sharpness: '4' }).sharpnessStep]).toBe(4);
    expect(SHARPNESS_STEPS[read({ sharpness: ' 0.25' }).sharpnessStep]).toBe(0.25);
    for (const bad of ['3', 'sharp', 'Infinity', '1e400']) {
      const settings = read({ sharpness: bad });
      expect(settings.sharpnessStep).toBe(DEFAULT_SHARPNESS_STEP);
      expect(settings.notes).toEqual([m.badSharpness(bad, SHARPNESS_STEPS)]);
    }
    expect(read({ sharpness: '' }).notes).toEqual([]);
  });
});
