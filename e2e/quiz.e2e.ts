import type { Page } from 'playwright-core';
import { describe, expect, it } from 'vitest';
import ruleJson from '../content/self-attention/attention-rule.json';
import { lesson } from '../content/self-attention/lesson';
import { quizQuestions } from '../content/self-attention/quiz';
import { passMarkOf } from '../src/app/completion';
import { matrixView } from '../src/app/quiz/quizFacts';
import type { Question } from '../src/app/quiz/quizTypes';
import tableJson from '../src/data/word-classes.json';
import { parseAttentionRule } from '../src/engine/attentionRule';
import { softmax } from '../src/engine/softmax';
import { parseWordTable } from '../src/engine/wordFeatures';
import { expectNoAxeViolations, lessonSession } from './browser';

const N = quizQuestions.length;
const passMark = passMarkOf(N, lesson.masteryScore);
const STEP_7 = '#/step/7/test-your-understanding';
const table = parseWordTable(tableJson);
const rule = parseAttentionRule(ruleJson);

const openLessonPage = lessonSession();

async function openQuiz(options = {}) {
  const opened = await openLessonPage(STEP_7, options);
  await opened.page.getByRole('heading', { name: `Question 1 of ${N}` }).waitFor();
  return opened.page;
}

/** What a keyboard user hears for the focused element: a control's label, or its text. */
const focusedName = (page: Page) =>
  page.evaluate(() => {
    const el = document.activeElement;
    if (!el) return '';
    const label =
      el.closest('label') ?? (el.id ? document.querySelector(`label[for="${el.id}"]`) : null);
    return (label ?? el).textContent.replace(/\s+/g, ' ').trim();
  });

const focusedIs = (page: Page, selector: string) =>
  page.evaluate((s) => document.activeElement?.matches(s) ?? false, selector);

/** Tabs forward until the focused element's name matches, as a keyboard user would. */
async function tabTo(page: Page, name: RegExp | string, maxPresses = 80) {
  for (let i = 0; i < maxPresses; i++) {
    await page.keyboard.press('Tab');
    const now = await focusedName(page);
    if (typeof name === 'string' ? now === name : name.test(now)) return;
  }
  throw new Error(`Could not reach ${String(name)} with the Tab key`);
}

/** Tabs into the open question's first radio, checkbox, text box or Move button. */
async function tabIntoAnswer(page: Page) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await focusedIs(page, '.quiz-question input, .quiz-question [data-move]')) return;
  }
  throw new Error('Could not reach the answer with the Tab key');
}

/** The ids of the open question's choices, in the (shuffled) order the page shows them. */
const shownChoiceIds = (page: Page) =>
  page
    .locator('.quiz-question input[type="radio"], .quiz-question input[type="checkbox"]')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));

/** Where the page shows the question's right choice. */
async function rightChoiceIndex(page: Page, q: Question) {
  if (q.kind !== 'single') throw new Error(`${q.id} should be single choice`);
  return (await shownChoiceIds(page)).indexOf(q.choices.find((c) => c.correct)?.id ?? '');
}

/** In a radio group with focus on its first radio and nothing chosen, chooses radio `index`. */
async function chooseRadio(page: Page, index: number) {
  if (index === 0) await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
}

const status = (page: Page) =>
  page
    .locator('.quiz-question [role="status"]')
    .evaluate((el) => el.textContent.replace(/\s+/g, ' ').trim());

async function check(page: Page) {
  await tabTo(page, 'Check');
  await page.keyboard.press('Enter');
}

