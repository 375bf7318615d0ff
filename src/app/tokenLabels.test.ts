import { describe, expect, it } from 'vitest';
import { capitalised, ordinal, shortTokenNames, tokenLabels } from './tokenLabels';

describe('ordinal', () => {
  it('writes English ordinals, the teens included', () => {
    expect([1, 2, 3, 4, 11, 12, 13, 21, 22, 23, 101, 111, 512].map(ordinal)).toEqual([
      '1st',
      '2nd',
      '3rd',
      '4th',
      '11th',
      '12th',
      '13th',
      '21st',
      '22nd',
      '23rd',
      '101st',
      '111th',
      '512th',
    ]);
  });
});

describe('tokenLabels', () => {
  it('quotes a word that occurs once as it is', () => {
    expect(tokenLabels(['The', 'cat', 'sat', 'down'])).toEqual([
      '“The”',
      '“cat”',
      '“sat”',
      '“down”',
    ]);
  });

  it('names which occurrence a repeated word is, from the tokens', () => {
    expect(tokenLabels(['cat', 'sat', 'cat', 'The', 'the', 'cat'])).toEqual([
      'the 1st “cat”',
      '“sat”',
      'the 2nd “cat”',
      '“The”',
      '“the”',
      'the 3rd “cat”',
    ]);
    expect(capitalised('the 2nd “cat”')).toBe('The 2nd “cat”');
    expect(shortTokenNames(['cat', 'sat', 'cat'])).toEqual(['cat (1st)', 'sat', 'cat (2nd)']);
  });
});
