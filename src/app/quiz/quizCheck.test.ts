import { describe, expect, it } from 'vitest';
import { quizQuestions } from '../../../content/self-attention/quiz';
import { answerText, checkAnswer, orderOf, parseDecimal } from './quizCheck';
import { startOrder } from './quizShuffle';
import { experimentFacts } from './experimentFacts';
import type { MatrixView } from './quizFacts';
import type { QuizContext } from './quizText';
import type { Question } from './quizTypes';

const view: MatrixView = {
  sentence: 'The cat sat down',
  words: ['The', 'cat', 'sat', 'down'],
  weights: [
    [0.2, 0.4, 0.2, 0.2],
    [0.3, 0.2, 0.3, 0.2],
    [0.16, 0.41, 0.16, 0.27],
    [0.25, 0.25, 0.25, 0.25],
  ],
  masked: [0, 1, 2, 3].map(() => [false, false, false, false]),
  query: 2,
  best: [1],
};
const facts = {
  satSelf: '0.16',
  satCat: '0.41',
  tokenCount: '4',
  matrixMean: '0.25',
  sharpMean: '0.25',
  zeroScoreWeight: '0.27',
  ...experimentFacts(),
};
const context: QuizContext = { facts, matrixFor: () => view, shuffle: { seed: 7, attempt: 0 } };

function question<K extends Question['kind']>(id: string, kind: K) {
  const found = quizQuestions.find((q) => q.id === id);
  if (found?.kind !== kind) throw new Error(`no ${kind} question ${id}`);
  return found as Extract<Question, { kind: K }>;
}

describe('parseDecimal', () => {
  it('reads decimals as people type them, and nothing else', () => {
    expect(parseDecimal(' 0.665 ')).toBe(0.665);
    expect(parseDecimal('.665')).toBe(0.665);
    expect(parseDecimal('0,665')).toBe(0.665);
    expect(parseDecimal('1')).toBe(1);
    for (const bad of ['', 'abc', '0.6.6', '1e3', '0x1', '--1', '.']) {
      expect(parseDecimal(bad)).toBeNull();
    }
  });
});

describe('checkAnswer', () => {
  it('single choice: right or wrong with the chosen rationale; nothing chosen is no try', () => {
    const q = question('matrix-diagonal', 'single');
    expect(checkAnswer(q, null, context).verdict).toBe('incomplete');
    const right = checkAnswer(q, { kind: 'single', choice: 'no' }, context);
    expect(right.verdict).toBe('correct');
    expect(right.rationales[0]?.about).toContain('“sat” gives itself 0.16 and gives “cat” 0.41');
    const wrong = checkAnswer(q, { kind: 'single', choice: 'similar' }, context);
    expect(wrong.verdict).toBe('wrong');
    expect(wrong.rationales[0]?.text).toContain('“sat” gives itself 0.16');
  });

  it('multiple choice: right only with every right choice and no wrong one', () => {
    const q = question('rnn-problems', 'multiple');
    const tick = (...choices: string[]) => checkAnswer(q, { kind: 'multiple', choices }, context);
    expect(tick().verdict).toBe('incomplete');
    expect(tick('bottleneck', 'gradients', 'sequential').verdict).toBe('correct');
    const partial = tick('bottleneck', 'no-order');
    expect(partial.verdict).toBe('wrong');
    expect(partial.summary).toContain('1 of the 3 right choices and 1 wrong one');
    expect(partial.rationales.map((r) => r.about)).toHaveLength(2);
  });

  it('matrix: the largest cell is right; the diagonal and masked cells explain themselves', () => {
    const q = question('matrix-argmax', 'matrix');
    expect(checkAnswer(q, null, context).summary).toContain('row of “sat”');
    const right = checkAnswer(q, { kind: 'matrix', key: 1 }, context);
    expect(right.verdict).toBe('correct');
    expect(right.rationales[0]?.text).toBe(
      'Right: “sat” gives “cat” 0.41, the largest weight in its row.',
    );
    const self = checkAnswer(q, { kind: 'matrix', key: 2 }, context);
    expect(self.rationales[0]?.text).toContain('The diagonal does not always win');
    const masked = { ...view, masked: view.masked.map((r, i) => r.map((_, j) => j > i)) };
    const causal = { ...context, matrixFor: () => masked };
    const hidden = checkAnswer(q, { kind: 'matrix', key: 3 }, causal);
    expect(hidden.rationales[0]?.text).toContain('exactly 0');
    expect(checkAnswer(q, { kind: 'matrix', key: 9 }, context).verdict).toBe('incomplete');
  });

  it('order: right only in order; each misplaced step says where it belongs and why', () => {
    const q = question('qkv-order', 'order');
    const ids = q.items.map((i) => i.id);
    expect(checkAnswer(q, { kind: 'order', items: ids }, context).verdict).toBe('correct');
    const start = checkAnswer(q, null, context);
    expect(orderOf(q, null, context.shuffle)).toEqual(startOrder(q, context.shuffle));
    expect(orderOf(q, null, context.shuffle)).not.toEqual(ids);
    expect(start.verdict).toBe('wrong');
    expect(start.summary).toMatch(/^\d of 5 steps are in the right place/);
    expect(start.rationales.some((r) => /belongs at position 1$/.test(r.about ?? ''))).toBe(true);
  });

  it('number: within the stated tolerance, with a rationale for the tempting mistakes', () => {
    const q = question('matrix-softmax', 'number');
    const typed = (text: string) => checkAnswer(q, { kind: 'number', text }, context);
    expect(typed('').verdict).toBe('incomplete');
    expect(typed('about a half').verdict).toBe('incomplete');
    for (const ok of ['0.665', '0,665', '0.660', '0.670', '.67', '0.6652']) {
      expect(typed(ok).verdict, ok).toBe('correct');
    }
    for (const no of ['0.6599', '0.6701', '0.671', '0.7']) {
      expect(typed(no).verdict, no).toBe('wrong');
    }
    expect(typed('0.5').rationales[0]?.text).toContain('divided by the sum of the scores');
    expect(typed('0.245').rationales[0]?.text).toContain('weight of another score');
    expect(typed('0.9').rationales[0]?.text).toContain('Exponentiate each score');
  });
});

describe('answerText', () => {
  it('states the answer of every kind, with live numbers', () => {
    expect(answerText(question('matrix-argmax', 'matrix'), context)).toBe(
      'The answer: the cell of “cat” (0.41).',
    );
    expect(answerText(question('matrix-softmax', 'number'), context)).toBe('The answer: 0.665.');
    expect(answerText(question('rnn-parallel', 'single'), context)).toMatch(
      /^The answer: Each hidden state/,
    );
    expect(answerText(question('rnn-problems', 'multiple'), context)).toMatch(
      /^The right choices: One fixed-size.*; .*; Each step waits/,
    );
    expect(answerText(question('qkv-order', 'order'), context)).toMatch(
      /^The order: \(1\) Make the query.*\(5\) Multiply each value/,
    );
  });
});
