import { describe, expect, it } from 'vitest';
import { quizQuestions } from '../../../content/self-attention/quiz';
import { STEP_COUNT } from '../lesson';
import { MAX_ANSWER_LENGTH, freshQuizState, parseQuizState } from '../quiz/quizState';
import type { Question, QuizAnswer, QuizState } from '../quiz/quizTypes';
import { SUSPEND_DATA_LIMIT } from './scorm12Values';
import { decodeSuspendData, encodeSuspendData } from './suspendData';

const allSteps = Array.from({ length: STEP_COUNT }, (_, i) => i + 1);

/** The longest answer each kind of question can hold. */
function longestAnswer(q: Question): QuizAnswer {
  switch (q.kind) {
    case 'single': {
      const longest = [...q.choices].sort((a, b) => b.id.length - a.id.length)[0];
      return { kind: 'single', choice: longest?.id ?? '' };
    }
    case 'multiple':
      return { kind: 'multiple', choices: q.choices.map((c) => c.id) };
    case 'matrix':
      return { kind: 'matrix', key: 10_000 };
    case 'order':
      return { kind: 'order', items: q.items.map((i) => i.id).reverse() };
    case 'number':
      // A typed answer with every character escaped in JSON, as long as the box allows.
      return { kind: 'number', text: '"'.repeat(MAX_ANSWER_LENGTH) };
  }
}

/** Every question answered, checked many times, every hint shown: the most there is to keep. */
function fullestQuiz(): QuizState {
  const questions = Object.fromEntries(
    quizQuestions.map((q) => [
      q.id,
      {
        answer: longestAnswer(q),
        checked: true,
        tries: 999_999,
        hintsShown: q.hints.length,
        firstTry: false,
        solved: true,
      },
    ]),
  );
  return {
    version: 2,
    shuffle: { seed: 0xffffffff, attempt: 999_999 },
    current: quizQuestions.length - 1,
    finished: true,
    questions,
  };
}

describe('suspend data', () => {
  it('fits in SCORM 1.2’s 4,096 characters with every answer given and every hint shown', () => {
    const quiz = fullestQuiz();
    expect(parseQuizState(quiz, quizQuestions)).toEqual(quiz);
    const data = encodeSuspendData({ visited: allSteps, quiz }, quizQuestions);
    expect(data.length).toBeLessThanOrEqual(SUSPEND_DATA_LIMIT);
    // Room to spare for a few more questions.
    expect(data.length).toBeLessThan(SUSPEND_DATA_LIMIT * 0.75);
  });

  it('gives back the steps, the answers, the hints and the first tries it was given', () => {
    const quiz = fullestQuiz();
    const data = encodeSuspendData({ visited: [1, 3, 7], quiz }, quizQuestions);
    expect(decodeSuspendData(data, quizQuestions, STEP_COUNT)).toEqual({
      progress: { visited: [1, 3, 7], quiz },
      problems: [],
    });
  });

  it('keeps a quiz not yet started, and no quiz at all, as they were', () => {
    for (const quiz of [freshQuizState({ seed: 42, attempt: 1 }), null]) {
      const data = encodeSuspendData({ visited: [2], quiz }, quizQuestions);
      expect(decodeSuspendData(data, quizQuestions, STEP_COUNT).progress).toEqual({
        visited: [2],
        quiz,
      });
    }
  });

  it('holds only the steps and the quiz, never the learner’s sentence', () => {
    const progress = { visited: [5], quiz: null, sentence: 'My secret sentence' };
    const data = encodeSuspendData(progress, quizQuestions);
    expect(data).not.toContain('secret');
    expect(data).toBe('[1,[5],null]');
  });

  it('reads an empty value as a first launch, with nothing wrong', () => {
    expect(decodeSuspendData('', quizQuestions, STEP_COUNT)).toEqual({
      progress: { visited: [], quiz: null },
      problems: [],
    });
  });

  it('says so when the data is not its own, and starts afresh', () => {
    for (const data of [
      'not json',
      '{"visited":[1]}',
      '[2,[1],null]',
      '[[[[[[[[[[[[[[[[[[1]]]]]]]]]]]]]]]]]]',
    ]) {
      expect(decodeSuspendData(data, quizQuestions, STEP_COUNT)).toEqual({
        progress: { visited: [], quiz: null },
        problems: ['unreadable'],
      });
    }
  });

  it('keeps the quiz when the steps are broken, and says which part was lost', () => {
    const quiz = fullestQuiz();
    const good = JSON.parse(encodeSuspendData({ visited: [1], quiz }, quizQuestions)) as unknown[];
    const data = JSON.stringify([good[0], [1, 99], good[2]]);
    expect(decodeSuspendData(data, quizQuestions, STEP_COUNT)).toEqual({
      progress: { visited: [], quiz },
      problems: ['steps'],
    });
  });

  it('keeps the steps when the quiz is broken, and says which part was lost', () => {
    const good = JSON.parse(
      encodeSuspendData({ visited: [1, 2], quiz: fullestQuiz() }, quizQuestions),
    ) as [number, number[], [number, number, number, number, Record<string, unknown[]>]];
    const [seed, attempt, current, finished, answered] = good[2];
    const first = quizQuestions[0]?.id ?? '';
    // More hints shown than the question has.
    const broken = { ...answered, [first]: [null, 0, 0, 99, null, 0] };
    const data = JSON.stringify([1, [1, 2], [seed, attempt, current, finished, broken]]);
    expect(decodeSuspendData(data, quizQuestions, STEP_COUNT)).toEqual({
      progress: { visited: [1, 2], quiz: null },
      problems: ['quiz'],
    });
  });
});
