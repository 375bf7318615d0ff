// When a step's figures are fetched and built. The step's words are painted first, from the page's
// own script alone; only then does a figure's code start to load, so the first screen waits for no
// other file. Each figure is then built in a task of its own, one after the other, so that the page
// answers a key press between two figures instead of after all of them.

let painted: Promise<void> | null = null;

/**
 * Resolves once the page has painted for the first time (at once afterwards). Without frames (a
 * hidden tab, a test's DOM) it resolves after a short wait instead, so nothing waits forever.
 */
export function afterFirstPaint(): Promise<void> {
  painted ??= new Promise((resolve) => {
    let done = false;
    const finish = (): void => {
      if (done) return;
      done = true;
      resolve();
    };
    // A task queued from a frame callback runs after that frame has been painted.
    if (typeof requestAnimationFrame === 'function')
      requestAnimationFrame(() => setTimeout(finish, 0));
    // A generous wait: a busy page may take a while to paint, and its first screen comes first.
    setTimeout(finish, 1000);
  });
  return painted;
}

let queue: Promise<void> = Promise.resolve();

/**
 * Resolves in a task of its own, after every turn asked for before it: callers that each build
 * something once it resolves build one at a time, in the order they asked.
 */
export function ownTurn(): Promise<void> {
  const turn = queue.then(
    () =>
      new Promise<void>((resolve) => {
        setTimeout(resolve, 0);
      }),
  );
  queue = turn;
  return turn;
}

/**
 * Resolves once every turn asked for has been taken, including turns asked for by the parts those
 * turns built: for tests, which read a figure once all its parts are there.
 */
export async function turnsTaken(): Promise<void> {
  let last: Promise<void>;
  do {
    last = queue;
    await last;
    // A part built in the last turn asks for its own turns once Svelte has drawn it.
    await new Promise((resolve) => setTimeout(resolve, 0));
  } while (last !== queue);
}

/**
 * A figure's module, asked for after the first paint in a task of its own (asking is work too: the
 * bundler's loader adds a preload link per file the module needs), and handed over in another.
 */
export async function loadInTurn<M>(load: () => Promise<M>): Promise<M> {
  await afterFirstPaint();
  await ownTurn();
  const module = await load();
  await ownTurn();
  return module;
}

/**
 * How long after the first paint the page leaves alone for the step itself: its figures' code
 * arrives and they are built in this time (in Lighthouse's traces of Step 5 on a 2-core machine,
 * by about 1.4 s after the page opened), so work no learner waits for (the offline copy) does not
 * compete with them for the processor.
 */
export const SETTLE_MS = 3000;

/** An idle moment of the browser's, or the next task where it offers none (Safari). */
function idle(): Promise<void> {
  return new Promise((resolve) => {
    if (typeof requestIdleCallback === 'function') {
      requestIdleCallback(
        () => {
          resolve();
        },
        { timeout: SETTLE_MS },
      );
    } else {
      setTimeout(resolve, 0);
    }
  });
}

/**
 * Resolves once the page has settled: SETTLE_MS after the first paint, at an idle moment, after
 * every turn asked for by then. For work the learner does not wait for.
 */
export async function afterPageSettles(): Promise<void> {
  await afterFirstPaint();
  await new Promise((resolve) => setTimeout(resolve, SETTLE_MS));
  await idle();
  await ownTurn();
}
