// Component snapshots as files a reviewer can read in a diff: one element per line, and nothing in
// them that changes when the page does not (Svelte's comment anchors, the order a component sets
// its attributes in, float noise in coordinates). Needs a DOM: call it from a jsdom test.
// A test compares it with a file beside it, `./__snapshots__/<Component>.<case>.html`, through
// `toMatchFileSnapshot`; after changing a component, `npx vitest run <test file> -u` rewrites the
// file, and its diff is the change to review.
// Prettier's standalone build with its HTML plugin: the tests resolve packages for the browser,
// where the full `prettier` entry has no parsers.
import * as htmlPlugin from 'prettier/plugins/html';
import { format } from 'prettier/standalone';

/**
 * A number written with more than this many decimals is rounded to it. Only computed coordinates
 * and colour stops have that many (`256.2857142857143`, `0.09999999999999998`); the text the page
 * prints has at most three, so it is never changed. A change in the fifth decimal is float noise,
 * or under a 1/10,000 of an SVG unit: no snapshot should fail on it.
 */
export const SNAPSHOT_DECIMALS = 4;

const LONG_DECIMAL = new RegExp(String.raw`(?<![\d.])(\d+)\.(\d{${SNAPSHOT_DECIMALS + 1},})`, 'g');

/**
 * Rounds each number with more than SNAPSHOT_DECIMALS decimals to that many, trailing zeros
 * dropped, as JavaScript writes a number.
 * @example roundLongDecimals('y1="256.2857142857143" x="0.5"') // 'y1="256.2857" x="0.5"'
 */
export function roundLongDecimals(text: string): string {
  return text.replace(LONG_DECIMAL, (written) =>
    String(Number(Number(written).toFixed(SNAPSHOT_DECIMALS))),
  );
}

function normaliseTree(root: Node): void {
  const comments: Node[] = [];
  const walker = document.createTreeWalker(root, NodeFilter.SHOW_ELEMENT | NodeFilter.SHOW_COMMENT);
  for (let node = walker.nextNode(); node; node = walker.nextNode()) {
    if (node instanceof Comment) comments.push(node);
    else if (node instanceof Element) sortAttributes(node);
  }
  // Svelte's anchors (`<!---->`); the components carry no comments of their own.
  for (const comment of comments) comment.parentNode?.removeChild(comment);
}

/** Alphabetical, so moving a prop or an attribute inside a component does not churn the file. */
function sortAttributes(element: Element): void {
  const attributes = [...element.attributes].sort((a, b) => a.name.localeCompare(b.name, 'en'));
  for (const { name } of attributes) element.removeAttribute(name);
  for (const { namespaceURI, name, value } of attributes) {
    element.setAttributeNS(namespaceURI, name, value);
  }
}

/**
 * `html` (a component's innerHTML or outerHTML) without comments, attributes sorted, long
 * decimals rounded, pretty-printed by Prettier's HTML printer (which keeps white space wherever
 * it shows on the page, so "14 of" and "14of" stay different).
 */
export async function normalisedHtml(html: string | undefined): Promise<string> {
  if (html === undefined) throw new Error('normalisedHtml: no element to snapshot');
  const template = document.createElement('template');
  template.innerHTML = html;
  normaliseTree(template.content);
  const serialised = roundLongDecimals(template.innerHTML);
  return format(serialised, { parser: 'html', plugins: [htmlPlugin], printWidth: 100 });
}
