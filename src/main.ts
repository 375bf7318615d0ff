import { mount } from 'svelte';
import { steps, STEP_COUNT } from './app/lesson';
import { parseRoute } from './app/router';
import App from './ui/App.svelte';
import { afterFirstPaint } from './ui/figureTurns';
import { figures } from './ui/figures/registry';
// Tokens (every size, colour and duration), base elements, the design system's components, the
// lesson's frame, then print last so its rules win on paper.
import './ui/styles/tokens.css';
import './ui/styles/base.css';
import './ui/styles/components.css';
import './ui/styles/shell.css';
import './ui/styles/print.css';

const target = document.getElementById('app');
if (!target) throw new Error('The page has no #app element to mount the lesson in.');
mount(App, { target });
// The lesson runs, so index.html's message for a page opened from disk goes (hidden already by CSS).
document.getElementById('opened-from-disk')?.remove();
// The course package (`vite build --mode scorm`) reports to its LMS; the plain build drops this.
if (import.meta.env.MODE === 'scorm')
  void import('./ui/state/lmsConnection.svelte').then((lms) => {
    lms.connectLms(window);
  });

// The page opened first starts the word table now, beside its figures' code, rather than after
// that code has arrived and asked for it: one wait instead of two before the figure is drawn.
const route = parseRoute(window.location.hash, STEP_COUNT);
const opened = route.kind === 'step' ? steps[route.step - 1] : undefined;
const needsTable =
  route.kind === 'overview' ||
  (opened?.blocks.some((block) => block.kind === 'figure' && 'wordTable' in figures[block.id]) ??
    false);
// A failure is the figures' to report: they ask again and show it with a retry. The loader is
// imported here, not above, so its parser stays out of the first load.
// Like the figures' code, it starts once the step's words are painted (figureTurns.ts).
if (needsTable) {
  afterFirstPaint()
    .then(() => import('./ui/state/wordTableLoader'))
    .then(({ loadWordTable }) => loadWordTable())
    .catch(() => undefined);
}
