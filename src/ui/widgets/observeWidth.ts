import type { Attachment } from 'svelte/attachments';

/**
 * An attachment that reports an element's width (its clientWidth) whenever it changes. Unlike
 * `bind:clientWidth`, it never reads the width while the page is being built: the first report
 * comes from the ResizeObserver, after the browser's own layout, so mounting a figure does not
 * force an extra synchronous layout of the whole page. Without ResizeObserver it reads once.
 */
export function observeWidth(report: (width: number) => void): Attachment<HTMLElement> {
  return (element) => {
    if (typeof ResizeObserver === 'undefined') {
      report(element.clientWidth);
      return;
    }
    const observer = new ResizeObserver(() => {
      report(element.clientWidth);
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  };
}

/**
 * The same for the width inside the element's padding, rounded to whole pixels as a child's
 * clientWidth is: what a child at `width: 100%` will measure.
 */
export function observeContentWidth(report: (width: number) => void): Attachment<HTMLElement> {
  return (element) => {
    if (typeof ResizeObserver === 'undefined') {
      const style = getComputedStyle(element);
      report(
        Math.max(
          0,
          element.clientWidth - parseFloat(style.paddingLeft) - parseFloat(style.paddingRight),
        ) || 0,
      );
      return;
    }
    const observer = new ResizeObserver(([entry]) => {
      if (entry) report(Math.round(entry.contentRect.width));
    });
    observer.observe(element);
    return () => {
      observer.disconnect();
    };
  };
}
