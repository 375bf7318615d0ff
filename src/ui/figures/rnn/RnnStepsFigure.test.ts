// @vitest-environment jsdom
import { cleanup, fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import tableJson from '../../../data/word-classes.json';
import { embedSentence } from '../../../engine/embedSentence';
import { row } from '../../../engine/matrix';
import { createRnn, runRnn } from '../../../engine/rnn';
import { parseWordTable } from '../../../engine/wordFeatures';
import { lessonSettings, defaultSettings } from '../../state/lessonSettings.svelte';
import { formatHidden } from '../../../app/numberFormat';
import RnnStepsFigure from './RnnStepsFigure.svelte';
import { defaultRnnSettings, rnnSettings } from './rnnSettings.svelte';
import { normalisedHtml } from '../../../testing/normalisedHtml';
import { wordTableShown } from '../../../testing/lessonData';

const table = parseWordTable(tableJson);
const hiddenStates = (sentence: string, hiddenSize = 16) => {
  const { x } = embedSentence(sentence, table);
  const rnn = createRnn(x.cols, { hiddenSize });
  return (t: number) => Array.from(row(runRnn(rnn, x), t - 1), formatHidden);
};

beforeEach(() => {
  Object.assign(lessonSettings, defaultSettings());
  Object.assign(rnnSettings, defaultRnnSettings());
});
afterEach(cleanup);

const strip = (container: HTMLElement, id: string) =>
  [...container.querySelectorAll(`[data-hidden-state="${id}"] li`)].map((li) =>
    li.textContent.trim(),
  );

describe('RnnStepsFigure', () => {
  it('steps through “The cat sat down”, showing each hidden state’s 16 numbers', async () => {
    const { container } = render(RnnStepsFigure);
    await wordTableShown();
    screen.getByText(/Word 1 of 4/);
    const expected = hiddenStates('The cat sat down');
    expect(strip(container, 'rnn-previous-state')).toEqual(Array(16).fill('0.00'));
    expect(strip(container, 'rnn-current-state')).toEqual(expected(1));
    expect(container.querySelector('.rnn-formula')?.textContent).toContain(
      'h₁ = f(“The”, h₀) = tanh(W·x(“The”) + U·h₀ + b)',
    );
    await expect(await normalisedHtml(container.innerHTML)).toMatchFileSnapshot(
      './__snapshots__/RnnStepsFigure.step1.html',
    );

    const next = screen.getByRole('button', { name: 'Next word' });
    await fireEvent.click(next);
    expect(container.querySelector('.rnn-formula')?.textContent).toContain('h₂ = f(“cat”, h₁)');
    expect(strip(container, 'rnn-previous-state')).toEqual(expected(1));
    expect(strip(container, 'rnn-current-state')).toEqual(expected(2));
    expect(container.querySelector('[aria-current="step"]')?.textContent.trim()).toBe('cat');
    // The words already read are filled in: the hidden state has taken them in.
    expect(
      [...container.querySelectorAll('.rnn-words .read')].map((li) => li.textContent.trim()),
    ).toEqual(['The']);

    const slider = screen.getByRole('slider', { name: 'Word' });
    await fireEvent.input(slider, { target: { value: '4' } });
    expect(strip(container, 'rnn-current-state')).toEqual(expected(4));
    expect(next.hasAttribute('disabled')).toBe(true);
    expect(slider.getAttribute('aria-valuetext')).toBe('Word 4 of 4: “down”');
    expect(screen.getByText(/16 numbers, whatever the length of the sentence/)).toBeTruthy();
  });

  it('lays each hidden state out as a square grid of the engine’s numbers: 16 as 4 × 4, 64 as 8 × 8', async () => {
    const { container } = render(RnnStepsFigure);
    await wordTableShown();
    screen.getByText(/Word 1 of 4/);
    const grid = container.querySelector('[data-hidden-state="rnn-current-state"]');
    expect(grid?.getAttribute('data-columns')).toBe('4');
    expect(grid?.getAttribute('style')).toContain('--hidden-columns: 4');
    expect(strip(container, 'rnn-current-state')).toEqual(hiddenStates('The cat sat down')(1));
    cleanup();

    rnnSettings.hiddenSize = 64;
    const wide = render(RnnStepsFigure).container;
    await wordTableShown();
    screen.getByText(/Word 1 of 4/);
    const grid64 = wide.querySelector('[data-hidden-state="rnn-current-state"]');
    expect(grid64?.getAttribute('data-columns')).toBe('8');
    expect(strip(wide, 'rnn-current-state')).toEqual(hiddenStates('The cat sat down', 64)(1));
  });

  it('reads the learner’s sentence, with the shared hidden size, and falls back when it has no words', async () => {
    lessonSettings.sentence = 'A bird flew up';
    rnnSettings.hiddenSize = 8;
    const { container } = render(RnnStepsFigure);
    await wordTableShown();
    screen.getByText(/Word 1 of 4/);
    expect(strip(container, 'rnn-current-state')).toEqual(hiddenStates('A bird flew up', 8)(1));
    expect(screen.getByText(/8 numbers, whatever the length/)).toBeTruthy();
    cleanup();

    lessonSettings.sentence = '🙂 !!';
    render(RnnStepsFigure);
    await wordTableShown();
    expect(screen.getByText(/your sentence has no words yet/)).toBeTruthy();
    expect(screen.getByText(/Word 1 of 4/)).toBeTruthy();
  });
});
