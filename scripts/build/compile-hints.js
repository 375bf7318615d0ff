// Marks every script of the build with V8's explicit compile hint, `//# allFunctionsCalledOnLoad`
// (https://v8.dev/blog/explicit-compile-hints). Without it, V8 compiles each function the first
// time it is called, on the page's thread, in the middle of building a figure: on Step 5 that was
// 49 of the 120 ms that building the matrix took (measured unthrottled). With it, Chromium
// compiles a script's functions while the file streams in, on a background thread, so the page's
// thread only runs them. Nearly every function of a figure's chunk runs when the figure is built,
// which is what the hint says. Other browsers ignore the comment.

/** The hint, as V8 looks for it: a comment on the script's first line. */
export const COMPILE_HINT = '//# allFunctionsCalledOnLoad';

/**
 * `code` with the hint as its first line (once).
 * @param {string} code
 * @returns {string}
 */
export function withCompileHint(code) {
  return code.startsWith(COMPILE_HINT) ? code : `${COMPILE_HINT}\n${code}`;
}

/**
 * The Vite plugin: adds the hint to every script chunk once it is minified, before it is written.
 * @returns {import('vite').Plugin}
 */
export function compileHints() {
  return {
    name: 'compile-hints',
    apply: 'build',
    generateBundle: {
      // After every other plugin's, Vite's own included: it puts a preload map on the first line.
      order: 'post',
      handler(_options, bundle) {
        for (const file of Object.values(bundle)) {
          if (file.type === 'chunk') file.code = withCompileHint(file.code);
        }
      },
    },
  };
}
