import { describe, expect, it } from 'vitest';
import { tokenLabels } from './tokenLabels';

describe('tokenLabels', () => {
  it('adds the position only to a word the sentence has more than once', () => {
    expect(tokenLabels(['The', 'cat', 'sat', 'down'])).toEqual(['The', 'cat', 'sat', 'down']);
    expect(tokenLabels(['the', 'cat', 'saw', 'the', 'cat'])).toEqual([
      'the (1)',
      'cat (2)',
      'saw',
      'the (4)',
      'cat (5)',
    ]);
  });
});
