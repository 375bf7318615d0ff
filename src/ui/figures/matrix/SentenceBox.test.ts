// @vitest-environment jsdom
import { render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { describe, expect, it, vi } from 'vitest';
import { sentenceCutMessage } from '../../../app/messages';
import { keepWithinLimit } from '../../../app/sentenceLimit';
import { MAX_TOKENS } from '../../../engine/tokenize';
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

describe('SentenceBox reset', () => {
  it('offers the example sentence only when the box holds something else', () => {
    render(SentenceBox, {
      props: {
        sentence: 'A dog ran home',
        tokens: [],
        known: [],
        problems: [],
        onSentenceChange: () => undefined,
        onReset: () => undefined,
      },
    });
    expect(screen.queryByRole('button', { name: 'Use “A dog ran home” again' })).toBeNull();
  });
});

describe('SentenceBox at the token limit', () => {
  const words = (n: number) => Array.from({ length: n }, (_, i) => `w${String(i)}`).join(' ');

  it('cuts a paste past the limit in the box itself, says so, and passes on only what it kept', async () => {
    const onSentenceChange = vi.fn();
    render(SentenceBox, {
      props: {
        sentence: '',
        tokens: [],
        known: [],
        problems: [],
        onSentenceChange,
        onReset: () => undefined,
      },
    });
    const box = screen.getByRole<HTMLTextAreaElement>('textbox', { name: 'Sentence' });
    const kept = keepWithinLimit(words(MAX_TOKENS + 40)).text;
    box.value = words(MAX_TOKENS + 40);
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await tick();
    expect(box.value).toBe(kept);
    expect(onSentenceChange).toHaveBeenLastCalledWith(kept);
    const note = sentenceCutMessage(kept.length);
    expect(screen.getByText(note)).toBeTruthy();

    // An edit within the limit is passed on whole, and the note goes.
    box.value = 'The cat';
    box.dispatchEvent(new Event('input', { bubbles: true }));
    await tick();
    expect(onSentenceChange).toHaveBeenLastCalledWith('The cat');
    expect(screen.queryByText(note)).toBeNull();
  });
});
