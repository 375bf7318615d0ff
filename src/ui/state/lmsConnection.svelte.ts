// The course package's link to its LMS (loaded by main.ts only in the `scorm` build). At launch it
// finds the platform's API, brings back the saved place, steps and quiz, then tells the platform
// every change and commits; the page's hide ends the session. With no platform, or a wrong one,
// the lesson goes on as the plain lesson and says its progress stays in this browser.
import { quizQuestions } from '../../../content/self-attention/quiz';
import { steps, STEP_COUNT } from '../../app/lesson';
import { findScormApi } from '../../app/lms/findScormApi';
import { noLms } from '../../app/lms/lmsAdapter';
import { lmsMessages } from '../../app/lms/lmsMessages';
import { lmsReportOf, lmsResume, lmsSession } from '../../app/lms/lmsSession';
import { scorm12Backend } from '../../app/lms/scorm12Backend';
import { OVERVIEW_HASH, parseRoute, stepHash } from '../../app/router';
import { lessonProgress } from './lessonProgress.svelte';
import { storageNotices } from './storageNotices.svelte';

/** The route a platform keeps as the learner's place: a step's own hash, or the overview. */
function placeOf(hash: string): string {
  const route = parseRoute(hash, STEP_COUNT);
  const step = route.kind === 'step' ? steps[route.step - 1] : undefined;
  return step ? stepHash(step) : OVERVIEW_HASH;
}

export function connectLms(win: Window): void {
  const api = findScormApi(win);
  const adapter = api ? scorm12Backend(api) : noLms;
  const launch = adapter.initialise();
  if (!launch) {
    storageNotices.tell(lmsMessages.noPlatform);
    return;
  }

  // The platform's record wins over this browser's: on a shared computer the browser may hold
  // someone else's progress. A first launch starts empty.
  const resume = lmsResume(launch, quizQuestions, STEP_COUNT);
  for (const problem of resume.problems) storageNotices.tell(lmsMessages.suspendData[problem]);
  lessonProgress.restore(resume.progress);
  const opened = parseRoute(win.location.hash, STEP_COUNT);
  const saved = resume.location === null ? OVERVIEW_HASH : placeOf(resume.location);
  if (opened.kind === 'step') lessonProgress.markVisited(opened.step);
  else if (saved !== OVERVIEW_HASH) win.location.hash = saved;

  const session = lmsSession(adapter);
  let place = $state(placeOf(win.location.hash));
  win.addEventListener('hashchange', () => {
    place = placeOf(win.location.hash);
  });
  win.addEventListener('pagehide', () => {
    session.end();
  });
  $effect.root(() => {
    $effect(() => {
      // Null only until the quiz's questions have loaded in lessonProgress.
      const completion = lessonProgress.completion;
      if (!completion) return;
      const progress = $state.snapshot(lessonProgress.current);
      const report = lmsReportOf(progress, completion, place, quizQuestions, STEP_COUNT);
      if (!session.report(report)) storageNotices.tell(lmsMessages.refused);
    });
  });
}
