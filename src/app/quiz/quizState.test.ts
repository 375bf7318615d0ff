import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { quizQuestions } from '../../../content/self-attention/quiz';
import {
  freshQuizState,
  parseQuizState,
  progressOf,
  withAnswer,
  withCheck,
  withCurrent,
  withFinished,
  withHint,
  retakenQuizState,
} from './quizState';

const questions = quizQuestions;

describe('quiz state changes', () => {
  it('counts a first try right only when checked right with no hint before', () => {
    let state = withAnswer(freshQuizState(), 'rnn-parallel', { kind: 'single', choice: 'gpu' });
    state = withCheck(state, 'rnn-parallel', false);
    state = withCheck(
      withAnswer(state, 'rnn-parallel', { kind: 'single', choice: 'depends' }),
      'rnn-parallel',
      true,
    );
    expect(progressOf(state, 'rnn-parallel')).toMatchObject({
      tries: 2,
      firstTry: false,
      solved: true,
    });

    state = withHint(state, 'qkv-key', 2);
    state = withCheck(state, 'qkv-key', true);
    expect(progressOf(state, 'qkv-key')).toMatchObject({
      firstTry: false,
      solved: true,
      hintsShown: 1,
    });

    state = withCheck(state, 'qkv-output', true);
    expect(progressOf(state, 'qkv-output').firstTry).toBe(true);
    // A hint after a right first try changes nothing.
    state = withHint(state, 'qkv-output', 2);
    expect(progressOf(state, 'qkv-output').firstTry).toBe(true);
  });

  it('clears the feedback when the answer changes, and caps hints and the current question', () => {
    let state = withCheck(freshQuizState(), 'rnn-parallel', false);
    expect(progressOf(state, 'rnn-parallel').checked).toBe(true);
    state = withAnswer(state, 'rnn-parallel', { kind: 'single', choice: 'gpu' });
    expect(progressOf(state, 'rnn-parallel').checked).toBe(false);
    for (let i = 0; i < 5; i++) state = withHint(state, 'rnn-parallel', 2);
    expect(progressOf(state, 'rnn-parallel').hintsShown).toBe(2);
    expect(withCurrent(state, 99, 16).current).toBe(15);
    expect(withCurrent(state, -1, 16).current).toBe(0);
    expect(withFinished(state).finished).toBe(true);
  });
});

describe('parseQuizState', () => {
  it('reads back what it saved, through JSON', () => {
    let state = withAnswer(freshQuizState(), 'qkv-order', {
      kind: 'order',
      items: ['project', 'scores', 'scale', 'softmax', 'mix'],
    });
    state = withCheck(state, 'qkv-order', true);
    state = withAnswer(state, 'matrix-argmax', { kind: 'matrix', key: 1 });
    state = withAnswer(state, 'matrix-softmax', { kind: 'number', text: '0.6' });
    state = withAnswer(state, 'rnn-problems', { kind: 'multiple', choices: ['gradients'] });
    state = withHint(withCurrent(state, 5, questions.length), 'rnn-problems', 2);
    expect(parseQuizState(JSON.parse(JSON.stringify(state)), questions)).toEqual(state);
  });

  it('refuses anything this quiz did not write', () => {
    const good = withCheck(freshQuizState(), 'rnn-parallel', true);
    const broken = (change: (s: Record<string, unknown>) => unknown) =>
      parseQuizState(
        change(JSON.parse(JSON.stringify(good)) as Record<string, unknown>),
        questions,
      );
    expect(broken(() => null)).toBeNull();
    expect(broken(() => '💥')).toBeNull();
    expect(broken((s) => ({ ...s, version: 3 }))).toBeNull();
    expect(broken((s) => ({ ...s, shuffle: undefined }))).toBeNull();
    expect(broken((s) => ({ ...s, shuffle: { seed: -1, attempt: 0 } }))).toBeNull();
    expect(broken((s) => ({ ...s, shuffle: { seed: 2 ** 32, attempt: 0 } }))).toBeNull();
    expect(broken((s) => ({ ...s, shuffle: { seed: 5, attempt: 0.5 } }))).toBeNull();
    expect(broken((s) => ({ ...s, current: 99 }))).toBeNull();
    expect(broken((s) => ({ ...s, current: 1.5 }))).toBeNull();
    expect(broken((s) => ({ ...s, questions: [] }))).toBeNull();
    const entry = (p: Record<string, unknown>) => (s: Record<string, unknown>) => ({
      ...s,
      questions: { 'rnn-parallel': { ...progressOf(good, 'rnn-parallel'), ...p } },
    });
    expect(broken(entry({ tries: -1 }))).toBeNull();
    expect(broken(entry({ firstTry: null }))).toBeNull();
    expect(broken(entry({ hintsShown: 9 }))).toBeNull();
    expect(broken(entry({ answer: { kind: 'single', choice: 'nope' } }))).toBeNull();
    expect(broken(entry({ answer: { kind: 'number', text: '1' } }))).toBeNull();
    expect(broken(entry({ solved: false, firstTry: true }))).toBeNull();
  });

  it('keeps the answers of a quiz saved before choices were shuffled (version 1), with seed 0', () => {
    const now = withCheck(freshQuizState({ seed: 99, attempt: 2 }), 'rnn-parallel', true);
    const old: Record<string, unknown> = { ...now, version: 1 };
    delete old.shuffle;
    expect(parseQuizState(old, questions)).toEqual({ ...now, shuffle: { seed: 0, attempt: 0 } });
  });

  it('keeps the learner’s seed and counts retakes', () => {
    const state = withCheck(freshQuizState({ seed: 99, attempt: 0 }), 'rnn-parallel', true);
    expect(parseQuizState(JSON.parse(JSON.stringify(state)), questions)?.shuffle).toEqual({
      seed: 99,
      attempt: 0,
    });
    expect(retakenQuizState(state)).toEqual(freshQuizState({ seed: 99, attempt: 1 }));
  });

  it('drops progress for a question the quiz no longer has', () => {
    const saved = { ...freshQuizState(), questions: { gone: { anything: 1 } } };
    expect(parseQuizState(saved, questions)).toEqual(freshQuizState());
  });

  it('never throws on arbitrary input', () => {
    fc.assert(
      fc.property(fc.jsonValue(), (value) => {
        const parsed = parseQuizState(value, questions);
        if (parsed) expect(parsed.current).toBeLessThan(questions.length);
      }),
    );
    fc.assert(
      fc.property(
        fc.record({
          version: fc.constant(1),
          current: fc.integer({ min: 0, max: 15 }),
          finished: fc.boolean(),
          questions: fc.dictionary(fc.constantFrom(...questions.map((q) => q.id)), fc.jsonValue()),
        }),
        (value) => {
          expect(() => parseQuizState(value, questions)).not.toThrow();
        },
      ),
    );
  });
});
