import { describe, expect, it } from 'vitest';
import { isMasked } from '../../engine/attention';
import { fromRows, type Matrix } from '../../engine/matrix';
import { mulberry32 } from '../../engine/seededRandom';
import { EVEN_ROW_TOLERANCE, isRowMax, levelInRow, rowRange } from '../../app/rowScale';
import { cellRgb, contrastRatio, MASKED_RGB, relativeLuminance } from './cellColour';
import { cellPixelsFor, fillWeightPixels, OUTLINE_FROM, type MaskRule } from './weightPixels';

const pixelAt = (pixels: Uint8ClampedArray, width: number, y: number, x: number) =>
  Array.from(pixels.slice((y * width + x) * 4, (y * width + x + 1) * 4));

const luminance = ([r, g, b]: readonly number[]) =>
  relativeLuminance(`rgb(${String(r)}, ${String(g)}, ${String(b)})`);

describe('fillWeightPixels', () => {
  const weights = fromRows([
    [1, 0, 0],
    [0.5, 0.5, 0],
    [0.2, 0.3, 0.5],
  ]);

  it('paints each row from its smallest weight (dark) to its largest (yellow), opaque', () => {
    const pixels = new Uint8ClampedArray(3 * 3 * 4);
    fillWeightPixels(pixels, weights, () => false);
    expect(pixelAt(pixels, 3, 0, 0)).toEqual([...cellRgb(1), 255]);
    expect(pixelAt(pixels, 3, 0, 2)).toEqual([...cellRgb(0), 255]);
    expect(pixelAt(pixels, 3, 2, 0)).toEqual([...cellRgb(0), 255]);
    expect(pixelAt(pixels, 3, 2, 1)).toEqual([...cellRgb(1 / 3), 255]);
    expect(pixelAt(pixels, 3, 2, 2)).toEqual([...cellRgb(1), 255]);
  });

  it('keeps each row’s largest and smallest weight 3:1 apart however close they are', () => {
    const close = fromRows([[0.0151, 0.0149, 0.97]]);
    const pixels = new Uint8ClampedArray(3 * 4);
    fillWeightPixels(pixels, close, (_, j) => j === 2);
    const ratio = contrastRatio(
      luminance(pixelAt(pixels, 3, 0, 0)),
      luminance(pixelAt(pixels, 3, 0, 1)),
    );
    expect(ratio).toBeGreaterThanOrEqual(3);
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

  it('outlines each row’s largest weight in black when cells are wide enough', () => {
    const cell = 8;
    const width = 3 * cell;
    const pixels = new Uint8ClampedArray(width * width * 4);
    fillWeightPixels(pixels, weights, () => false, cell);
    // Row 2's largest is its third cell: black at its edge, yellow inside.
    expect(pixelAt(pixels, width, 2 * cell, 2 * cell)).toEqual([0, 0, 0, 255]);
    expect(pixelAt(pixels, width, 2 * cell + 4, 2 * cell + 4)).toEqual([...cellRgb(1), 255]);
    // Its first cell, the smallest, has no outline.
    expect(pixelAt(pixels, width, 2 * cell, 0)).toEqual([...cellRgb(0), 255]);
    // Row 1's two largest tie: both outlined.
    expect(pixelAt(pixels, width, cell, 0)).toEqual([0, 0, 0, 255]);
    expect(pixelAt(pixels, width, cell, cell)).toEqual([0, 0, 0, 255]);
    expect(cellPixelsFor(64)).toBe(8);
    expect(cellPixelsFor(512)).toBe(1);
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

/** The pixels painted one by one, as fillWeightPixels did before it copied lines. */
function referencePixels(weights: Matrix, masked: MaskRule, cell: number): Uint8ClampedArray {
  const { rows, cols, data } = weights;
  const width = cols * cell;
  const pixels = new Uint8ClampedArray(rows * cols * cell * cell * 4);
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
          pixels.set(edge ? [0, 0, 0, 255] : [r, g, b, 255], at);
        }
      }
    }
  }
  return pixels;
}

describe('fillWeightPixels, line by line', () => {
  it('paints every pixel as painting them one by one does, at every cell size the heatmap uses', () => {
    const random = mulberry32(13);
    for (const n of [1, 3, 7]) {
      const rows = Array.from({ length: n }, (_, i) => {
        const raw = Array.from({ length: n }, () => random());
        // A tie for the largest weight, and an even row, as real rows have.
        if (i === 1 && n > 2) raw[2] = raw[0] = Math.max(...raw);
        if (i === 2) raw.fill(0.5);
        return raw;
      });
      const weights = fromRows(rows);
      for (const cell of [1, 2, 3, 4, 5, 6, 8, 12, 13, 15, 16]) {
        for (const masked of [() => false, isMasked]) {
          const pixels = new Uint8ClampedArray(n * n * cell * cell * 4);
          fillWeightPixels(pixels, weights, masked, cell);
          expect(
            Array.from(pixels),
            `n ${String(n)}, cell ${String(cell)}, ${masked === isMasked ? 'causal' : 'open'}`,
          ).toEqual(Array.from(referencePixels(weights, masked, cell)));
        }
      }
    }
  });
});
