// The rule editor's cells coloured like a heatmap. A rule's strengths are signed (a learner may
// type −3: "avoid"), so the scale diverges from a pale 0: purple for looking for, orange for
// avoiding, as strong as the rule's largest strength either way. The number stays in each cell.
import { interpolatePuOr } from 'd3-scale-chromatic';
import { contrastRatio, relativeLuminance, type CellColours } from '../../widgets/cellColour';

/** The scale's end: the largest strength in the rule, and at least 1 (an all-zero rule). */
export function ruleExtent(strengths: readonly number[]): number {
  return Math.max(1, ...strengths.map((s) => (Number.isFinite(s) ? Math.abs(s) : 0)));
}

/** Where a strength sits on the scale: 0.5 at 0, 1 at +extent (purple), 0 at −extent (orange). */
export function ruleLevel(strength: number, extent: number): number {
  const t = 0.5 + strength / (2 * extent);
  return Number.isFinite(t) ? Math.min(1, Math.max(0, t)) : 0.5;
}

// d3's PuOr runs from purple at 0 to orange at 1, so it is read backwards: purple for +, as in
// Step 2's hidden states (hiddenColours), where +1 is purple too.
const puOrFromMinus = (t: number) => interpolatePuOr(1 - t);

export function ruleCellColours(strength: number, extent: number): CellColours {
  const background = puOrFromMinus(ruleLevel(strength, extent));
  const luminance = relativeLuminance(background);
  const text = contrastRatio(luminance, 0) >= contrastRatio(luminance, 1) ? '#000000' : '#ffffff';
  return { background, text };
}

/** The legend's colour at t (0 at −extent, on the left; 1 at +extent, on the right). */
export const ruleScaleColour = puOrFromMinus;
