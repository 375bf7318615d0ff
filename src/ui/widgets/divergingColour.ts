// Colour as a second encoding of a signed number (Step 2's hidden states in [−1, 1], Step 5's rule
// strengths): the number is always printed in the cell too. PuOr (ColorBrewer's purple–orange
// diverging scheme) is marked safe for colour-blind readers: its two hues differ along the
// blue–yellow axis that red–green colour blindness keeps. Purple is +, orange is −, on every step.
//
// The midpoint suits each theme. In the light theme it is PuOr's own near-white middle; in the dark
// theme a near-white 0 glares, so each end fades into the dark card instead, and the size of a
// number still reads as distance from the background in either theme. Both are returned as one
// CSS light-dark() colour, so the page's colour-scheme picks the right one without any script.
import { interpolatePuOr } from 'd3-scale-chromatic';
import { contrastRatio, relativeLuminance, type CellColours } from './cellColour';

/** The dark theme's card surface (tokens.css --surface-raised, dark side): the scale's dark 0. */
export const DARK_MIDPOINT = '#22262d';

// d3's PuOr runs from dark purple (0) through near-white (0.5) to dark orange (1). In the dark
// theme its dark ends would vanish into the card, so the ends are the lighter stops at 0.25 and 0.8
// (both ≥ 5:1 against the dark card, and about as bright as each other).
const DARK_PURPLE_AT = 0.25;
const DARK_ORANGE_AT = 0.8;

/** One cell's colours in both themes, and the same as CSS light-dark() values for a style. */
export interface DivergingColours {
  readonly light: CellColours;
  readonly dark: CellColours;
  /** `light-dark(light, dark)` background, for a style attribute or an SVG stop. */
  readonly background: string;
  /** `light-dark(light, dark)` ink for the printed number: black or white, whichever contrasts more. */
  readonly text: string;
}

function channels(colour: string): [number, number, number] {
  const hex = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  if (hex) return [1, 2, 3].map((i) => parseInt(hex[i] ?? '0', 16)) as [number, number, number];
  const rgb = /^rgb\((\d+), (\d+), (\d+)\)$/.exec(colour);
  if (!rgb) throw new Error(`Unexpected colour: ${colour}`);
  return [Number(rgb[1]), Number(rgb[2]), Number(rgb[3])];
}

function mix(from: string, to: string, t: number): string {
  const a = channels(from);
  const b = channels(to);
  const c = a.map((v, i) => Math.round(v + ((b[i] ?? v) - v) * t));
  return `rgb(${c.join(', ')})`;
}

function withInk(background: string): CellColours {
  const luminance = relativeLuminance(background);
  const text = contrastRatio(luminance, 0) >= contrastRatio(luminance, 1) ? '#000000' : '#ffffff';
  return { background, text };
}

/** Clamp a number to [−1, 1] after dividing by the scale's extent; NaN reads as 0. */
function level(value: number, extent: number): number {
  const h = value / extent;
  return Number.isFinite(h) ? Math.min(1, Math.max(-1, h)) : 0;
}

/** The light theme's colour at h in [−1, 1]: orange at −1, near-white at 0, purple at +1. */
function lightColour(h: number): string {
  return interpolatePuOr((1 - h) / 2);
}

/** The dark theme's colour at h in [−1, 1]: light orange at −1, the dark card at 0, lavender at +1. */
function darkColour(h: number): string {
  const end = interpolatePuOr(h >= 0 ? DARK_PURPLE_AT : DARK_ORANGE_AT);
  return mix(DARK_MIDPOINT, end, Math.abs(h));
}

/** A signed value's cell colours: +extent purple, 0 the theme's background, −extent orange. */
export function divergingColours(value: number, extent = 1): DivergingColours {
  const h = level(value, extent);
  const light = withInk(lightColour(h));
  const dark = withInk(darkColour(h));
  return {
    light,
    dark,
    background: `light-dark(${light.background}, ${dark.background})`,
    text: `light-dark(${light.text}, ${dark.text})`,
  };
}

/** A legend's colour at t from 0 (−extent, on the left) to 1 (+extent, on the right). */
export function divergingScaleColour(t: number): string {
  return divergingColours(2 * t - 1).background;
}

/** The scale's end for a set of values: the largest size among them, and at least 1 (all zero). */
export function divergingExtent(values: readonly number[]): number {
  return Math.max(1, ...values.map((v) => (Number.isFinite(v) ? Math.abs(v) : 0)));
}
