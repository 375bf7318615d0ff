// @vitest-environment jsdom
import { fireEvent, render, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { quizQuestions } from '../../../../content/self-attention/quiz';
import { lessonProgress } from '../../state/lessonProgress.svelte';
import ChoiceQuestion from './ChoiceQuestion.svelte';
import { openQuizAt, resetQuizTest, statusText } from './quizFigureTesting';
import { normalisedHtml } from '../../../testing/normalisedHtml';

afterEach(resetQuizTest);

const question = (id: string) => {
  const q = quizQuestions.find((x) => x.id === id);
  if (q?.kind !== 'single' && q?.kind !== 'multiple') throw new Error(id);
  return q;
};

describe('ChoiceQuestion', () => {
  it('renders a single choice as a radio group named by its prompt', async () => {
    const onAnswer = vi.fn();
    const { container } = render(ChoiceQuestion, {
      props: {
        question: question('matrix-diagonal'),
        values: { satSelf: '0.16', satCat: '0.41' },
        order: ['similar', 'no', 'softmax-favours'],
        answer: null,
        onAnswer,
      },
    });
    const group = screen.getByRole('group', { name: /Does a token always attend most/ });
    const radios = within(group).getAllByRole('radio');
    // Shown in the order given, not the authored one (whose right answer comes first).
    expect(radios.map((r) => (r as HTMLInputElement).value)).toEqual([
      'similar',
      'no',
      'softmax-favours',
    ]);
    const no = within(group).getByRole('radio', { name: /“sat” gives itself 0\.16/ });
    await fireEvent.click(no);
    expect(onAnswer).toHaveBeenCalledWith({ kind: 'single', choice: 'no' });
    await expect(await normalisedHtml(container.innerHTML)).toMatchFileSnapshot(
      './__snapshots__/ChoiceQuestion.single.html',
    );
  });

  it('renders a multiple choice as checkboxes and keeps the ticks in the shown order', async () => {
    const onAnswer = vi.fn();
    render(ChoiceQuestion, {
      props: {
        question: question('rnn-problems'),
        values: {},
        order: ['no-order', 'sequential', 'length-limit', 'bottleneck', 'gradients'],
        answer: { kind: 'multiple', choices: ['sequential'] },
        onAnswer,
      },
    });
    expect(screen.getAllByRole('checkbox')).toHaveLength(5);
    await fireEvent.click(screen.getByRole('checkbox', { name: /fixed-size hidden state/ }));
    expect(onAnswer).toHaveBeenLastCalledWith({
      kind: 'multiple',
      choices: ['sequential', 'bottleneck'],
    });
  });

  it('checks, explains the chosen answer, lets the learner retry, and scores the first try', async () => {
    await openQuizAt('rnn-parallel');
    expect(screen.getByRole('status').textContent).toBe('');
    await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(statusText()).toBe('? No answer yet. Choose an answer, then press Check.');
    await fireEvent.click(screen.getByRole('radio', { name: /GPUs cannot run/ }));
    expect(screen.getByRole('status').textContent).toBe('');
    await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(statusText()).toMatch(/^✗ Not yet\. That is not it\..*You chose: GPUs cannot run/);
    expect(statusText()).toContain('A GPU multiplies by the recurrent matrix easily.');
    // The chosen card carries the ✗; no other card is marked (the right one is not given away).
    const marks = () =>
      [...document.querySelectorAll('.quiz-choice[data-mark]')].map(
        (card) => `${card.getAttribute('data-mark') ?? ''}: ${card.textContent.trim()}`,
      );
    expect(marks()).toHaveLength(1);
    expect(marks()[0]).toMatch(/^wrong: GPUs cannot run .*✗$/);
    await fireEvent.click(screen.getByRole('radio', { name: /Each hidden state hₜ/ }));
    // A changed answer is not checked yet: no marks until the next Check.
    expect(marks()).toEqual([]);
    await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(statusText()).toMatch(/^✓ Correct\. Right, after 2 tries\./);
    expect(marks()).toHaveLength(1);
    expect(marks()[0]).toMatch(/^right: Each hidden state .*✓$/);
    expect(lessonProgress.current.quiz).toMatchObject({
      questions: { 'rnn-parallel': { tries: 2, firstTry: false, solved: true } },
    });
  });

  it('shows the rationale of every ticked choice for a multiple choice', async () => {
    await openQuizAt('advantages-list');
    for (const name of [/computed at the same time/, /less work than an RNN/]) {
      await fireEvent.click(screen.getByRole('checkbox', { name }));
    }
    await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(statusText()).toContain('You ticked 1 of the 3 right choices and 1 wrong one.');
    expect(screen.getByRole('status').querySelectorAll('li')).toHaveLength(2);
    expect(statusText()).toContain('It does more: comparing every token with every other');
  });
});
