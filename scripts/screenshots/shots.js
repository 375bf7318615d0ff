// What `npm run screenshots` takes and how the files are named, apart from the browser work so
// the names and the index can be read (and changed) in one place.
import { existsSync, readdirSync, statSync } from 'node:fs';
import path from 'node:path';

/** @typedef {{ name: string; title: string; hash: string }} View */
/** @typedef {{ width: number; height: number }} Screen */

/** @type {View[]} */
export const VIEWS = [
  { name: 'overview', title: 'The overview (landing page)', hash: '#/' },
  ...[1, 2, 3, 4, 5, 6, 7].map((n) => ({
    name: `step-${n}`,
    title: `Step ${n}`,
    hash: `#/step/${n}`,
  })),
];

/** A laptop and a common phone. @type {Screen[]} */
export const SCREENS = [
  { width: 1280, height: 800 },
  { width: 390, height: 844 },
];

/** @type {('light' | 'dark')[]} */
export const THEMES = ['light', 'dark'];

/**
 * step-5-1280-light.png: the view, the window's width and the theme.
 * @param {View} view
 * @param {Screen} screen
 * @param {string} theme
 */
export const shotName = (view, screen, theme) => `${view.name}-${screen.width}-${theme}.png`;

/**
 * The index of docs/screens/: one row per view, one column per size and theme.
 * @param {boolean} fullPage
 */
export function indexMarkdown(fullPage) {
  const columns = SCREENS.flatMap((s) => THEMES.map((t) => ({ s, t })));
  const lines = [
    '# Screenshots',
    '',
    'Written by `npm run screenshots` (scripts/screenshots/): the built lesson in Chromium, ' +
      'reduced motion, a fresh browser profile for each shot. ' +
      (fullPage
        ? 'Each shot is the whole page (taken with `--full`).'
        : 'Each shot is the first screen a learner sees (window size below); ' +
          '`npm run screenshots -- --full` takes whole pages.'),
    '',
    `| View | ${columns.map(({ s, t }) => `${s.width}×${s.height} ${t}`).join(' | ')} |`,
    `| --- | ${columns.map(() => '---').join(' | ')} |`,
  ];
  for (const view of VIEWS) {
    const cells = columns.map(({ s, t }) => {
      const file = shotName(view, s, t);
      return `[${file}](${file})`;
    });
    lines.push(`| ${view.title} | ${cells.join(' | ')} |`);
  }
  return `${lines.join('\n')}\n`;
}

/**
 * Newest modification time of a file, or of any file under a folder (0 if missing).
 * @param {string} target
 */
export function newestMtime(target) {
  if (!existsSync(target)) return 0;
  const stat = statSync(target);
  if (!stat.isDirectory()) return stat.mtimeMs;
  let newest = 0;
  for (const entry of readdirSync(target, { withFileTypes: true, recursive: true })) {
    if (entry.isFile()) {
      newest = Math.max(newest, statSync(path.join(entry.parentPath, entry.name)).mtimeMs);
    }
  }
  return newest;
}
