// Renders lesson Markdown at build time, so no Markdown parser ships to the browser.
// A step file becomes { meta, blocks }: prose as HTML, and a figure block wherever a line
// reads `[[figure:some-id]]`, so figures sit exactly where the author put them.
// A "Go deeper" disclosure is a container: a line `:::deeper Title`, Markdown, then a line `:::`.
// It becomes a real <details> element in the prose, so its text stays in the page: printable and
// found by the browser's search, which opens a closed <details>.
// A term that names one of attention's roles is written `[[query:Query (Q)]]` (or key, value): it
// is shown in that role's colour, the colour the figures give it, beside its own word.
import matter from 'gray-matter';
import { Marked } from 'marked';

/** A line that places a figure (figure-steps.js reads the same lines to map figures to steps). */
export const FIGURE_LINE = /^\[\[figure:([a-z0-9-]+)\]\]$/;
const DEEPER_OPEN = /^:::deeper[ \t]+(\S.*?)[ \t]*$/;
const CONTAINER_CLOSE = /^:::[ \t]*$/;
const ANY_CONTAINER = /^:::/;
const FENCE = /^ {0,3}(```|~~~)/;
/** The roles with a colour of their own (tokens.css: --query, --key, --value and their inks). */
const ROLES = ['query', 'key', 'value'];
const ROLE_TERM = /^\[\[([a-z]+):([^\]\n]+)\]\]/;

/**
 * `[[query:text]]` inside a line: the text, marked with its role's class. An unknown role is
 * refused, so a misspelt one never shows its brackets to a learner.
 * @type {import('marked').TokenizerAndRendererExtension}
 */
const roleTerm = {
  name: 'roleTerm',
  level: 'inline',
  start(src) {
    const at = src.indexOf('[[');
    return at < 0 ? undefined : at;
  },
  tokenizer(src) {
    const match = ROLE_TERM.exec(src);
    if (!match) return undefined;
    const [raw, role = '', text = ''] = match;
    if (!ROLES.includes(role)) {
      throw new Error(
        `"${raw}": a term's role is one of ${ROLES.join(', ')} (a figure line stands alone: [[figure:id]]).`,
      );
    }
    return { type: 'roleTerm', raw, role, tokens: this.lexer.inlineTokens(text) };
  },
  renderer(token) {
    const inner = this.parser.parseInline(token.tokens ?? []);
    return `<span class="role-term role-${String(token['role'])}">${inner}</span>`;
  },
};

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
    extensions: [roleTerm],
  });
  /** @type {StepBlock[]} */
  const blocks = [];
  let html = '';
  const flushProse = () => {
    if (html !== '') blocks.push({ kind: 'prose', html });
    html = '';
  };
  // Errors name lines of the whole file, front matter included, as an editor shows them.
  const firstLine = source.endsWith(content)
    ? lineCount(source.slice(0, source.length - content.length))
    : 0;
  for (const part of splitParts(content, firstLine)) {
    if (part.kind === 'figure') {
      flushProse();
      blocks.push({ kind: 'figure', id: part.id });
    } else if (part.kind === 'deeper') {
      html += renderDeeper(marked, part);
    } else if (part.markdown.trim() !== '') {
      html += /** @type {string} */ (marked.parse(part.markdown, { async: false }));
    }
  }
  flushProse();
  return { meta: data, blocks };
}

/**
 * @typedef {{ kind: 'markdown'; markdown: string }
 *   | { kind: 'figure'; id: string }
 *   | { kind: 'deeper'; title: string; markdown: string; line: number }} Part
 */

/**
 * Cuts the Markdown into plain runs, figure lines and disclosures, line by line, so that a
 * container line inside a fenced code block is left alone.
 * @param {string} content
 * @param {number} firstLine how many lines of the file come before `content`
 * @returns {Part[]}
 */
function splitParts(content, firstLine) {
  /** @type {Part[]} */
  const parts = [];
  /** @type {string[]} */
  let run = [];
  /** @type {{ title: string; line: number; lines: string[] } | null} */
  let open = null;
  let inFence = false;
  const lines = content.split('\n');
  const endRun = () => {
    if (run.length > 0) parts.push({ kind: 'markdown', markdown: run.join('\n') + '\n' });
    run = [];
  };
  for (const [index, line] of lines.entries()) {
    const lineNumber = firstLine + index + 1;
    const target = open ? open.lines : run;
    if (FENCE.test(line)) inFence = !inFence;
    if (inFence || FENCE.test(line)) {
      target.push(line);
      continue;
    }
    const deeper = DEEPER_OPEN.exec(line);
    if (deeper) {
      if (open) {
        throw new Error(
          `Line ${lineNumber}: a "Go deeper" disclosure cannot hold another (the one opened at line ${open.line} is still open; close it with a line ":::" first).`,
        );
      }
      endRun();
      open = { title: /** @type {string} */ (deeper[1]), line: lineNumber, lines: [] };
      continue;
    }
    if (CONTAINER_CLOSE.test(line)) {
      if (!open) {
        throw new Error(`Line ${lineNumber}: ":::" closes nothing: no disclosure is open.`);
      }
      parts.push({
        kind: 'deeper',
        title: open.title,
        markdown: open.lines.join('\n') + '\n',
        line: open.line,
      });
      open = null;
      continue;
    }
    if (ANY_CONTAINER.test(line)) {
      throw new Error(
        `Line ${lineNumber}: unknown container "${line.trim().slice(0, 40)}": write ":::deeper Title" to open a disclosure and ":::" to close it.`,
      );
    }
    const figure = FIGURE_LINE.exec(line);
    if (figure) {
      if (open) {
        throw new Error(
          `Line ${lineNumber}: figures stay in the always-visible flow, not inside the "Go deeper" disclosure opened at line ${open.line}.`,
        );
      }
      endRun();
      parts.push({ kind: 'figure', id: /** @type {string} */ (figure[1]) });
      continue;
    }
    target.push(line);
  }
  if (open) {
    throw new Error(
      `The "Go deeper" disclosure opened at line ${open.line} ("${open.title}") is never closed: end it with a line ":::".`,
    );
  }
  endRun();
  return parts;
}

/**
 * @param {Marked} marked
 * @param {{ title: string; markdown: string; line: number }} part
 */
function renderDeeper(marked, { title, markdown, line }) {
  if (markdown.trim() === '') throw new Error(`Line ${line}: the disclosure "${title}" is empty.`);
  const summary = /** @type {string} */ (marked.parseInline(title, { async: false }));
  const body = /** @type {string} */ (marked.parse(markdown, { async: false }));
  return `<details class="go-deeper"><summary>Go deeper: ${summary}</summary>\n${body}</details>\n`;
}

/** @param {string} text */
const lineCount = (text) => text.split('\n').length - 1;

/** @returns {import('vite').Plugin} */
export function lessonMarkdown() {
  return {
    name: 'lesson-markdown',
    transform(source, id) {
      if (!id.endsWith('.md')) return null;
      let rendered;
      try {
        rendered = renderStepMarkdown(source);
      } catch (error) {
        throw new Error(`${id}: ${error instanceof Error ? error.message : String(error)}`, {
          cause: error,
        });
      }
      return { code: `export default ${JSON.stringify(rendered)};`, map: null };
    },
  };
}
