// What a learner typed into a number box, read strictly: the text must be a number as HTML
// writes one ("12", "-0.5", "1e2"), inside the box's range. Anything else, including an empty
// box, is refused, so a figure never turns a typing slip into 0 or a clamped value.

export interface NumberRange {
  min: number;
  max: number;
  /** Only whole numbers are allowed. */
  whole?: boolean;
}

export type NumberEntry = { ok: true; value: number } | { ok: false };

// HTML's "valid floating-point number": no "+", no hex, no "Infinity", no spaces inside.
const NUMBER_TEXT = /^-?(\d+(\.\d+)?|\.\d+)([eE][+-]?\d+)?$/;

/** Reads `text` as a number in `range`, or says it is not one. */
export function readNumberEntry(text: string, range: NumberRange): NumberEntry {
  const trimmed = text.trim();
  if (!NUMBER_TEXT.test(trimmed)) return { ok: false };
  // "+ 0" turns -0 into 0, so a cell never shows "-0".
  const value = Number(trimmed) + 0;
  if (!Number.isFinite(value) || value < range.min || value > range.max) return { ok: false };
  if (range.whole === true && !Number.isInteger(value)) return { ok: false };
  return { ok: true, value };
}
