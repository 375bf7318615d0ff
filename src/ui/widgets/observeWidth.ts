import type { Attachment } from 'svelte/attachments';

/**
 * An attachment that reports a width of the element whenever it changes. Unlike
 * `bind:clientWidth`, it never reads the width while the page is being built: the first report
 * comes from the ResizeObserver, after the browser's own layout, so mounting a figure does not
 * force an extra synchronous layout of the whole page. Without ResizeObserver it reads once.
 */
function watchWidth(
  measure: (element: HTMLElement) => number,
  report: (width: number) => void,
): Attachment<HTMLElement> {
  return (element) => {
    if (typeof ResizeObserver === 'undefined') {
      report(measure(element));
      return;
    }
    const observer = new ResizeObserver(() => {
      report(measure(element));
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  };
}

/** The element's clientWidth (inside its border, padding included). */
export function observeWidth(report: (width: number) => void): Attachment<HTMLElement> {
  return watchWidth((element) => element.clientWidth, report);
}

/**
 * The width inside the element's padding, in whole pixels: what a child at `width: 100%` measures
 * as its clientWidth.
 */
export function observeContentWidth(report: (width: number) => void): Attachment<HTMLElement> {
  return watchWidth((element) => {
    const style = getComputedStyle(element);
    const padding = parseFloat(style.paddingLeft) + parseFloat(style.paddingRight);
    return Math.max(0, Math.round(element.clientWidth - padding)) || 0;
  }, report);
}
