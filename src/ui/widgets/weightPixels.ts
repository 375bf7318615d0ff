// A weight matrix as canvas pixels, one a cell: a 512-token matrix is 262,144 cells, too many for
// elements. The heatmap, the trained model's head thumbnails and the SVG export all paint this way.
import type { Matrix } from '../../engine/matrix';
import { cellRgb, MASKED_RGB } from './cellColour';

/** True where the query may not see the key (the causal mask), so the cell is drawn grey. */
export type MaskRule = (query: number, key: number) => boolean;

/** Writes each cell's colour into RGBA pixels (row-major, four bytes a cell, opaque). */
export function fillWeightPixels(pixels: Uint8ClampedArray, weights: Matrix, masked: MaskRule) {
  const { rows, cols, data } = weights;
  if (pixels.length !== rows * cols * 4) {
    throw new Error(`pixels must hold ${rows}×${cols}×4 bytes, got ${pixels.length}`);
  }
  for (let i = 0; i < rows; i++) {
    for (let j = 0; j < cols; j++) {
      const [r, g, b] = masked(i, j) ? MASKED_RGB : cellRgb(data[i * cols + j] ?? 0);
      pixels.set([r, g, b, 255], (i * cols + j) * 4);
    }
  }
}

/**
 * Sizes the canvas to the matrix, one pixel a cell (CSS scales it up), and paints it.
 * Returns the canvas's 2D context for drawing on top, or null where the browser gives none.
 */
export function paintWeights(
  canvas: HTMLCanvasElement,
  weights: Matrix,
  masked: MaskRule,
): CanvasRenderingContext2D | null {
  canvas.width = weights.cols;
  canvas.height = weights.rows;
  const context = canvas.getContext('2d');
  // An empty matrix has no pixels to paint (and createImageData(0, 0) throws).
  if (!context || weights.rows === 0 || weights.cols === 0) return context;
  const image = context.createImageData(weights.cols, weights.rows);
  fillWeightPixels(image.data, weights, masked);
  context.putImageData(image, 0, 0);
  return context;
}
