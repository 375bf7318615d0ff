// Step 7, by keyboard alone: every question answered, one wrong try, one hint, reloads on the
// way, and the first-try score with its pass mark in the results and the contents list.
import { describe, expect, it } from 'vitest';
import { expectNoAxeViolations } from './browser';
import { tabTo } from './keyboard';
import {
  N,
  answerAfterAHint,
  answerRightly,
  check,
  chooseRadio,
  goNext,
  passMark,
  question,
  quizSession,
  rightChoiceIndex,
  shownChoiceIds,
  status,
  tabIntoAnswer,
} from './quizDriver';

const openQuiz = quizSession();

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
      'List the key advantages of self-attention over recurrence | 3 of 3',
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
});
