// Colour as a second encoding of a hidden-state number in [−1, 1]: the number is always printed.
// PuOr (ColorBrewer's purple–orange diverging scheme) is marked safe for colour-blind readers:
// its two hues differ along the blue–yellow axis that red–green colour blindness keeps, and
// its lightness falls symmetrically from the pale middle (0) to both ends (±1), so the size of
// a number reads even in greyscale. Red–blue or red–green scales lose their sign for many.
import { interpolatePuOr } from 'd3-scale-chromatic';
import { contrastRatio, relativeLuminance, type CellColours } from '../../widgets/cellColour';

/** Purple for +1, near-white for 0, orange for −1; the text colour (black or white) that contrasts more. */
export function hiddenColours(value: number): CellColours {
  const h = Number.isFinite(value) ? Math.min(1, Math.max(-1, value)) : 0;
  const background = interpolatePuOr((1 - h) / 2);
  const luminance = relativeLuminance(background);
  const text = contrastRatio(luminance, 0) >= contrastRatio(luminance, 1) ? '#000000' : '#ffffff';
  return { background, text };
}
