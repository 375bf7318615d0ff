// Opening the quiz figure in a component test at a chosen question, with fresh progress and the
// default Step 5 settings. Test-only: nothing in the app imports it.
import { cleanup, render, screen } from '@testing-library/svelte';
import { quizQuestions } from '../../../../content/self-attention/quiz';
import { freshQuizState } from '../../../app/quiz/quizState';
import { lessonProgress } from '../../state/lessonProgress.svelte';
import { lessonSettings, defaultSettings } from '../../state/lessonSettings.svelte';
import QuizFigure from './QuizFigure.svelte';

export function resetQuizTest() {
  cleanup();
  lessonProgress.reset();
  Object.assign(lessonSettings, defaultSettings());
}

/** Renders the quiz on question `id` and waits for its numbers. */
export async function openQuizAt(id: string) {
  const current = quizQuestions.findIndex((q) => q.id === id);
  if (current < 0) throw new Error(`no question ${id}`);
  lessonProgress.setQuiz({ ...freshQuizState(), current });
  const rendered = render(QuizFigure);
  // The word list loads first: allow for a busy machine (the default wait is 1 s).
  await screen.findByRole(
    'heading',
    { name: `Question ${current + 1} of ${quizQuestions.length}` },
    { timeout: 15_000 },
  );
  return rendered;
}

/** The status region's text, with runs of white space made single. */
export const statusText = () => screen.getByRole('status').textContent.replace(/\s+/g, ' ').trim();
