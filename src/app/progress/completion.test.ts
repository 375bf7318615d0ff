import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { lesson } from '../../../content/self-attention/lesson';
import { quizQuestions } from '../../../content/self-attention/quiz';
import {
  completionRules,
  lessonCompletion,
  passMarkOf,
  quizStanding,
  quizStepOf,
  type CompletionRules,
} from './completion';
import { steps } from '../lesson';
import { freshQuizState, withAnswer, withCheck, withFinished, withHint } from '../quiz/quizState';
import type { QuizState } from '../quiz/quizTypes';

const N = quizQuestions.length;
const lessonRules = completionRules(lesson, steps, quizQuestions);

/** A quiz state with the first `right` questions right first time and the rest wrong. */
function quizWith(right: number, finished: boolean): QuizState {
  let state = freshQuizState();
  for (const [i, q] of quizQuestions.entries()) state = withCheck(state, q.id, i < right);
  return finished ? withFinished(state) : state;
}

const progress = (visited: number[], quiz: unknown = null) => ({ visited, quiz });

describe('the completion rule', () => {
  it('counts the steps before the quiz as done once opened, and never the quiz’s step for opening it', () => {
    expect(lessonCompletion(progress([1, 3, 7]), lessonRules)).toEqual({
      status: 'incomplete',
      scorePercent: null,
      doneSteps: [1, 3],
    });
  });

  it('leaves the lesson incomplete, with no score, until the quiz is finished', () => {
    const allRight = quizWith(N, false);
    const completion = lessonCompletion(progress([1, 2, 3, 4, 5, 6, 7], allRight), lessonRules);
    expect(completion).toEqual({
      status: 'incomplete',
      scorePercent: null,
      doneSteps: [1, 2, 3, 4, 5, 6],
    });
    expect(quizStanding(allRight, lessonRules)).toMatchObject({ state: 'in-progress', right: N });
  });

  it('marks the quiz’s step done when the quiz is finished, but 0 right is not a pass', () => {
    const completion = lessonCompletion(progress([7], quizWith(0, true)), lessonRules);
    expect(completion).toEqual({ status: 'failed', scorePercent: 0, doneSteps: [7] });
  });

  it('passes at the manifest’s pass mark and not one question below it', () => {
    const { required } = passMarkOf(N, lesson.masteryScore);
    expect(required).toBe(Math.ceil(lesson.masteryScore * N));
    const at = lessonCompletion(progress([1], quizWith(required, true)), lessonRules);
    expect(at.status).toBe('passed');
    // The score is sent rounded to two decimals (14 of 17 is 82.35 %).
    expect(at.scorePercent).toBeCloseTo((100 * required) / N, 2);
    const below = lessonCompletion(progress([1], quizWith(required - 1, true)), lessonRules);
    expect(below.status).toBe('failed');
  });

  it('counts first tries only: a question solved after a hint does not count', () => {
    let state = freshQuizState();
    for (const q of quizQuestions) state = withCheck(withHint(state, q.id, 1), q.id, true);
    expect(quizStanding(withFinished(state), lessonRules)).toMatchObject({
      state: 'finished',
      right: 0,
      passed: false,
    });
  });

  it('tells a quiz not started from one started, and treats an unreadable quiz as not started', () => {
    expect(quizStanding(null, lessonRules).state).toBe('not-started');
    expect(quizStanding(freshQuizState(), lessonRules).state).toBe('not-started');
    const single = quizQuestions.find((q) => q.kind === 'single');
    if (single?.kind !== 'single') throw new Error('no single-choice question');
    const choice = single.choices[0]?.id ?? '';
    const answered = withAnswer(freshQuizState(), single.id, { kind: 'single', choice });
    expect(quizStanding(answered, lessonRules).state).toBe('in-progress');
    expect(quizStanding({ ...freshQuizState(), current: 2 }, lessonRules).state).toBe(
      'in-progress',
    );
    expect(quizStanding({ version: 1, current: 'x' }, lessonRules).state).toBe('not-started');
    expect(lessonCompletion(progress([2], '💥'), lessonRules).status).toBe('incomplete');
  });

  it('reports the score as a percentage of the questions, 0 to 100', () => {
    const rules: CompletionRules = { ...lessonRules, masteryScore: 0.5 };
    expect(lessonCompletion(progress([], quizWith(N, true)), rules).scorePercent).toBe(100);
    expect(lessonCompletion(progress([], quizWith(1, true)), rules).scorePercent).toBe(
      Math.round(10_000 / N) / 100,
    );
  });
});

describe('passMarkOf', () => {
  it('rounds the required count up, without floating-point surprises', () => {
    expect(passMarkOf(16, 0.8)).toEqual({ required: 13, total: 16, percent: 80 });
    // 0.8 × 15 is 12.000000000000002 in floating point.
    expect(passMarkOf(15, 0.8).required).toBe(12);
    expect(passMarkOf(10, 0.7).required).toBe(7);
    expect(passMarkOf(3, 1).required).toBe(3);
  });
});

describe('completionRules', () => {
  it('finds the step that holds the quiz, and refuses a lesson without one', () => {
    expect(quizStepOf(steps)).toBe(7);
    expect(() => quizStepOf(steps.slice(0, 6))).toThrow(/No step holds the quiz/);
  });

  it('takes the pass mark from the manifest', () => {
    expect(lessonRules).toMatchObject({
      stepCount: 7,
      quizStep: 7,
      masteryScore: lesson.masteryScore,
    });
    expect(lessonRules.questions).toBe(quizQuestions);
  });
});

describe('the README’s section on progress and completion', () => {
  const readme = readFileSync(new URL('../../../README.md', import.meta.url), 'utf8');
  const section = /^## Progress and completion\n([\s\S]*?)(?=^## )/m.exec(readme)?.[1] ?? '';

  it('states the manifest’s pass mark, as a percentage and as a count of questions', () => {
    const { required, total, percent } = passMarkOf(N, lesson.masteryScore);
    expect(section).toContain(`${percent} %`);
    expect(section).toContain(`${required} of the ${total} questions`);
  });

  it('states the rule for steps and the status a course platform would be told', () => {
    expect(section).toContain(`Steps 1 to ${lessonRules.quizStep - 1} count as done once opened`);
    expect(section).toMatch(/incomplete.*passed.*failed/s);
  });
});
