// @vitest-environment jsdom
import { cleanup, fireEvent, screen, within } from '@testing-library/svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { lesson } from '../../../../content/self-attention/lesson';
import { quizQuestions } from '../../../../content/self-attention/quiz';
import { freshQuizState, withCheck, withCurrent, withHint } from '../../../app/quiz/quizState';
import { lessonProgress } from '../../state/lessonProgress.svelte';
import { normalisedHtml } from '../../../testing/normalisedHtml';
import { openQuizAt, renderQuiz, resetQuizTest, statusText } from './quizFigureTesting';

afterEach(resetQuizTest);

const N = quizQuestions.length;
const heading = (k: number) => screen.getByRole('heading', { name: `Question ${k} of ${N}` });

describe('QuizFigure', () => {
  it('says its questions are authored and its numbers live, one question at a time', async () => {
    await openQuizAt('rnn-parallel');
    expect(screen.getByText(/written for this lesson.*computed live/)).toBeTruthy();
    // The pass mark, from the manifest, is said before any answer counts.
    const required = Math.ceil(lesson.masteryScore * quizQuestions.length - 1e-9);
    expect(
      screen.getByText(
        `You pass the lesson with at least ${String(lesson.masteryScore * 100)} %, that is ${String(required)} of ${String(quizQuestions.length)} questions right first time`,
        { exact: false },
      ),
    ).toBeTruthy();
    expect(screen.getAllByRole('heading', { level: 4 })).toHaveLength(1);
    // The only visible title is the question's: the card's name (which repeats the step's title)
    // is for screen readers only.
    const cardName = screen.getByRole('heading', { level: 3 });
    expect(cardName.classList.contains('visually-hidden')).toBe(true);
    expect(screen.getByRole('button', { name: 'Previous question' }).hasAttribute('disabled')).toBe(
      true,
    );
  });

  it('moves between questions and puts focus on the new question’s heading', async () => {
    await openQuizAt('rnn-parallel');
    await fireEvent.click(screen.getByRole('button', { name: 'Next question' }));
    expect(document.activeElement).toBe(heading(2));
    expect(
      screen.getByRole('group', { name: /problems of a recurrent network on long sequences/ }),
    ).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Previous question' }));
    expect(document.activeElement).toBe(heading(1));
  });

  it('reveals hints one at a time, counted, the last with the answer; a hint costs the first try', async () => {
    await openQuizAt('matrix-diagonal');
    expect(screen.getByText('0 of 2 hints shown')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Show a hint' }));
    const hints = screen.getByRole('list', { name: 'Hints' });
    expect(within(hints).getAllByRole('listitem')).toHaveLength(1);
    expect(document.activeElement).toBe(
      within(hints)
        .getByText(/Hint 1/)
        .closest('li'),
    );
    expect(screen.getByText('1 of 2 hints shown')).toBeTruthy();
    await fireEvent.click(screen.getByRole('button', { name: 'Show a hint' }));
    expect(within(hints).getAllByRole('listitem')[1]?.textContent).toMatch(
      /Hint 2:.*The answer: No\. In Step 5’s matrix.*gives itself 0\.\d\d/,
    );
    expect(screen.queryByRole('button', { name: 'Show a hint' })).toBeNull();
    await fireEvent.click(screen.getByRole('radio', { name: /^No\./ }));
    await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    expect(statusText()).toMatch(/^✓ Correct\. Right, after a hint, so it does not count/);
    expect(lessonProgress.current.quiz).toMatchObject({
      questions: { 'matrix-diagonal': { firstTry: false, solved: true, hintsShown: 2 } },
    });
  });

  it('keeps its state across a remount, and starts afresh from garbage without crashing', async () => {
    await openQuizAt('rnn-parallel');
    await fireEvent.click(screen.getByRole('radio', { name: /GPUs cannot/ }));
    await fireEvent.click(screen.getByRole('button', { name: 'Check' }));
    await fireEvent.click(screen.getByRole('button', { name: 'Show a hint' }));
    const saved: unknown = JSON.parse(
      window.localStorage.getItem('self-attention-lesson/progress/v1') ?? '',
    );
    expect(saved).toMatchObject({ quiz: { questions: { 'rnn-parallel': { tries: 1 } } } });
    cleanup();
    await renderQuiz();
    screen.getByRole('heading', { name: `Question 1 of ${N}` });
    expect(screen.getByRole<HTMLInputElement>('radio', { name: /GPUs cannot/ }).checked).toBe(true);
    expect(statusText()).toMatch(/^✗ Not yet/);
    expect(screen.getByText('1 of 2 hints shown')).toBeTruthy();
    cleanup();
    lessonProgress.setQuiz({ version: 1, current: 'three', questions: '💥' });
    await renderQuiz();
    screen.getByRole('heading', { name: `Question 1 of ${N}` });
    expect(screen.getByRole('status').textContent).toBe('');
  });

  it('says, before finishing, how many questions have no checked answer', async () => {
    let state = withCurrent(freshQuizState(), N - 1, N);
    state = withCheck(state, 'rnn-parallel', true);
    lessonProgress.setQuiz(state);
    await renderQuiz();
    const finish = screen.getByRole('button', { name: 'Finish and see my results' });
    const note = screen.getByText(new RegExp(`^${N - 1} questions have no checked answer yet\\.`));
    expect(finish.getAttribute('aria-describedby')).toBe(note.id);
    cleanup();
    for (const q of quizQuestions) state = withCheck(state, q.id, true);
    lessonProgress.setQuiz(state);
    await renderQuiz();
    screen.getByRole('button', { name: 'Finish and see my results' });
    expect(screen.queryByText(/no checked answer yet/)).toBeNull();
  });

  it('finishes with the score, mastery per objective and links to review, then starts again', async () => {
    // One wrong first try and one hint before checking: both missed, though solved later.
    let state = withCurrent(freshQuizState(), N - 1, N);
    state = withCheck(state, 'rnn-parallel', false);
    state = withHint(state, 'qkv-key', 2);
    for (const q of quizQuestions) state = withCheck(state, q.id, true);
    lessonProgress.setQuiz(state);
    const { container } = await renderQuiz();
    await fireEvent.click(screen.getByRole('button', { name: 'Finish and see my results' }));
    const results = screen.getByRole('heading', { name: 'Your results' });
    expect(document.activeElement).toBe(results);
    expect(screen.getByText(`${N - 2} of ${N} right first time.`)).toBeTruthy();
    const rows = within(screen.getByRole('table', { name: /for each learning objective/ }))
      .getAllByRole('row')
      .slice(1)
      .map((row) => [...row.children].map((cell) => cell.textContent.trim()).join(' | '));
    expect(rows).toEqual([
      'Explain why RNNs struggle with long sequences | 2 of 3',
      'Describe the core intuition of self-attention | 3 of 3',
      'Understand the Query-Key-Value analogy | 2 of 3',
      'Read and interpret an attention weight matrix | 5 of 5',
      'List the key advantages of self-attention over recurrence | 3 of 3',
    ]);
    const review = screen.getByRole('link', { name: 'Step 2: The RNN Bottleneck Problem' });
    expect(review.getAttribute('href')).toBe('#/step/2/the-rnn-bottleneck');
    expect(screen.getByRole('link', { name: /^Step 4: / }).getAttribute('href')).toBe(
      '#/step/4/self-attention-as-retrieval',
    );
    // 15 of 17 reaches the pass mark (14): finished, passed, and said so with the pass mark.
    expect(lessonProgress.completion).toMatchObject({ status: 'passed', doneSteps: [7] });
    expect(
      screen.getByText(/The pass mark is 80 %, that is 14 of 17 questions right first time/),
    ).toBeTruthy();
    await expect(
      await normalisedHtml(container.querySelector('.quiz-results')?.outerHTML),
    ).toMatchFileSnapshot('./__snapshots__/QuizFigure.results.html');

    lessonProgress.markVisited(3);
    await fireEvent.click(screen.getByRole('button', { name: 'Start the quiz again' }));
    expect(document.activeElement).toBe(heading(1));
    // A retake: no answers, and a new attempt, so the choices come in new orders.
    expect(lessonProgress.current.quiz).toEqual(
      freshQuizState({ seed: state.shuffle.seed, attempt: state.shuffle.attempt + 1 }),
    );
    expect(lessonProgress.current.visited).toContain(3);
  });
});
