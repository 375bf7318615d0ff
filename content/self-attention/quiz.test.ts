// The quiz data is authored by hand; this refuses data the quiz could not teach with.
import { describe, expect, it } from 'vitest';
import tableJson from '../../src/data/word-classes.json';
import { parseAttentionRule } from '../../src/engine/attentionRule';
import { tokenize } from '../../src/engine/tokenize';
import { parseWordTable } from '../../src/engine/wordFeatures';
import { matrixView, quizFacts } from '../../src/app/quiz/quizFacts';
import { fill, PLACEHOLDERS_BY_KIND, placeholdersIn, valuesFor } from '../../src/app/quiz/quizText';
import type { Question } from '../../src/app/quiz/quizTypes';
import ruleJson from './attention-rule.json';
import { lesson } from './lesson';
import { quizQuestions } from './quiz';

const rule = parseAttentionRule(ruleJson);
const table = parseWordTable(tableJson);
const context = {
  facts: quizFacts(table, rule, 0.125),
  matrixFor: (q: { sentence: string; queryWord: string }) =>
    matrixView(q.sentence, q.queryWord, table, rule, { causal: false, temperature: 1 }),
  shuffle: { seed: 1, attempt: 0 },
};

/** Every piece of text a question may show. */
function textsOf(q: Question): string[] {
  const common = [q.prompt, ...q.hints.map((h) => h.text)];
  switch (q.kind) {
    case 'single':
    case 'multiple':
      return [...common, ...q.choices.flatMap((c) => [c.text, c.rationale])];
    case 'matrix':
      return [...common, ...Object.values(q.rationales)];
    case 'order':
      return [
        ...common,
        ...q.items.flatMap((i) => [i.text, i.rationale]),
        ...Object.values(q.rationales),
      ];
    case 'number':
      return [...common, q.inputLabel, ...Object.values(q.rationales)];
  }
}

const unique = (list: readonly string[]) => new Set(list).size === list.length;

describe('the quiz data', () => {
  it('has at least 12 questions with unique ids, and every kind of question', () => {
    expect(quizQuestions.length).toBeGreaterThanOrEqual(12);
    expect(unique(quizQuestions.map((q) => q.id))).toBe(true);
    const kinds = new Set(quizQuestions.map((q) => q.kind));
    expect([...kinds].sort()).toEqual(['matrix', 'multiple', 'number', 'order', 'single']);
  });

  it('tags each question with an objective of lesson.ts, and covers each objective twice', () => {
    const ids = lesson.objectives.map((o) => o.id);
    for (const q of quizQuestions) expect(ids, q.id).toContain(q.objective);
    for (const id of ids) {
      expect(quizQuestions.filter((q) => q.objective === id).length, id).toBeGreaterThanOrEqual(2);
    }
  });

  it('gives every question a prompt and hints, the last of them (only) giving the answer', () => {
    for (const q of quizQuestions) {
      expect(q.prompt.trim(), q.id).not.toBe('');
      expect(q.hints.length, q.id).toBeGreaterThanOrEqual(2);
      expect(q.hints.map((h) => h.givesAnswer === true)).toEqual(
        q.hints.map((_, i) => i === q.hints.length - 1),
      );
    }
  });

  it('has a right answer for each choice question, and a rationale for every choice', () => {
    for (const q of quizQuestions) {
      if (q.kind !== 'single' && q.kind !== 'multiple') continue;
      const right = q.choices.filter((c) => c.correct).length;
      if (q.kind === 'single') expect(right, q.id).toBe(1);
      else expect(right, q.id).toBeGreaterThanOrEqual(2);
      expect(
        q.choices.some((c) => !c.correct),
        q.id,
      ).toBe(true);
      expect(unique(q.choices.map((c) => c.id)), q.id).toBe(true);
      expect(unique(q.choices.map((c) => c.text)), q.id).toBe(true);
      for (const c of q.choices) expect(c.rationale.trim(), `${q.id}/${c.id}`).not.toBe('');
    }
  });

  it('has ordering items that are unique, each with a rationale', () => {
    for (const q of quizQuestions) {
      if (q.kind !== 'order') continue;
      expect(q.items.length, q.id).toBeGreaterThan(1);
      expect(unique(q.items.map((i) => i.id)), q.id).toBe(true);
      expect(unique(q.items.map((i) => i.text)), q.id).toBe(true);
      for (const item of q.items) expect(item.rationale.trim()).not.toBe('');
    }
  });

  it('asks the matrix question about a token of its sentence', () => {
    for (const q of quizQuestions) {
      if (q.kind !== 'matrix') continue;
      const words = tokenize(q.sentence).tokens.map((t) => t.text.toLowerCase());
      expect(words, q.id).toContain(q.queryWord.toLowerCase());
      for (const text of Object.values(q.rationales)) expect(text.trim()).not.toBe('');
    }
  });

  it('asks the softmax question with a stated tolerance around the engine’s value', () => {
    const numbers = quizQuestions.filter((q) => q.kind === 'number');
    for (const q of numbers) {
      expect(q.scores[q.target], q.id).toBeDefined();
      expect(q.tolerance).toBeGreaterThan(0);
      expect(q.prompt).toContain('{tolerance}');
    }
    const softmax = numbers.find((q) => q.id === 'matrix-softmax');
    expect(softmax?.scores).toEqual([2, 1, 3]);
    expect(softmax?.tolerance).toBe(0.005);
    expect(softmax && fill('{expected}', valuesFor(softmax, context))).toBe('0.665');
  });

  it('uses only placeholders the quiz can fill, and fills them all', () => {
    for (const q of quizQuestions) {
      const values = { ...valuesFor(q, context), key: '“cat”', weight: '0.41', given: '0.5' };
      for (const text of textsOf(q)) {
        for (const name of placeholdersIn(text)) {
          expect(PLACEHOLDERS_BY_KIND[q.kind], `${q.id}: {${name}}`).toContain(name);
        }
        expect(fill(text, values), q.id).not.toMatch(/[{}]/);
      }
    }
  });

  it('includes the misconceptions learners hold', () => {
    const ids = quizQuestions.map((q) => q.id);
    for (const id of [
      'matrix-diagonal',
      'matrix-masked',
      'matrix-average',
      'advantages-explanation',
      'rnn-parallel',
    ]) {
      expect(ids).toContain(id);
    }
  });
});

