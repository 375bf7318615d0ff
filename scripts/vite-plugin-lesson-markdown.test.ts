import { describe, expect, it } from 'vitest';
import { lessonMarkdown, renderStepMarkdown } from './vite-plugin-lesson-markdown.js';

describe('renderStepMarkdown', () => {
  it('splits prose and figures where the author put them', () => {
    const { meta, blocks } = renderStepMarkdown(
      '---\nstep: 2\ntitle: Two\n---\nFirst **bold**.\n\n[[figure:rnn-steps]]\n\nAfter.\n',
    );
    expect(meta).toEqual({ step: 2, title: 'Two' });
    expect(blocks).toEqual([
      { kind: 'prose', html: '<p>First <strong>bold</strong>.</p>\n' },
      { kind: 'figure', id: 'rnn-steps' },
      { kind: 'prose', html: '<p>After.</p>\n' },
    ]);
  });

  it('refuses raw HTML in lesson Markdown', () => {
    expect(() => renderStepMarkdown('Hello <script>alert(1)</script>\n\n<div>x</div>\n')).toThrow(
      /Raw HTML is not allowed/,
    );
  });
});

describe('role terms', () => {
  const html = (body: string) => renderStepMarkdown(`---\nstep: 4\n---\n${body}`).blocks;

  it('mark a term with its role, its own Markdown inside, in lists and disclosures alike', () => {
    expect(
      html('- **[[query:Query (Q)]]:** what a token *looks for*; [[key:keys]] answer.\n'),
    ).toEqual([
      {
        kind: 'prose',
        html: '<ul>\n<li><strong><span class="role-term role-query">Query (Q)</span>:</strong> what a token <em>looks for</em>; <span class="role-term role-key">keys</span> answer.</li>\n</ul>\n',
      },
    ]);
    expect(html(':::deeper Why\nThe [[value:*values*]] mix.\n:::\n')).toEqual([
      {
        kind: 'prose',
        html: '<details class="go-deeper"><summary>Go deeper: Why</summary>\n<p>The <span class="role-term role-value"><em>values</em></span> mix.</p>\n</details>\n',
      },
    ]);
  });

  it('refuse an unknown role, and a figure in the middle of a line', () => {
    expect(() => html('A [[quer:Query]] term.\n')).toThrow(/role is one of query, key, value/);
    expect(() => html('See [[figure:attention-matrix]] here.\n')).toThrow(
      /a figure line stands alone/,
    );
  });

  it('leave other double brackets and code alone', () => {
    expect(html('Arrays [[1, 2]] and `[[query:x]]`.\n')).toEqual([
      { kind: 'prose', html: '<p>Arrays [[1, 2]] and <code>[[query:x]]</code>.</p>\n' },
    ]);
  });
});

describe('"Go deeper" disclosures', () => {
  const render = (body: string) => renderStepMarkdown(`---\nstep: 1\n---\n${body}`).blocks;

  it('render a :::deeper container as a <details> in the prose, with its Markdown', () => {
    expect(
      render('Always seen.\n\n:::deeper How it *works*\nThe **detail**.\n\n- one\n:::\n\nAfter.\n'),
    ).toEqual([
      {
        kind: 'prose',
        html:
          '<p>Always seen.</p>\n' +
          '<details class="go-deeper"><summary>Go deeper: How it <em>works</em></summary>\n' +
          '<p>The <strong>detail</strong>.</p>\n<ul>\n<li>one</li>\n</ul>\n</details>\n' +
          '<p>After.</p>\n',
      },
    ]);
  });

  it('keep figures in their own blocks around a disclosure', () => {
    const blocks = render('[[figure:quiz]]\n:::deeper Why\nBecause.\n:::\n[[figure:rnn-steps]]\n');
    expect(blocks.map((b) => b.kind)).toEqual(['figure', 'prose', 'figure']);
    expect(blocks[1]).toEqual({
      kind: 'prose',
      html: '<details class="go-deeper"><summary>Go deeper: Why</summary>\n<p>Because.</p>\n</details>\n',
    });
  });

  it('escape the title as text, and refuse raw HTML inside', () => {
    const [block] = render(':::deeper "Cat" & dog\nText.\n:::\n');
    expect(block).toMatchObject({ kind: 'prose' });
    expect(block?.kind === 'prose' && block.html).toContain(
      '<summary>Go deeper: &quot;Cat&quot; &amp; dog</summary>',
    );
    expect(() => render(':::deeper Title\n<div>x</div>\n:::\n')).toThrow(/Raw HTML is not allowed/);
    expect(() => render(':::deeper <b>Title</b>\nText.\n:::\n')).toThrow(/Raw HTML is not allowed/);
  });

  it('refuse a disclosure inside another, naming both lines of the file', () => {
    expect(() => render(':::deeper Outer\nText.\n:::deeper Inner\nMore.\n:::\n:::\n')).toThrow(
      'Line 6: a "Go deeper" disclosure cannot hold another (the one opened at line 4 is still open',
    );
  });

  it('refuse a disclosure that is never closed, and a stray close', () => {
    expect(() => render('Intro.\n\n:::deeper Lost\nText that runs on.\n')).toThrow(
      'The "Go deeper" disclosure opened at line 6 ("Lost") is never closed: end it with a line ":::".',
    );
    expect(() => render('Text.\n:::\n')).toThrow('Line 5: ":::" closes nothing');
  });

  it('refuse a figure inside a disclosure, an empty one, a missing title and other containers', () => {
    expect(() => render(':::deeper Why\n[[figure:quiz]]\n:::\n')).toThrow(
      /Line 5: figures stay in the always-visible flow/,
    );
    expect(() => render(':::deeper Why\n\n:::\n')).toThrow(/the disclosure "Why" is empty/);
    expect(() => render(':::deeper\nText.\n:::\n')).toThrow(/unknown container ":::deeper"/);
    expect(() => render(':::note Hi\nText.\n:::\n')).toThrow(/unknown container ":::note Hi"/);
  });

  it('leave container lines inside a fenced code block alone', () => {
    const [block] = render('```\n:::deeper Not one\n:::\n```\n');
    expect(block?.kind === 'prose' && block.html).toContain(':::deeper Not one\n:::');
    expect(block?.kind === 'prose' && block.html).not.toContain('<details');
  });
});

describe('lessonMarkdown', () => {
  it('names the file when a step cannot be rendered', () => {
    const plugin = lessonMarkdown();
    const transform = plugin.transform as (source: string, id: string) => unknown;
    expect(() => transform(':::deeper Lost\nText.\n', '/steps/09-x.md')).toThrow(
      /^\/steps\/09-x\.md: The "Go deeper" disclosure opened at line 1/,
    );
    expect(transform('Hello.\n', '/x.ts')).toBeNull();
  });
});
