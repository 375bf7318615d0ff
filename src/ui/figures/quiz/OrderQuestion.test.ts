// @vitest-environment jsdom
import { fireEvent, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { quizQuestions } from '../../../../content/self-attention/quiz';
import { startOrder } from '../../../app/quiz/quizShuffle';
import { openQuizAt, resetQuizTest, statusText } from './quizFigureTesting';
import { normalisedHtml } from '../../../testing/normalisedHtml';

afterEach(resetQuizTest);

const question = quizQuestions.find((q) => q.id === 'qkv-order');
if (question?.kind !== 'order') throw new Error('no order question');
const textOf = (id: string) => question.items.find((i) => i.id === id)?.text ?? '';

const list = () => screen.getByRole('list', { name: /Put the steps of computing/ });
const shownOrder = () =>
  within(list())
    .getAllByRole('listitem')
    .map((li) => li.querySelector('.quiz-order-text')?.textContent);

describe('OrderQuestion', () => {
  it('starts out of order, moves by keyboard buttons and keeps focus on the moved step', async () => {
    const { container } = await openQuizAt('qkv-order');
    // The quiz in these tests has seed 0: its start, shuffled, puts “project” second.
    expect(shownOrder()).toEqual(startOrder(question, { seed: 0, attempt: 0 }).map(textOf));
    expect(shownOrder()[1]).toBe(textOf('project'));
    await expect(
      await normalisedHtml(container.querySelector('.quiz-order')?.outerHTML),
    ).toMatchFileSnapshot('./__snapshots__/OrderQuestion.start.html');
    const up = screen.getByRole('button', { name: `Move up: ${textOf('project')}` });
    await fireEvent.click(up);
    expect(shownOrder()[0]).toBe(textOf('project'));
    const moved = screen.getByRole('button', { name: `Move up: ${textOf('project')}` });
    expect(document.activeElement).toBe(moved);
    expect(moved.getAttribute('aria-disabled')).toBe('true');
    expect(screen.getByText(/moved to position 1 of 5/)).toBeTruthy();
    // At the top, Move up does nothing and focus stays.
    await fireEvent.click(moved);
    expect(shownOrder()[0]).toBe(textOf('project'));
  });

  it('moves by dragging with the mouse', async () => {
    await openQuizAt('qkv-order');
    const items = within(list()).getAllByRole('listitem');
    const first = items[0];
    const mix = items[shownOrder().indexOf(textOf('mix'))];
    if (!first || !mix || first === mix) throw new Error('missing items');
    await fireEvent.dragStart(mix);
    await fireEvent.dragOver(first);
    await fireEvent.drop(first);
    expect(shownOrder()[0]).toBe(textOf('mix'));
  });

  it('says which steps are out of place and why, then accepts the right order', async () => {
    await openQuizAt('qkv-order');
    await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(statusText()).toContain('0 of 5 steps are in the right place.');
    expect(statusText()).toContain(`“${textOf('mix')}” belongs at position 5`);
    // Bubble each step up to its place.
    for (const [target, item] of question.items.entries()) {
      for (let at = shownOrder().indexOf(item.text); at > target; at--) {
        await fireEvent.click(screen.getByRole('button', { name: `Move up: ${item.text}` }));
      }
    }
    expect(shownOrder()).toEqual(question.items.map((i) => i.text));
    expect(screen.getByRole('status').textContent).toBe('');
    await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(statusText()).toMatch(/^✓ Correct\. Right, after 2 tries\. Right: vectors, then scores/);
  });
});
