// Opening the quiz figure in a component test at a chosen question, with fresh progress and the
// default Step 5 settings. Test-only: nothing in the app imports it.
import { cleanup, render, screen } from '@testing-library/svelte';
import { quizQuestions } from '../../../../content/self-attention/quiz';
import { freshQuizState } from '../../../app/quiz/quizState';
import { wordTableShown } from '../../../testing/lessonData';
import { until } from '../../../testing/until.svelte';
import { lessonProgress } from '../../state/lessonProgress.svelte';
import { lessonSettings, defaultSettings } from '../../state/lessonSettings.svelte';
import QuizFigure from './QuizFigure.svelte';

// The progress rules load the quiz's questions lazily: have them before any test, by promise.
await until(() => lessonProgress.quiz !== null);

export function resetQuizTest() {
  cleanup();
  lessonProgress.reset();
  Object.assign(lessonSettings, defaultSettings());
}

/** Renders the quiz (at the saved question) and resolves once it shows its numbers. */
export async function renderQuiz() {
  const rendered = render(QuizFigure);
  await wordTableShown();
  return rendered;
}

/** Renders the quiz on question `id`, with its numbers shown. */
export async function openQuizAt(id: string) {
  const current = quizQuestions.findIndex((q) => q.id === id);
  if (current < 0) throw new Error(`no question ${id}`);
  lessonProgress.setQuiz({ ...freshQuizState(), current });
  const rendered = await renderQuiz();
  // Throws at once, with the page printed, if the question is not there.
  screen.getByRole('heading', { name: `Question ${current + 1} of ${quizQuestions.length}` });
  return rendered;
}

/** The status region's text, with runs of white space made single. */
export const statusText = () => screen.getByRole('status').textContent.replace(/\s+/g, ' ').trim();
