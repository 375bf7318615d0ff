// Step 7 on a phone: every question, answered and checked with its feedback shown, fits a 320 px
// and a 390 px screen (the matrix question once made the page 429 px wide at 390).
import { describe, expect, it } from 'vitest';
import { quizQuestions } from '../content/self-attention/quiz';
import { pageScrollWidth } from './browser';
import { N, quizSession } from './quizDriver';

const openQuiz = quizSession();

describe('Step 7 on a phone', () => {
  for (const width of [320, 390]) {
    it(`keeps every question within a ${String(width)} px screen, answered and checked`, async () => {
      const page = await openQuiz({ viewport: { width, height: 800 } });
      const tooWide: string[] = [];
      for (let k = 1; k <= N; k++) {
        await page
          .getByRole('heading', { name: `Question ${String(k)} of ${String(N)}` })
          .waitFor();
        const question = page.locator('.quiz-question');
        const choice = question.locator('input[type="radio"], input[type="checkbox"]').first();
        if ((await choice.count()) > 0) await choice.check();
        const box = question.locator('input[type="text"]');
        if ((await box.count()) > 0) await box.fill('0.5');
        await page.getByRole('button', { name: 'Check' }).click();
        await page.locator('.quiz-feedback:not(:empty)').waitFor();
        await page.getByRole('button', { name: 'Show a hint' }).click();
        const scrollWidth = await pageScrollWidth(page);
        if (scrollWidth > width) tooWide.push(`${quizQuestions[k - 1]?.id ?? k}: ${scrollWidth}`);
        if (k < N) await page.getByRole('button', { name: 'Next question' }).click();
      }
      expect(tooWide).toEqual([]);
    });
  }
});
