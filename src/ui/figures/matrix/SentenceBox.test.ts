// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { describe, expect, it, vi } from 'vitest';
import SentenceBox from './SentenceBox.svelte';

// Another example than the real one, so the button is seen to name the lesson's sentence.
vi.mock('../../../../content/self-attention/lesson', async (importOriginal) => {
  const actual = await importOriginal<typeof import('../../../../content/self-attention/lesson')>();
  return { lesson: { ...actual.lesson, exampleSentence: 'A dog ran home' } };
});

describe('SentenceBox', () => {
  it('names the lesson’s example sentence on its reset button, and calls back on a click', () => {
    const onReset = vi.fn();
    render(SentenceBox, {
      props: {
        sentence: 'Hello',
        tokens: [],
        known: [],
        problems: [],
        onSentenceChange: () => undefined,
        onReset,
      },
    });
    screen.getByRole('button', { name: 'Use “A dog ran home” again' }).click();
    expect(onReset).toHaveBeenCalledOnce();
  });
});
