// Renders lesson Markdown at build time, so no Markdown parser ships to the browser.
// A step file becomes { meta, blocks }: prose as HTML, and a figure block wherever a line
// reads `[[figure:some-id]]`, so figures sit exactly where the author put them.
import matter from 'gray-matter';
import { Marked } from 'marked';

const FIGURE_LINE = /^\[\[figure:([a-z0-9-]+)\]\]$/gm;

/** @typedef {{ kind: 'prose'; html: string } | { kind: 'figure'; id: string }} StepBlock */

/**
 * @param {string} source the whole Markdown file, front matter included
 * @returns {{ meta: Record<string, unknown>; blocks: StepBlock[] }}
 */
export function renderStepMarkdown(source) {
  const { data, content } = matter(source);
  // Raw HTML in lesson content is not needed, and refusing it keeps the prose a pure text source.
  const marked = new Marked({
    gfm: true,
    renderer: {
      html({ text }) {
        throw new Error(`Raw HTML is not allowed in lesson Markdown: ${text.trim().slice(0, 60)}`);
      },
    },
  });
  /** @type {StepBlock[]} */
  const blocks = [];
  let last = 0;
  for (const match of content.matchAll(FIGURE_LINE)) {
    pushProse(blocks, marked, content.slice(last, match.index));
    blocks.push({ kind: 'figure', id: /** @type {string} */ (match[1]) });
    last = match.index + match[0].length;
  }
  pushProse(blocks, marked, content.slice(last));
  return { meta: data, blocks };
}

/**
 * @param {StepBlock[]} blocks
 * @param {Marked} marked
 * @param {string} markdown
 */
function pushProse(blocks, marked, markdown) {
  if (markdown.trim() === '') return;
  const html = /** @type {string} */ (marked.parse(markdown, { async: false }));
  blocks.push({ kind: 'prose', html });
}

/** @returns {import('vite').Plugin} */
export function lessonMarkdown() {
  return {
    name: 'lesson-markdown',
    transform(source, id) {
      if (!id.endsWith('.md')) return null;
      return { code: `export default ${JSON.stringify(renderStepMarkdown(source))};`, map: null };
    },
  };
}
