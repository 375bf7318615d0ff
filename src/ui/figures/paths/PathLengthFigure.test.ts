// @vitest-environment jsdom
import { render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { defaultSettings, lessonSettings } from '../../state/lessonSettings.svelte';
import PathLengthFigure from './PathLengthFigure.svelte';

// Another example and a smaller limit than the real ones, so the figure is seen to read both
// (a copy of 'The cat sat down' or of 512 in the figure would not follow them).
vi.mock('../../../../content/self-attention/lesson', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../../content/self-attention/lesson')>();
  return { lesson: { ...actual.lesson, exampleSentence: 'A dog ran home' } };
});
vi.mock('../../../engine/tokenize', async (importOriginal) => ({
  ...(await importOriginal<typeof import('../../../engine/tokenize')>()),
  MAX_TOKENS: 6,
}));

const fromOptions = () =>
  within(screen.getByRole('combobox', { name: 'From' }))
    .getAllByRole('option')
    .map((option) => option.textContent);

afterEach(() => {
  Object.assign(lessonSettings, defaultSettings());
});

describe('PathLengthFigure', () => {
  it('offers the learner’s words, cut to the engine’s token limit', () => {
    lessonSettings.sentence = 'one two three four five six seven eight';
    render(PathLengthFigure);
    expect(fromOptions()).toEqual(['1. one', '2. two', '3. three', '4. four', '5. five', '6. six']);
  });

  it('stands the lesson’s example sentence in for a sentence of fewer than two words', () => {
    lessonSettings.sentence = 'alone';
    render(PathLengthFigure);
    expect(fromOptions()).toEqual(['1. A', '2. dog', '3. ran', '4. home']);
    expect(screen.getByText(/^Sentence: “A dog ran home”/)).toBeTruthy();
  });
});
