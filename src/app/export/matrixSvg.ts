// The attention matrix as a standalone SVG file: the same weights, colours and labels as the page.
import { shortenForEcho } from '../messages';
import { formatWeight } from '../numberFormat';
import { TABLE_TOKEN_LIMIT } from '../tableLimit';

export interface MatrixSvgInput {
  readonly sentence: string;
  readonly words: readonly string[];
  /** weights[i][j]: query i, key j. */
  readonly weights: readonly (readonly number[])[];
  readonly colours: (weight: number) => { background: string; text: string };
  readonly masked: (query: number, key: number) => boolean;
  /** A masked cell's fill, the page's masked grey. */
  readonly maskedFill: string;
  /** For large matrices: a PNG data URL of the n × n pixels, embedded instead of n² rectangles. */
  readonly pixels?: string;
}

// XML 1.0 allows no control characters but tab, newline and carriage return, no U+FFFE or
// U+FFFF, and no surrogate without its partner; not even as &#…; references. A sentence may hold
// any of them, so they become U+FFFD, the replacement character, and the file stays readable.
const NOT_XML =
  // eslint-disable-next-line no-control-regex -- matching control characters is the point here
  /[\0-\x08\x0B\x0C\x0E-\x1F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

const escapeXml = (text: string) =>
  text.replace(NOT_XML, '\uFFFD').replace(/[<>&"']/g, (c) => `&#${c.charCodeAt(0)};`);

/** Cells carry their numbers up to TABLE_TOKEN_LIMIT tokens, as on the page; beyond, colour only. */
export function matrixSvg({
  sentence,
  words,
  weights,
  colours,
  masked,
  maskedFill,
  pixels,
}: MatrixSvgInput): string {
  const n = words.length;
  // Shortened as on the page: a pasted book does not belong in a picture's title.
  const title = shortenForEcho(sentence);
  const withNumbers = n <= TABLE_TOKEN_LIMIT;
  const cell = withNumbers ? 40 : Math.max(2, Math.floor(1024 / Math.max(n, 1)));
  const label = withNumbers ? 90 : 0;
  const top = 40 + label;
  const size = n * cell;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${label + size + 10}" height="${top + size + 10}" font-family="sans-serif" font-size="12">`,
    `<title>Attention weights for “${escapeXml(title)}” (rows: queries, columns: keys)</title>`,
    `<text x="0" y="20" font-size="14">Attention weights for “${escapeXml(title)}”</text>`,
  ];
  if (pixels !== undefined && !withNumbers) {
    parts.push(
      `<image x="${label}" y="${top}" width="${size}" height="${size}" preserveAspectRatio="none" style="image-rendering:pixelated" href="${pixels}"/>`,
    );
  }
  weights.forEach((row, i) => {
    if (pixels !== undefined && !withNumbers) return;
    row.forEach((weight, j) => {
      const { background, text } = colours(weight);
      const x = label + j * cell;
      const y = top + i * cell;
      const fill = masked(i, j) ? maskedFill : background;
      parts.push(
        `<rect x="${x}" y="${y}" width="${cell}" height="${cell}" fill="${fill}" stroke="#ffffff"/>`,
      );
      if (withNumbers) {
        const colour = masked(i, j) ? '#000000' : text;
        parts.push(
          `<text x="${x + cell / 2}" y="${y + cell / 2 + 4}" text-anchor="middle" fill="${colour}">${formatWeight(weight)}</text>`,
        );
      }
    });
  });
  if (withNumbers) {
    words.forEach((word, k) => {
      const safe = escapeXml(word);
      parts.push(
        `<text x="${label - 6}" y="${top + k * cell + cell / 2 + 4}" text-anchor="end">${safe}</text>`,
      );
      const cx = label + k * cell + cell / 2;
      parts.push(
        `<text x="${cx}" y="${top - 6}" text-anchor="start" transform="rotate(-60 ${cx} ${top - 6})">${safe}</text>`,
      );
    });
  }
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}