/** Answers the open question rightly, by keyboard, starting from focus before its answer. */
async function answerRightly(page: Page, q: Question) {
  await tabIntoAnswer(page);
  switch (q.kind) {
    case 'single':
      await chooseRadio(page, await rightChoiceIndex(page, q));
      break;
    case 'multiple': {
      const right = new Set(q.choices.filter((c) => c.correct).map((c) => c.id));
      for (const [i, id] of (await shownChoiceIds(page)).entries()) {
        if (i > 0) await page.keyboard.press('Tab');
        if (right.has(id)) await page.keyboard.press('Space');
      }
      break;
    }
    case 'matrix': {
      const view = matrixView(q.sentence, q.queryWord, table, rule, {
        causal: false,
        temperature: 1,
      });
      await chooseRadio(page, view.best[0] ?? -1);
      break;
    }
    case 'order':
      for (const [target, item] of q.items.entries()) {
        const texts = await page.locator('.quiz-order-text').allTextContents();
        const at = texts.indexOf(item.text);
        if (at === target) continue;
        await tabTo(page, `Move up: ${item.text}`);
        for (let i = at; i > target; i--) await page.keyboard.press('Enter');
      }
      break;
    case 'number':
      await page.keyboard.type((softmax(q.scores)[q.target] ?? NaN).toFixed(3));
      break;
  }
  await check(page);
  await expect.poll(() => status(page)).toMatch(/^✓ Correct\./);
}

/** Chooses the right answer, then opens a hint before checking: not right first time. */
async function answerAfterAHint(page: Page, q: Question) {
  if (q.kind !== 'single') throw new Error(`${q.id} should be single choice`);
  await tabIntoAnswer(page);
  await chooseRadio(page, await rightChoiceIndex(page, q));
  await tabTo(page, 'Show a hint');
  await page.keyboard.press('Enter');
  // The new hint takes focus, and the hints are counted.
  await expect.poll(() => focusedName(page)).toMatch(/^Hint 1:/);
  expect(await page.getByText(`1 of ${q.hints.length} hints shown`).isVisible()).toBe(true);
  await expectNoAxeViolations(page);
  for (let i = 0; i < 5 && (await focusedName(page)) !== 'Check'; i++) {
    await page.keyboard.press('Shift+Tab');
  }
  await page.keyboard.press('Enter');
  await expect.poll(() => status(page)).toMatch(/^✓ Correct\. Right, after a hint/);
}

async function goNext(page: Page, k: number) {
  if (k < N) {
    await tabTo(page, 'Next question');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).toBe(`Question ${k + 1} of ${N}`);
  } else {
    await tabTo(page, 'Finish and see my results');
    await page.keyboard.press('Enter');
    await expect.poll(() => focusedName(page)).toBe('Your results');
  }
}

const question = (k: number): Question => {
  const q = quizQuestions[k - 1];
  if (!q) throw new Error(`no question ${k}`);
  return q;
};

