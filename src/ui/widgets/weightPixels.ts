// A weight matrix as canvas pixels: a 512-token matrix is 262,144 cells, too many for elements.
// The heatmap, the trained model's head thumbnails and the SVG export all paint this way. Colour
// is relative to each row (rowScale.ts); where a cell is at least OUTLINE_FROM pixels wide, each
// row's largest weight is outlined in black, as the table outlines it.
import { isMasked } from '../../engine/attention';
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

// One RGBA pixel as the 32-bit number the same bytes make in this machine's byte order, so a run
// of pixels is written with one store each (whatever the byte order, the bytes come out RGBA).
const scratchBytes = new Uint8ClampedArray(4);
const scratchPixel = new Uint32Array(scratchBytes.buffer);
function packed(r: number, g: number, b: number): number {
  scratchBytes[0] = r;
  scratchBytes[1] = g;
  scratchBytes[2] = b;
  scratchBytes[3] = 255;
  return scratchPixel[0] ?? 0;
}
const OUTLINE_PIXEL = packed(...OUTLINE_RGB);
const MASKED_PIXEL = packed(...MASKED_RGB);

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
  if (pixels.length !== rows * cols * cell * cell * 4) {
    throw new Error(`pixels must hold ${rows * cell}×${cols * cell}×4 bytes, got ${pixels.length}`);
  }
  if (pixels.byteOffset % 4 !== 0) {
    // A view at an odd offset cannot be read as whole pixels: paint a copy and move it in.
    const copy = new Uint8ClampedArray(pixels.length);
    fillWeightPixels(copy, weights, masked, cell);
    pixels.set(copy);
    return;
  }
  const out = new Uint32Array(pixels.buffer, pixels.byteOffset, pixels.length / 4);
  const width = cols * cell;
  const outline = cell >= OUTLINE_FROM;
  const ring = Math.max(1, Math.floor(cell / 6));
  // A cell is `cell` copies of one line of pixels (its ring lines differ only where its row's
  // largest weight is outlined), so each matrix row writes two pixel lines, a ring line and a
  // middle line, and copies them down: at 64 tokens 1 pixel in 4 is computed, the rest copied.
  for (let i = 0; i < rows; i++) {
    const values = data.subarray(i * cols, (i + 1) * cols);
    const range = rowRange(values, (j) => !masked(i, j), EVEN_ROW_TOLERANCE);
    const top = i * cell * width;
    // With an outline the ring line goes to the row's first pixel line and the middle line to
    // the first one past the ring; without one a single line serves every pixel line of the row.
    const middle = outline ? top + ring * width : top;
    for (let j = 0; j < cols; j++) {
      const weight = values[j] ?? 0;
      const hidden = masked(i, j);
      let colour = MASKED_PIXEL;
      if (!hidden) {
        const [r, g, b] = cellRgb(levelInRow(weight, range));
        colour = packed(r, g, b);
      }
      const ringed = outline && !hidden && isRowMax(weight, range);
      const left = j * cell;
      if (cell === 1) {
        out[middle + left] = colour;
        continue;
      }
      for (let x = 0; x < cell; x++) {
        out[middle + left + x] = ringed && (x < ring || x >= cell - ring) ? OUTLINE_PIXEL : colour;
      }
      if (outline) {
        for (let x = 0; x < cell; x++) out[top + left + x] = ringed ? OUTLINE_PIXEL : colour;
      }
    }
    for (let y = 0; y < cell; y++) {
      const to = top + y * width;
      if (to === top || to === middle) continue;
      const from = outline && (y < ring || y >= cell - ring) ? top : middle;
      out.copyWithin(to, from, from + width);
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
  const width = weights.cols * cell;
  const height = weights.rows * cell;
  // Setting a canvas's size, even to the same numbers, throws its pixels away and allocates
  // new ones: only resize when the size changes (every pixel is painted over anyway).
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const context = canvas.getContext('2d');
  // An empty matrix has no pixels to paint (and createImageData(0, 0) throws).
  if (!context || weights.rows === 0 || weights.cols === 0) return context;
  const kept = images.get(canvas);
  const image =
    kept?.width === width && kept.height === height ? kept : context.createImageData(width, height);
  images.set(canvas, image);
  fillWeightPixels(image.data, weights, masked, cell);
  context.putImageData(image, 0, 0);
  return context;
}

/** A weight matrix painted ahead (e.g. in a worker), with what it was painted from. */
export interface WeightPixels {
  /** The matrix painted: a canvas shows these pixels only for this very matrix. */
  readonly weights: Matrix;
  readonly causal: boolean;
  readonly cell: number;
  /** RGBA, (rows·cell) × (cols·cell). */
  readonly data: Uint8ClampedArray;
}

/** Paints `weights` as fillWeightPixels does, the causal mask hiding later keys if `causal`. */
export function weightPixels(weights: Matrix, causal: boolean, cell: number): WeightPixels {
  const data = new Uint8ClampedArray(weights.rows * weights.cols * cell * cell * 4);
  fillWeightPixels(data, weights, (i, j) => causal && isMasked(i, j), cell);
  return { weights, causal, cell, data };
}

/** Puts pixels painted ahead on the canvas, sizing it as paintWeights does. */
export function putWeightPixels(canvas: HTMLCanvasElement, pixels: WeightPixels): void {
  const width = pixels.weights.cols * pixels.cell;
  const height = pixels.weights.rows * pixels.cell;
  if (canvas.width !== width) canvas.width = width;
  if (canvas.height !== height) canvas.height = height;
  const context = canvas.getContext('2d');
  if (!context || width === 0 || height === 0) return;
  context.putImageData(
    new ImageData(pixels.data as Uint8ClampedArray<ArrayBuffer>, width, height),
    0,
    0,
  );
}

/** Each canvas's last pixels, reused for its next paint of the same size (1 MB at 512 tokens). */
const images = new WeakMap<HTMLCanvasElement, ImageData>();
