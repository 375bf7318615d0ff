// A weight matrix as canvas pixels: a 512-token matrix is 262,144 cells, too many for elements.
// The heatmap, the trained model's head thumbnails and the SVG export all paint this way. Colour
// is relative to each row (rowScale.ts); where a cell is at least OUTLINE_FROM pixels wide, each
// row's largest weight is outlined in black, as the table outlines it.
import type { Matrix } from '../../engine/matrix';
import { cellRgb, MASKED_RGB } from './cellColour';
import { EVEN_ROW_TOLERANCE, isRowMax, levelInRow, rowRange } from '../../app/rowScale';

/** True where the query may not see the key (the causal mask), so the cell is drawn grey. */
export type MaskRule = (query: number, key: number) => boolean;

/** Cells narrower than this many pixels have no room for an outline. */
export const OUTLINE_FROM = 4;

const OUTLINE_RGB: readonly [number, number, number] = [0, 0, 0];

/** The canvas is at most this many pixels wide: a few pixels a cell up to 128 tokens. */
const TARGET_PIXELS = 512;

/** Pixels a cell for an n-token heatmap: 1 from 257 tokens on, 8 at 64, 16 at 32. */
export const cellPixelsFor = (n: number) => Math.max(1, Math.floor(TARGET_PIXELS / Math.max(1, n)));

/**
 * Writes each cell's colour into RGBA pixels (row-major, `cell` × `cell` pixels a cell, opaque),
 * each row scaled between its own smallest and largest visible weight.
 */
export function fillWeightPixels(
  pixels: Uint8ClampedArray,
  weights: Matrix,
  masked: MaskRule,
  cell = 1,
) {
  const { rows, cols, data } = weights;
  const width = cols * cell;
  if (pixels.length !== rows * cols * cell * cell * 4) {
    throw new Error(`pixels must hold ${rows * cell}×${cols * cell}×4 bytes, got ${pixels.length}`);
  }
  const outline = cell >= OUTLINE_FROM;
  const ring = Math.max(1, Math.floor(cell / 6));
  for (let i = 0; i < rows; i++) {
    const values = data.subarray(i * cols, (i + 1) * cols);
    const range = rowRange(values, (j) => !masked(i, j), EVEN_ROW_TOLERANCE);
    for (let j = 0; j < cols; j++) {
      const weight = values[j] ?? 0;
      const hidden = masked(i, j);
      const [r, g, b] = hidden ? MASKED_RGB : cellRgb(levelInRow(weight, range));
      const ringed = outline && !hidden && isRowMax(weight, range);
      for (let y = 0; y < cell; y++) {
        for (let x = 0; x < cell; x++) {
          const edge = ringed && (x < ring || y < ring || x >= cell - ring || y >= cell - ring);
          const at = ((i * cell + y) * width + j * cell + x) * 4;
          pixels[at] = edge ? OUTLINE_RGB[0] : r;
          pixels[at + 1] = edge ? OUTLINE_RGB[1] : g;
          pixels[at + 2] = edge ? OUTLINE_RGB[2] : b;
          pixels[at + 3] = 255;
        }
      }
    }
  }
}

/**
 * Sizes the canvas to the matrix, `cell` pixels a cell (CSS scales it), and paints it.
 * Returns the canvas's 2D context for drawing on top, or null where the browser gives none.
 */
export function paintWeights(
  canvas: HTMLCanvasElement,
  weights: Matrix,
  masked: MaskRule,
  cell = 1,
): CanvasRenderingContext2D | null {
  canvas.width = weights.cols * cell;
  canvas.height = weights.rows * cell;
  const context = canvas.getContext('2d');
  // An empty matrix has no pixels to paint (and createImageData(0, 0) throws).
  if (!context || weights.rows === 0 || weights.cols === 0) return context;
  const image = context.createImageData(canvas.width, canvas.height);
  fillWeightPixels(image.data, weights, masked, cell);
  context.putImageData(image, 0, 0);
  return context;
}
