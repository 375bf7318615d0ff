// Where the element's neighbours are, from the address of its own script: the build bundles this
// module into dist/element/attention-matrix.js, so import.meta.url is that file's address. Both
// files are written after this module is bundled: Vite is told not to look for them.

/** The stylesheet the element build writes beside the script (vite.element.config.ts). */
export const stylesheetHref = (): string =>
  new URL(/* @vite-ignore */ 'attention-matrix.css', import.meta.url).href;

/** The whole lesson, one folder up from the script (dist/element/ → dist/index.html). */
export const lessonHref = (): string =>
  new URL(/* @vite-ignore */ '../index.html', import.meta.url).href;
