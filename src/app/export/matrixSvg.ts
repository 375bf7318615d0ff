// The attention matrix as a standalone SVG file: the same weights, colours and labels as the page.
import { shortenForEcho } from '../messages';
import { formatWeight } from '../numberFormat';
import { EVEN_ROW_TOLERANCE, isRowMax, levelInRow, rowRange } from '../rowScale';
import { TABLE_TOKEN_LIMIT } from '../tableLimit';

export interface MatrixSvgInput {
  readonly sentence: string;
  readonly words: readonly string[];
  /** weights[i][j]: query i, key j. */
  readonly weights: readonly (readonly number[])[];
  /** A level within its row, 0 (the row's smallest) to 1 (its largest), as colours. */
  readonly colours: (level: number) => { background: string; text: string };
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

/** What the file says around the matrix; authored wording, kept with the layout it labels. */
const SVG_TEXT = {
  keyAxis: 'Key token (column) →',
  queryAxis: 'Query token (row) ↓',
  legend: 'Colour is relative to each row: its smallest weight dark blue,',
  legendMore: 'its largest yellow (outlined).',
  /** `sums`: every row's sum as written, when they agree. */
  sums: (sum: string) => `Each row adds up to ${sum}.`,
  rangeColumn: 'row’s range',
  masked: 'grey: masked (weight 0)',
  smallest: 'row’s smallest',
  largest: 'row’s largest',
};

/**
 * Cells carry their numbers up to TABLE_TOKEN_LIMIT tokens, as on the page, each row's largest
 * outlined and each row's range written at its end; beyond, one picture. Colour is relative to
 * each row, as on the page (rowScale.ts); `colours` maps a row level in 0..1 to a colour.
 */
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
  const label = withNumbers ? 90 : 30;
  const top = 64 + (withNumbers ? 90 : 0);
  const size = n * cell;
  const rangeWidth = withNumbers ? 90 : 0;
  const width = Math.max(label + size + rangeWidth + 10, 460);
  const legendTop = top + size + 24;
  const height = legendTop + 70;
  const parts: string[] = [
    `<svg xmlns="http://www.w3.org/2000/svg" width="${width}" height="${height}" font-family="sans-serif" font-size="12">`,
    `<title>Attention weights for “${escapeXml(title)}” (rows: queries, columns: keys)</title>`,
    `<rect width="${width}" height="${height}" fill="#ffffff"/>`,
    `<text x="0" y="20" font-size="14">Attention weights for “${escapeXml(title)}”</text>`,
    `<text x="${label + size / 2}" y="44" text-anchor="middle" font-weight="bold" class="axis-title">${SVG_TEXT.keyAxis}</text>`,
    `<text x="${label - 6}" y="${top - 8}" text-anchor="end" font-weight="bold" class="axis-title">${SVG_TEXT.queryAxis}</text>`,
  ];
  if (pixels !== undefined && !withNumbers) {
    parts.push(
      `<image x="${label}" y="${top}" width="${size}" height="${size}" preserveAspectRatio="none" style="image-rendering:pixelated" href="${pixels}"/>`,
    );
  }
  weights.forEach((row, i) => {
    if (pixels !== undefined && !withNumbers) return;
    // Colour follows the number shown (two decimals) where there is one, as the page's table does.
    const shown = withNumbers ? row.map((w) => Number(formatWeight(w))) : row;
    const range = rowRange(shown, (j) => !masked(i, j), withNumbers ? 0 : EVEN_ROW_TOLERANCE);
    row.forEach((weight, j) => {
      const value = shown[j] ?? 0;
      const { background, text } = colours(levelInRow(value, range));
      const x = label + j * cell;
      const y = top + i * cell;
      const hidden = masked(i, j);
      const fill = hidden ? maskedFill : background;
      parts.push(
        `<rect x="${x}" y="${y}" width="${cell}" height="${cell}" fill="${fill}" stroke="#ffffff"/>`,
      );
      if (withNumbers && !hidden && isRowMax(value, range)) {
        parts.push(
          `<rect x="${x + 2.5}" y="${y + 2.5}" width="${cell - 5}" height="${cell - 5}" fill="none" stroke="${text}" stroke-width="3" class="row-max"/>`,
        );
      }
      if (withNumbers) {
        const colour = hidden ? '#000000' : text;
        parts.push(
          `<text x="${x + cell / 2}" y="${y + cell / 2 + 4}" text-anchor="middle" fill="${colour}">${formatWeight(weight)}</text>`,
        );
      }
    });
    if (withNumbers) {
      const note = range ? `${formatWeight(range.low)}–${formatWeight(range.high)}` : 'even';
      parts.push(
        `<text x="${label + size + 8}" y="${top + i * cell + cell / 2 + 4}" fill="#4a4f57">${note}</text>`,
      );
    }
  });
  if (withNumbers) {
    parts.push(
      `<text x="${label + size + 8}" y="${top - 8}" fill="#4a4f57">${SVG_TEXT.rangeColumn}</text>`,
    );
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
  const sums = [...new Set(weights.map((r) => formatWeight(r.reduce((a, b) => a + b, 0))))];
  parts.push(...legend(colours, legendTop, maskedFill, sums.length === 1 ? (sums[0] ?? '') : ''));
  parts.push('</svg>');
  return `${parts.join('\n')}\n`;
}

/** The colour legend: the scale as a bar, its two ends named, the masked grey, the row sums. */
function legend(
  colours: MatrixSvgInput['colours'],
  y: number,
  maskedFill: string,
  sum: string,
): string[] {
  const stops = Array.from({ length: 11 }, (_, k) => k / 10);
  return [
    `<g class="legend">`,
    `<defs><linearGradient id="row-scale">${stops.map((t) => `<stop offset="${t}" stop-color="${colours(t).background}"/>`).join('')}</linearGradient></defs>`,
    `<text x="0" y="${y}">${SVG_TEXT.legend}</text>`,
    `<text x="0" y="${y + 15}">${SVG_TEXT.legendMore}${sum ? ` ${SVG_TEXT.sums(sum)}` : ''}</text>`,
    `<rect x="0" y="${y + 23}" width="200" height="14" fill="url(#row-scale)" stroke="#000000"/>`,
    `<text x="0" y="${y + 51}">${SVG_TEXT.smallest}</text>`,
    `<text x="200" y="${y + 51}" text-anchor="end">${SVG_TEXT.largest}</text>`,
    `<rect x="220" y="${y + 23}" width="14" height="14" fill="${maskedFill}" stroke="#000000"/>`,
    `<text x="240" y="${y + 35}">${SVG_TEXT.masked}</text>`,
    `</g>`,
  ];
}
