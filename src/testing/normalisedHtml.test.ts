// @vitest-environment jsdom
import { describe, expect, it } from 'vitest';
import { normalisedHtml, roundLongDecimals } from './normalisedHtml';

describe('roundLongDecimals', () => {
  it('rounds float noise to four decimals and leaves printed numbers alone', () => {
    expect(roundLongDecimals('y1="256.2857142857143" offset="0.09999999999999998"')).toBe(
      'y1="256.2857" offset="0.1"',
    );
    expect(roundLongDecimals('0.41, 3.00, 1.2345, 30,570, −0.123456')).toBe(
      '0.41, 3.00, 1.2345, 30,570, −0.1235',
    );
  });
});

describe('normalisedHtml', () => {
  it('drops Svelte’s anchors, sorts attributes and puts one element on a line', async () => {
    const html =
      '<ul role="list" class="words"><!----><li data-k="1" aria-current="step">The<!----></li><li>cat</li></ul>';
    expect(await normalisedHtml(html)).toBe(
      [
        '<ul class="words" role="list">',
        '  <li aria-current="step" data-k="1">The</li>',
        '  <li>cat</li>',
        '</ul>',
        '',
      ].join('\n'),
    );
  });

  it('keeps SVG attribute names, text, and the white space a reader sees', async () => {
    const html =
      '<p><strong>14</strong> of 16</p><p><strong>14</strong>of 16</p><svg viewBox="0 0 10 10"><line x1="0.3333333333"></line></svg>';
    const normalised = await normalisedHtml(html);
    expect(normalised).toContain('<p><strong>14</strong> of 16</p>');
    expect(normalised).toContain('<p><strong>14</strong>of 16</p>');
    expect(normalised).toContain('<svg viewBox="0 0 10 10"><line x1="0.3333"></line></svg>');
  });

  it('fails loudly when there is nothing to snapshot', async () => {
    await expect(normalisedHtml(undefined)).rejects.toThrow(/no element/);
  });
});
