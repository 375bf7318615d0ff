// What the layout checks read from the page, each as one page.evaluate: how far the page runs
// past the window and which elements push it, captions inside scrolling regions, always-visible
// words of prose, and anything still moving. Each returns plain data so a failure can say where
// and by how much.
import type { Page } from 'playwright-core';

/** The open view: the route that is not hidden (the overview or a step). */
const OPEN_VIEW = '.route:not([hidden])';

export interface Overflow {
  scrollWidth: number;
  viewport: number;
  /** The outermost elements that reach past the window's right edge, with how far. */
  culprits: string[];
}

/** The page's width against the window's, and what makes it wider. */
export function measureOverflow(page: Page): Promise<Overflow> {
  return page.evaluate(() => {
    const viewport = document.documentElement.clientWidth;
    const name = (el: Element) =>
      `${el.tagName.toLowerCase()}${el.id ? `#${el.id}` : ''}${[...el.classList]
        .slice(0, 2)
        .map((c) => `.${c}`)
        .join('')}`;
    const past = (el: Element) => el.getBoundingClientRect().right > viewport + 0.5;
    const culprits: string[] = [];
    for (const el of document.body.querySelectorAll('*')) {
      // An element whose parent already reaches past the edge is that parent's content.
      if (!past(el) || (el.parentElement && past(el.parentElement))) continue;
      if (el.getClientRects().length === 0) continue;
      const over = Math.round(el.getBoundingClientRect().right - viewport);
      culprits.push(`${name(el)} (+${over} px)`);
    }
    return {
      scrollWidth: document.documentElement.scrollWidth,
      viewport,
      culprits: culprits.slice(0, 4),
    };
  });
}

/**
 * Captions whose nearest ancestor that scrolls (overflow auto or scroll, on either axis) is not
 * the page: a caption that scrolls away with the thing it explains.
 */
export function captionsInScrollRegions(page: Page): Promise<string[]> {
  return page.evaluate((openView) => {
    const view = document.querySelector(openView);
    if (!view) return [];
    const scrolls = (el: Element) => {
      const style = getComputedStyle(el);
      return [style.overflowX, style.overflowY].some((o) => o === 'auto' || o === 'scroll');
    };
    const found: string[] = [];
    for (const caption of view.querySelectorAll('.figure-caption, figcaption, caption')) {
      let el = caption.parentElement;
      while (el && el !== document.body && el !== document.documentElement && !scrolls(el)) {
        el = el.parentElement;
      }
      if (el && el !== document.body && el !== document.documentElement) {
        const text = caption.textContent.replace(/\s+/g, ' ').trim().slice(0, 60);
        const region = `${el.tagName.toLowerCase()}${[...el.classList].map((c) => `.${c}`).join('')}`;
        found.push(`<${caption.tagName.toLowerCase()}> “${text}” inside ${region}`);
      }
    }
    return found;
  }, OPEN_VIEW);
}

/**
 * Words of the open step's prose a reader sees without opening anything: the text of every
 * `.prose` block, less closed <details> (summary included) and any figure inside the prose.
 */
export function visibleProseWords(page: Page): Promise<number> {
  return page.evaluate((openView) => {
    let words = 0;
    for (const prose of document.querySelectorAll(`${openView} .prose`)) {
      const copy = prose.cloneNode(true) as Element;
      for (const hidden of copy.querySelectorAll(
        'details:not([open]), figure, .figure-card, [data-figure]',
      )) {
        hidden.remove();
      }
      words += copy.textContent.split(/\s+/).filter((w) => /[\p{L}\p{N}]/u.test(w)).length;
    }
    return words;
  }, OPEN_VIEW);
}

export interface Motion {
  /** Web animations and CSS animations or transitions still running. */
  running: string[];
  /** Elements whose computed transition or animation duration is not zero. */
  durations: string[];
}

/** What is moving now, and what could move: both must be empty under reduced motion. */
export function motionNow(page: Page): Promise<Motion> {
  return page.evaluate(() => {
    const name = (el: Element | null) =>
      el
        ? `${el.tagName.toLowerCase()}${[...el.classList]
            .slice(0, 2)
            .map((c) => `.${c}`)
            .join('')}`
        : 'document';
    const running = document
      .getAnimations()
      .filter((a) => a.playState === 'running')
      .map((a) => {
        const effect = a.effect as KeyframeEffect | null;
        return `${a.constructor.name} on ${name(effect?.target ?? null)}`;
      });
    // 0.01 ms is the usual reduced-motion reset (it keeps transitionend events firing): a
    // change that completes within one frame moves nothing a person can see.
    const zero = (value: string) => value.split(',').every((v) => parseFloat(v) <= 0.00001);
    const durations: string[] = [];
    for (const el of document.querySelectorAll('*')) {
      for (const pseudo of [null, '::before', '::after']) {
        const style = getComputedStyle(el, pseudo);
        if (!zero(style.transitionDuration) || !zero(style.animationDuration)) {
          durations.push(
            `${name(el)}${pseudo ?? ''}: transition ${style.transitionDuration}, animation ${style.animationDuration}`,
          );
        }
      }
    }
    return { running: running.slice(0, 10), durations: durations.slice(0, 10) };
  });
}

/**
 * Counts requestAnimationFrame callbacks over `ms`: a script-driven animation runs one per frame
 * (about 60 a second), an idle page none. Needs `countAnimationFrames` installed before load.
 */
export async function animationFramesDuring(page: Page, ms: number): Promise<number> {
  const before = await page.evaluate(() => (window as CountingWindow).__animationFrames ?? 0);
  await page.waitForTimeout(ms);
  const after = await page.evaluate(() => (window as CountingWindow).__animationFrames ?? 0);
  return after - before;
}

type CountingWindow = Window & { __animationFrames?: number };

/** Installs the counter `animationFramesDuring` reads (an init script: runs before the app). */
export async function countAnimationFrames(page: Page): Promise<void> {
  await page.addInitScript(() => {
    const counting = window as CountingWindow;
    counting.__animationFrames = 0;
    const original = window.requestAnimationFrame.bind(window);
    window.requestAnimationFrame = (callback) =>
      original((time) => {
        counting.__animationFrames = (counting.__animationFrames ?? 0) + 1;
        callback(time);
      });
  });
}

/** Resolves after the browser has rendered two more frames (layout and observers settled). */
export const twoFrames = (page: Page) =>
  page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        requestAnimationFrame(() => {
          requestAnimationFrame(() => {
            resolve();
          });
        });
      }),
  );
