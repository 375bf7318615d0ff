// Colour is a second encoding of a weight, never the only one: cividis (readable with any colour
// vision), and for each cell the text colour, black or white, that contrasts more with it.
import { interpolateCividis } from 'd3-scale-chromatic';

export interface CellColours {
  readonly background: string;
  readonly text: '#000000' | '#ffffff';
}

function channels(colour: string): [number, number, number] {
  const match = /^rgb\((\d+), (\d+), (\d+)\)$/.exec(colour);
  if (!match) throw new Error(`Unexpected colour from the scale: ${colour}`);
  return [Number(match[1]), Number(match[2]), Number(match[3])];
}

/** WCAG relative luminance of an sRGB colour. */
export function relativeLuminance(colour: string): number {
  const [r, g, b] = channels(colour).map((c) => {
    const s = c / 255;
    return s <= 0.04045 ? s / 12.92 : ((s + 0.055) / 1.055) ** 2.4;
  }) as [number, number, number];
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

export function contrastRatio(a: number, b: number): number {
  return (Math.max(a, b) + 0.05) / (Math.min(a, b) + 0.05);
}

/** A weight in [0, 1] (clamped) as its cell's background and text colours. */
export function cellColours(weight: number): CellColours {
  const t = Number.isFinite(weight) ? Math.min(1, Math.max(0, weight)) : 0;
  const background = interpolateCividis(t);
  const luminance = relativeLuminance(background);
  const text = contrastRatio(luminance, 0) >= contrastRatio(luminance, 1) ? '#000000' : '#ffffff';
  return { background, text };
}

/** A masked cell's grey: hidden from its query, it has no weight for the colour scale to show. */
export const MASKED_RGB: readonly [number, number, number] = [208, 208, 208];

/** The masked grey as a CSS/SVG colour: #d0d0d0. */
export const MASKED_FILL = `#${MASKED_RGB.map((c) => c.toString(16).padStart(2, '0')).join('')}`;

// A heatmap of 512 tokens paints 262,144 pixels: look colours up instead of interpolating each.
// The table is built by the first canvas that needs it, not when this module loads: every figure
// imports this module, and building 1,025 colours was a 35–80 ms task (on a 4× slower CPU) on
// pages that never draw a canvas.
const LEVELS = 1024;
let rgbTable: readonly (readonly [number, number, number])[] | null = null;

/** [r, g, b] of a weight's colour (to 1/1024), for drawing straight into canvas pixels. */
export function cellRgb(weight: number): readonly [number, number, number] {
  const t = Number.isFinite(weight) ? Math.min(1, Math.max(0, weight)) : 0;
  rgbTable ??= Array.from({ length: LEVELS + 1 }, (_, i) =>
    channels(interpolateCividis(i / LEVELS)),
  );
  return rgbTable[Math.round(t * LEVELS)] ?? [0, 0, 0];
}
