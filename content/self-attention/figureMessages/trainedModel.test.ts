import { describe, expect, it } from 'vitest';
import { headPatternsMessages, trainedModelMessages } from './trainedModel';

// Shapes no real model here has, so a number typed into a message cannot pass.
describe('the trained model’s messages', () => {
  it('state the model’s shape and size as given', () => {
    const intro = trainedModelMessages.intro(3, 5, 1234567);
    expect(intro).toContain('trained by this project on the Brown corpus: 3 layers of 5 heads,');
    expect(intro).toContain('1,234,567 numbers learned from data');
    expect(headPatternsMessages.intro(3, 5, 12345)).toContain(
      'small trained model (3 layers × 5 heads) read 12,345 held-out sentences',
    );
  });

  it('name the words the model cannot read, and how many were cut', () => {
    expect(trainedModelMessages.unknownWords(12345, ['zzyzx', 'qqq'])).toBe(
      'Not in the model’s 12,345-word vocabulary, so read as <unk>: zzyzx, qqq.',
    );
    expect(trainedModelMessages.wordsCut(31, 2)).toBe(
      'The model reads at most 31 words; the last 2 were cut.',
    );
    expect(trainedModelMessages.tableCaption(2, 3, '  The cat sat down ')).toBe(
      'Layer 2, head 3 of the trained model, for “The cat sat down”',
    );
  });

  it('round the head table’s numbers as the table shows them', () => {
    expect(headPatternsMessages.share(0.12345)).toBe('0.123');
    expect(headPatternsMessages.baseline(0.1)).toBe('(uniform 0.100)');
    expect(headPatternsMessages.positions(45371)).toBe('45,371 positions');
    expect(headPatternsMessages.summary(1.8597, 0.3007)).toContain(
      'the strongest pattern is 1.9 times the uniform share, and no head puts more than 0.30 of its weight',
    );
  });
});
