import { describe, expect, it } from 'vitest';
import { AXIS_TOKEN_LIMIT, axisLabels } from './axisLabels';

const tokens = (n: number) => Array.from({ length: n }, (_, i) => `w${i + 1}`);

describe('axisLabels', () => {
  it('labels every token up to 64 tokens', () => {
    expect(axisLabels(tokens(AXIS_TOKEN_LIMIT)).map((l) => l.text)).toEqual(
      tokens(AXIS_TOKEN_LIMIT),
    );
    expect(axisLabels(['the', 'cat'])).toEqual([
      { at: 0, text: 'the' },
      { at: 1, text: 'cat' },
    ]);
  });

  it('labels round positions beyond, counted from 1', () => {
    expect(axisLabels(tokens(65)).map((l) => l.text)).toEqual([
      '1',
      '10',
      '20',
      '30',
      '40',
      '50',
      '60',
    ]);
    const labels = axisLabels(tokens(512));
    expect(labels.map((l) => l.text)).toEqual(['1', '100', '200', '300', '400', '500']);
    expect(labels[1]).toEqual({ at: 99, text: '100' });
  });
});
