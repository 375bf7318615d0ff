import { describe, expect, it } from 'vitest';
import { renderStepMarkdown } from './vite-plugin-lesson-markdown.js';

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