describe('Step 7: the quiz', () => {
  it('is answered by keyboard alone, with a wrong try, a hint and a reload, and scores first tries', async () => {
    const page = await openQuiz({ colorScheme: 'light' });
    expect(await page.getByText(/These questions were written for this lesson/).isVisible()).toBe(
      true,
    );

    // Question 1: the choices are shuffled for this learner, and a reload keeps their order.
    const q1 = question(1);
    if (q1.kind !== 'single') throw new Error('question 1 should be single choice');
    const shown = await shownChoiceIds(page);
    expect([...shown].sort()).toEqual(q1.choices.map((c) => c.id).sort());
    await page.reload();
    await page.getByRole('heading', { name: `Question 1 of ${N}` }).waitFor();
    expect(await shownChoiceIds(page)).toEqual(shown);

    // A wrong answer first, then a retry.
    const right = await rightChoiceIndex(page, q1);
    const wrong = right === 0 ? 1 : 0;
    await tabIntoAnswer(page);
    await chooseRadio(page, wrong);
    await check(page);
    expect(await status(page)).toMatch(/^✗ Not yet\. .*You chose: /);
    await expectNoAxeViolations(page);
    await page.keyboard.press('Shift+Tab');
    for (let i = wrong; i < right; i++) await page.keyboard.press('ArrowDown');
    for (let i = wrong; i > right; i--) await page.keyboard.press('ArrowUp');
    await check(page);
    expect(await status(page)).toMatch(/^✓ Correct\. Right, after 2 tries\./);
    await goNext(page, 1);

    for (let k = 2; k <= N; k++) {
      if (k === 4) {
        await answerAfterAHint(page, question(4));
        await goNext(page, 4);
        continue;
      }
      if (k === 10) {
        // Reload mid-way: the quiz comes back on the same question, with its state.
        await page.reload();
        await page.getByRole('heading', { name: `Question 10 of ${N}` }).waitFor();
      }
      await answerRightly(page, question(k));
      if (question(k).kind === 'matrix') await expectNoAxeViolations(page);
      await goNext(page, k);
    }

    expect(await page.getByText(`${N - 2} of ${N} right first time.`).isVisible()).toBe(true);
    const rows = await page
      .getByRole('table', { name: /for each learning objective/ })
      .locator('tbody tr')
      .evaluateAll((trs) =>
        trs.map((tr) => [...tr.children].map((c) => c.textContent.trim()).join(' | ')),
      );
    expect(rows).toEqual([
      'Explain why RNNs struggle with long sequences | 2 of 3',
      'Describe the core intuition of self-attention | 2 of 3',
      'Understand the Query-Key-Value analogy | 3 of 3',
      'Read and interpret an attention weight matrix | 5 of 5',
      'List the key advantages of self-attention over recurrence | 2 of 2',
    ]);
    const review = page.locator('.quiz-review a');
    expect(await review.allTextContents()).toEqual([
      'Step 2: The RNN Bottleneck Problem',
      'Step 1: Why Sequences Need Attention',
      'Step 3: The Attention Intuition',
    ]);
    // N − 2 reaches the pass mark: the results and the contents list both say passed.
    expect(N - 2).toBeGreaterThanOrEqual(passMark.required);
    const outcome = page.locator('.quiz-outcome');
    expect(await outcome.textContent()).toContain(
      `Passed. The pass mark is ${passMark.percent} %, that is ${passMark.required} of ${N} questions right first time; you have ${N - 2}.`,
    );
    const nav = page.getByRole('navigation', { name: 'Lesson steps' });
    const quizLink = nav.getByRole('link', { name: /Test Your Understanding/ });
    expect(await quizLink.textContent()).toContain(`Quiz finished: ${N - 2} of ${N} right, passed`);
    expect(await nav.locator('.progress-summary').textContent()).toContain('Lesson passed.');
    await expectNoAxeViolations(page);

    // The results survive a reload too; a review link opens its step.
    await page.reload();
    await page.getByRole('heading', { name: 'Your results' }).waitFor();
    await tabTo(page, 'Step 2: The RNN Bottleneck Problem');
    await page.keyboard.press('Enter');
    await page.getByRole('heading', { level: 2, name: 'The RNN Bottleneck Problem' }).waitFor();
  });

  for (const colorScheme of ['light', 'dark'] as const) {
    it(`has no axe violations with feedback, hints, the matrix, the order list and results, in the ${colorScheme} theme`, async () => {
      const page = await openQuiz({ colorScheme });
      await page.getByRole('radio').first().check();
      await page.getByRole('button', { name: 'Check' }).click();
      await page.getByRole('button', { name: 'Show a hint' }).click();
      await page.getByRole('button', { name: 'Show a hint' }).click();
      expect(await page.getByRole('list', { name: 'Hints' }).locator('li').count()).toBe(2);
      await expectNoAxeViolations(page);
      const go = async (id: string) => {
        const k = quizQuestions.findIndex((q) => q.id === id) + 1;
        await page.evaluate(
          ([key, current]) => {
            const saved = JSON.parse(localStorage.getItem(key as string) ?? '{}') as {
              quiz: { current: number };
            };
            saved.quiz.current = current as number;
            localStorage.setItem(key as string, JSON.stringify(saved));
          },
          ['self-attention-lesson/progress/v1', k - 1],
        );
        await page.reload();
        await page.getByRole('heading', { name: `Question ${k} of ${N}` }).waitFor();
      };
      await go('matrix-argmax');
      await page.getByRole('radio', { name: /^“sat” to “sat”/ }).check();
      await page.getByRole('button', { name: 'Check' }).click();
      expect(await status(page)).toContain('The diagonal does not always win');
      await expectNoAxeViolations(page);
      await go('qkv-order');
      await page.getByRole('button', { name: 'Check' }).click();
      await expectNoAxeViolations(page);
      await go('advantages-explanation');
      await page.getByRole('button', { name: 'Finish and see my results' }).click();
      await page.getByRole('heading', { name: 'Your results' }).waitFor();
      await expectNoAxeViolations(page);
    });
  }

  const corner = { x: 12, y: 12 };

  it('orders by dragging with the mouse, and starts again from the results', async () => {
    const page = await openQuiz();
    const k = quizQuestions.findIndex((q) => q.id === 'qkv-order') + 1;
    for (let i = 1; i < k; i++) await page.getByRole('button', { name: 'Next question' }).click();
    const items = page.locator('.quiz-order li');
    const texts = () => page.locator('.quiz-order-text').allTextContents();
    const project = 'Make the query of the token, and a key and a value for every token';
    // The start is shuffled per learner, so move the item that belongs first to the top. The
    // whole list must be in view: a drag that has to scroll the page on the way is lost.
    await page.locator('.quiz-order').evaluate((list) => {
      list.scrollIntoView({ block: 'center' });
    });
    if ((await texts())[0] === project) {
      await items.nth(1).dragTo(items.first(), { sourcePosition: corner, targetPosition: corner });
    }
    expect((await texts())[0]).not.toBe(project);
    const at = (await texts()).indexOf(project);
    await items.nth(at).dragTo(items.first(), { sourcePosition: corner, targetPosition: corner });
    expect((await texts())[0]).toBe(project);
    for (let i = k; i < N; i++) await page.getByRole('button', { name: 'Next question' }).click();
    await page.getByRole('button', { name: 'Finish and see my results' }).click();
    expect(await page.getByText(`0 of ${N} right first time.`).isVisible()).toBe(true);
    // Finished, so Step 7 is done, but 0 right is not a pass: said in the results and the list.
    const outcome = page.locator('.quiz-outcome');
    expect(await outcome.textContent()).toContain(
      `Not yet passed. The pass mark is ${passMark.percent} %, that is ${passMark.required} of ${N}`,
    );
    expect(await outcome.textContent()).toContain('then start the quiz again');
    const nav = page.getByRole('navigation', { name: 'Lesson steps' });
    const quizLink = nav.getByRole('link', { name: /Test Your Understanding/ });
    expect(await quizLink.textContent()).toContain(
      `Quiz finished: 0 of ${N} right, not yet passed`,
    );
    expect(await nav.locator('.progress-summary').textContent()).toContain(
      'Lesson not yet passed.',
    );
    await page.getByRole('button', { name: 'Start the quiz again' }).click();
    await expect.poll(() => focusedName(page)).toBe(`Question 1 of ${N}`);
    expect(await status(page)).toBe('');
    // Starting again clears the result: the lesson is not finished until the quiz is.
    expect(await quizLink.textContent()).toContain('Quiz not started');
    expect(await nav.locator('.progress-summary').textContent()).toContain('Lesson not finished.');
  });

  it('starts afresh, without an error, when its saved state is garbage', async () => {
    const page = await openQuiz();
    await page.evaluate(() => {
      localStorage.setItem(
        'self-attention-lesson/progress/v1',
        JSON.stringify({
          version: 1,
          visited: [7],
          completed: [],
          quiz: { version: 1, current: -4 },
        }),
      );
    });
    await page.reload();
    await page.getByRole('heading', { name: `Question 1 of ${N}` }).waitFor();
    await page.getByRole('radio').first().check();
    expect(
      await page.evaluate(() => localStorage.getItem('self-attention-lesson/progress/v1')),
    ).toContain('"current":0');
  });
});
