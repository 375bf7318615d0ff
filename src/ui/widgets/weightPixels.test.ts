import { describe, expect, it } from 'vitest';
import { isMasked } from '../../engine/attention';
import { fromRows } from '../../engine/matrix';
import { cellRgb, MASKED_RGB } from './cellColour';
import { fillWeightPixels } from './weightPixels';

const pixelAt = (pixels: Uint8ClampedArray, cols: number, i: number, j: number) =>
  Array.from(pixels.slice((i * cols + j) * 4, (i * cols + j + 1) * 4));

describe('fillWeightPixels', () => {
  const weights = fromRows([
    [1, 0, 0],
    [0.5, 0.5, 0],
    [0.2, 0.3, 0.5],
  ]);

  it('paints each cell its weight’s colour, opaque, row by row', () => {
    const pixels = new Uint8ClampedArray(3 * 3 * 4);
    fillWeightPixels(pixels, weights, () => false);
    expect(pixelAt(pixels, 3, 0, 0)).toEqual([...cellRgb(1), 255]);
    expect(pixelAt(pixels, 3, 1, 0)).toEqual([...cellRgb(0.5), 255]);
    expect(pixelAt(pixels, 3, 2, 1)).toEqual([...cellRgb(0.3), 255]);
    expect(pixelAt(pixels, 3, 0, 2)).toEqual([...cellRgb(0), 255]);
  });

  it('paints the cells the mask hides grey, and only those', () => {
    const pixels = new Uint8ClampedArray(3 * 3 * 4);
    fillWeightPixels(pixels, weights, isMasked);
    for (let i = 0; i < 3; i++) {
      for (let j = 0; j < 3; j++) {
        const grey = [...MASKED_RGB, 255];
        if (j > i) expect(pixelAt(pixels, 3, i, j), `${i},${j}`).toEqual(grey);
        else expect(pixelAt(pixels, 3, i, j), `${i},${j}`).not.toEqual(grey);
      }
    }
  });

  it('works on a matrix that is not square', () => {
    const pixels = new Uint8ClampedArray(2 * 3 * 4);
    fillWeightPixels(
      pixels,
      fromRows([
        [0, 0.5, 1],
        [1, 0.5, 0],
      ]),
      () => false,
    );
    expect(pixelAt(pixels, 3, 1, 0)).toEqual([...cellRgb(1), 255]);
    expect(pixelAt(pixels, 3, 0, 2)).toEqual([...cellRgb(1), 255]);
  });

  it('refuses pixels of the wrong size', () => {
    expect(() => {
      fillWeightPixels(new Uint8ClampedArray(4), weights, () => false);
    }).toThrow(/pixels must hold 3×3×4 bytes, got 4/);
  });
});
