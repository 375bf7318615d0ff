import { describe, expect, it } from 'vitest';
import { lesson } from '../../../content/self-attention/lesson';
import { quizQuestions } from '../../../content/self-attention/quiz';
import { quizScore, reviewList } from './quizScore';
import { freshQuizState, withCheck, withHint } from './quizState';

const steps = [
  { number: 1, slug: 'one', title: 'One' },
  { number: 2, slug: 'two', title: 'Two' },
  { number: 3, slug: 'three', title: 'Three' },
  { number: 4, slug: 'four', title: 'Four' },
  { number: 5, slug: 'five', title: 'Five' },
  { number: 6, slug: 'six', title: 'Six' },
];

describe('quizScore', () => {
  it('scores first tries only, per objective too', () => {
    let state = freshQuizState();
    for (const q of quizQuestions) state = withCheck(state, q.id, true);
    // One wrong first try, one hint: both missed, even though solved later.
    state = withCheck(withCheck(freshQuizState(), 'rnn-parallel', false), 'rnn-parallel', true);
    state = withCheck(withHint(state, 'qkv-key', 2), 'qkv-key', true);
    for (const q of quizQuestions.filter((q) => !['rnn-parallel', 'qkv-key'].includes(q.id))) {
      state = withCheck(state, q.id, true);
    }
    const score = quizScore(quizQuestions, state, lesson.objectives);
    expect(score).toMatchObject({ right: quizQuestions.length - 2, total: quizQuestions.length });
    expect(score.objectives.map((o) => o.objective.id)).toEqual(lesson.objectives.map((o) => o.id));
    const rnn = score.objectives.find((o) => o.objective.id === 'rnn-limits');
    expect(rnn?.missed.map((q) => q.id)).toEqual(['rnn-parallel']);
    expect(rnn && rnn.total - rnn.right).toBe(1);
  });

  it('counts unanswered questions as missed', () => {
    const score = quizScore(quizQuestions, freshQuizState(), lesson.objectives);
    expect(score.right).toBe(0);
    expect(score.objectives.every((o) => o.missed.length === o.total)).toBe(true);
  });
});

describe('reviewList', () => {
  it('links each objective with a miss to the steps that teach it', () => {
    const state = withCheck(freshQuizState(), 'intuition-core', false);
    const score = quizScore(
      quizQuestions.filter((q) => q.objective === 'attention-intuition'),
      state,
      lesson.objectives,
    );
    const review = reviewList(score, steps);
    expect(review).toHaveLength(1);
    expect(review[0]?.steps).toEqual([
      { number: 1, title: 'One', hash: '#/step/1/one' },
      { number: 3, title: 'Three', hash: '#/step/3/three' },
    ]);
  });

  it('is empty when nothing was missed', () => {
    let state = freshQuizState();
    for (const q of quizQuestions) state = withCheck(state, q.id, true);
    expect(reviewList(quizScore(quizQuestions, state, lesson.objectives), steps)).toEqual([]);
  });
});
