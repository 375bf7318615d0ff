// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { quizQuestions } from '../../../../content/self-attention/quiz';
import { softmax } from '../../../engine/softmax';
import { lessonProgress } from '../../state/lessonProgress.svelte';
import NumberQuestion from './NumberQuestion.svelte';
import { openQuizAt, resetQuizTest, statusText } from './quizFigureTesting';
import { normalisedHtml } from '../../../testing/normalisedHtml';

afterEach(resetQuizTest);

const question = quizQuestions.find((q) => q.id === 'matrix-softmax');
if (question?.kind !== 'number') throw new Error('no number question');

describe('NumberQuestion', () => {
  it('labels its box and states the tolerance in the prompt', async () => {
    const onAnswer = vi.fn();
    const onSubmit = vi.fn();
    const { container } = render(NumberQuestion, {
      props: {
        question,
        values: { scores: '2, 1 and 3', tolerance: '0.005' },
        answer: null,
        onAnswer,
        onSubmit,
      },
    });
    const box = screen.getByRole('textbox', { name: 'Weight of the third score' });
    expect(screen.getByText(/scores 2, 1 and 3, with no scaling/).textContent).toContain(
      'within ± 0.005',
    );
    await fireEvent.input(box, { target: { value: '0.6' } });
    expect(onAnswer).toHaveBeenCalledWith({ kind: 'number', text: '0.6' });
    await fireEvent.keyDown(box, { key: 'Enter' });
    expect(onSubmit).toHaveBeenCalledOnce();
    await expect(await normalisedHtml(container.innerHTML)).toMatchFileSnapshot(
      './__snapshots__/NumberQuestion.softmax.html',
    );
  });

  it('accepts the engine’s softmax within the tolerance, and explains the tempting mistake', async () => {
    await openQuizAt('matrix-softmax');
    const box = screen.getByRole('textbox', { name: 'Weight of the third score' });
    const check = () => fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    await fireEvent.input(box, { target: { value: 'two thirds' } });
    await check();
    expect(statusText()).toContain('“two thirds” is not a number');
    await fireEvent.input(box, { target: { value: '0.5' } });
    await check();
    expect(statusText()).toContain('0.5 is the score divided by the sum of the scores');
    const expected = (softmax([2, 1, 3])[2] ?? NaN).toFixed(3);
    await fireEvent.input(box, { target: { value: expected } });
    await fireEvent.keyDown(box, { key: 'Enter' });
    expect(statusText()).toMatch(/^✓ Correct\. Right, after 2 tries\./);
    expect(statusText()).toContain(`the third takes ${expected} of it`);
    // The unreadable answer was not a try.
    expect(lessonProgress.current.quiz).toMatchObject({
      questions: { 'matrix-softmax': { tries: 2, firstTry: false } },
    });
  });
});
