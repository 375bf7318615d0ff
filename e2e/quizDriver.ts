// Driving Step 7's quiz in the browser as a learner would, by keyboard: reaching an answer,
// choosing it, checking, taking a hint and moving on. The right answers come from the quiz's own
// data and the engine, never typed here.
import type { Page } from 'playwright-core';
import { expect } from 'vitest';
import { lesson } from '../content/self-attention/lesson';
import { quizQuestions } from '../content/self-attention/quiz';
import { passMarkOf } from '../src/app/progress/completion';
import { matrixView } from '../src/app/quiz/quizFacts';
import type { Question } from '../src/app/quiz/quizTypes';
import { softmax } from '../src/engine/softmax';
import { expectNoAxeViolations, lessonSession, type ContextOptions } from './browser';
import { rule, table } from './engineNumbers';
import { focusedIs, focusedName, tabTo } from './keyboard';

export const N = quizQuestions.length;
export const passMark = passMarkOf(N, lesson.masteryScore);
const STEP_7 = '#/step/7/test-your-understanding';

/**
 * Starts a browser session for a test file (see lessonSession) and returns the function that
 * opens the quiz at its first question.
 */
export function quizSession(): (options?: ContextOptions) => Promise<Page> {
  const openLessonPage = lessonSession();
  return async (options = {}) => {
    const opened = await openLessonPage(STEP_7, options);
    await opened.page.getByRole('heading', { name: `Question 1 of ${N}` }).waitFor();
    return opened.page;
  };
}

export const question = (k: number): Question => {
  const q = quizQuestions[k - 1];
  if (!q) throw new Error(`no question ${k}`);
  return q;
};

/** Tabs into the open question's first radio, checkbox, text box or Move button. */
export async function tabIntoAnswer(page: Page) {
  for (let i = 0; i < 80; i++) {
    await page.keyboard.press('Tab');
    if (await focusedIs(page, '.quiz-question input, .quiz-question [data-move]')) return;
  }
  throw new Error('Could not reach the answer with the Tab key');
}

/** The ids of the open question's choices, in the (shuffled) order the page shows them. */
export const shownChoiceIds = (page: Page) =>
  page
    .locator('.quiz-question input[type="radio"], .quiz-question input[type="checkbox"]')
    .evaluateAll((inputs) => inputs.map((input) => (input as HTMLInputElement).value));

/** Where the page shows the question's right choice. */
export async function rightChoiceIndex(page: Page, q: Question) {
  if (q.kind !== 'single') throw new Error(`${q.id} should be single choice`);
  return (await shownChoiceIds(page)).indexOf(q.choices.find((c) => c.correct)?.id ?? '');
}

/** In a radio group with focus on its first radio and nothing chosen, chooses radio `index`. */
export async function chooseRadio(page: Page, index: number) {
  if (index === 0) await page.keyboard.press('Space');
  for (let i = 0; i < index; i++) await page.keyboard.press('ArrowDown');
}

export const status = (page: Page) =>
  page
    .locator('.quiz-question [role="status"]')
    .evaluate((el) => el.textContent.replace(/\s+/g, ' ').trim());

export async function check(page: Page) {
  await tabTo(page, 'Check');
  await page.keyboard.press('Enter');
}

/** Answers the open question rightly, by keyboard, starting from focus before its answer. */
export async function answerRightly(page: Page, q: Question) {
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
export async function answerAfterAHint(page: Page, q: Question) {
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

/** Moves from question k to the next, or to the results after the last, by keyboard. */
export async function goNext(page: Page, k: number) {
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
