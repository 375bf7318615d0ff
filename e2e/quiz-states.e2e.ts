// Step 7's other states: accessible with feedback, hints, the matrix, the order list and the
// results; ordered by mouse and started again; and started afresh from garbage saved state.
import { describe, expect, it } from 'vitest';
import { quizQuestions } from '../content/self-attention/quiz';
import { expectNoAxeViolations, THEMES } from './browser';
import { focusedName } from './keyboard';
import { N, passMark, quizSession, status } from './quizDriver';

const openQuiz = quizSession();

describe('Step 7: the quiz', () => {
  for (const colorScheme of THEMES) {
    it(`has no axe violations with feedback, hints, the matrix, the order list and results, in the ${colorScheme} theme`, async () => {
      const page = await openQuiz({ colorScheme });
      await page.getByRole('radio').first().check();
      await page.getByRole('button', { name: 'Check' }).click();
      // The chosen card carries the verdict: its ✓ or ✗, and a border in the same colour (the
      // success or error colour, not the accent of a chosen card).
      const marked = page.locator('.quiz-choice[data-mark]');
      expect(await marked.count()).toBe(1);
      const card = await marked.evaluate((element) => {
        // The border's change of colour is a short transition: read where it ends.
        for (const animation of element.getAnimations()) animation.finish();
        return {
          mark: element.getAttribute('data-mark'),
          sign: element.querySelector('.quiz-mark')?.textContent,
          border: getComputedStyle(element).borderTopColor,
          signColour: getComputedStyle(element.querySelector('.quiz-mark') ?? element).color,
        };
      });
      expect(card.sign).toBe(card.mark === 'right' ? '✓' : '✗');
      expect(card.border).toBe(card.signColour);
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
      // The last question: its card has the Finish button.
      await go(quizQuestions.at(-1)?.id ?? '');
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
