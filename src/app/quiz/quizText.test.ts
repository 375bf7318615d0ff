import { describe, expect, it } from 'vitest';
import { fill, listOf, matrixValues, placeholdersIn } from './quizText';

describe('quiz templates', () => {
  it('fills known placeholders and leaves unknown ones for the data test to catch', () => {
    expect(fill('{a} and {b}', { a: '1' })).toBe('1 and {b}');
    expect(placeholdersIn('“{query}” gives {weight}')).toEqual(['query', 'weight']);
  });

  it('lists items in words', () => {
    expect(listOf([])).toBe('');
    expect(listOf(['a'])).toBe('a');
    expect(listOf(['a', 'b'])).toBe('a and b');
    expect(listOf(['a', 'b', 'c'])).toBe('a, b and c');
  });

  it('names every tied best key', () => {
    const values = matrixValues({
      sentence: ' The cat ',
      words: ['The', 'cat'],
      weights: [
        [0.5, 0.5],
        [0.5, 0.5],
      ],
      masked: [
        [false, false],
        [false, false],
      ],
      query: 1,
      best: [0, 1],
    });
    expect(values).toEqual({
      sentence: 'The cat',
      query: '“cat”',
      best: '“The” and “cat”',
      bestWeight: '0.50',
    });
  });
});
