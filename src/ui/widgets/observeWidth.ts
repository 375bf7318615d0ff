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