describe('the quiz’s words, as a careful teacher would have them', () => {
  const choice = (questionId: string, choiceId: string) => {
    const q = quizQuestions.find((question) => question.id === questionId);
    const found =
      q && (q.kind === 'single' || q.kind === 'multiple')
        ? q.choices.find((c) => c.id === choiceId)
        : undefined;
    if (!q || !found) throw new Error(`no choice ${questionId}/${choiceId}`);
    return { question: q, choice: found };
  };

  it('does not mark a learner wrong for reading sequential processing as a speed cost', () => {
    const { question, choice: sequential } = choice('rnn-problems', 'sequential');
    // The stem asks about speed as well as learning, so "sequential" is right on any reading.
    expect(question.prompt).toMatch(/how fast it trains/);
    expect(sequential.rationale).toMatch(/costs time rather than accuracy/);
  });

  it('says the score, not the weight, depends only on the pair', () => {
    const { choice: allChange } = choice('intuition-order', 'all-change');
    expect(allChange.rationale).not.toMatch(/each weight depends only/);
    expect(allChange.rationale).toMatch(/each score depends only on the two tokens’ query and key/);
  });

  it('says which attention has no window (sliding-window attention exists)', () => {
    const texts = quizQuestions.flatMap(textsOf).join('\n');
    expect(texts).not.toMatch(/(^|[^-] )Attention has no window/m);
    expect(choice('intuition-core', 'neighbours').choice.rationale).toMatch(
      /^Full self-attention.*has no window/,
    );
  });
});

// A learner who picks the longest, most carefully hedged choice should not pass: the right answer
// must not stand out by its length. Lengths are of the raw text, placeholders unfilled.
describe('the quiz’s choices, judged by length alone', () => {
  const choiceQuestions = quizQuestions.flatMap((q) =>
    q.kind === 'single' || q.kind === 'multiple' ? [q] : [],
  );
  const lengthsOf = (q: (typeof choiceQuestions)[number]) => ({
    right: q.choices.filter((c) => c.correct).map((c) => c.text.length),
    wrong: q.choices.filter((c) => !c.correct).map((c) => c.text.length),
  });
  const mean = (list: readonly number[]) => list.reduce((a, b) => a + b, 0) / list.length;

  it('makes the right choice the strictly longest in at most a quarter of single-choice questions', () => {
    const single = choiceQuestions.filter((q) => q.kind === 'single');
    const longest = single.filter((q) => {
      const { right, wrong } = lengthsOf(q);
      return (right[0] ?? 0) > Math.max(...wrong);
    });
    expect(single.length).toBeGreaterThan(0);
    expect(longest.length, longest.map((q) => q.id).join(', ')).toBeLessThanOrEqual(
      Math.floor(single.length / 4),
    );
  });

  it('never makes a single right choice more than 1.5 times as long as the longest wrong one', () => {
    for (const q of choiceQuestions.filter((question) => question.kind === 'single')) {
      const { right, wrong } = lengthsOf(q);
      expect(right[0] ?? 0, q.id).toBeLessThanOrEqual(1.5 * Math.max(...wrong));
    }
  });

  it('keeps the right choices of a “choose all” question within 30 % of the wrong ones’ mean length', () => {
    for (const q of choiceQuestions.filter((question) => question.kind === 'multiple')) {
      const { right, wrong } = lengthsOf(q);
      expect(mean(right), q.id).toBeLessThanOrEqual(1.3 * mean(wrong));
    }
  });
});
