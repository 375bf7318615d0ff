// How the lesson writes its numbers, in one place so the page, its text alternatives, the
// command line and the tests agree.
import { ordinal } from './tokenLabels';

/** Weights are shown with this many decimals everywhere on the page. */
export const DISPLAY_DECIMALS = 2;

/** Weights rounded as the page shows them (row sums are taken from the unrounded weights). */
export function formatWeight(weight: number): string {
  return weight.toFixed(DISPLAY_DECIMALS);
}

/**
 * A score with a fixed number of decimals, where a masked score (−∞) is written as such.
 * @example formatScore(-Infinity, 3) // "−∞"
 */
export function formatScore(score: number, decimals: number): string {
  return score === -Infinity ? '−∞' : score.toFixed(decimals);
}

const SUPERSCRIPT = '⁰¹²³⁴⁵⁶⁷⁸⁹';
const SUBSCRIPT = '₀₁₂₃₄₅₆₇₈₉';
const digitsIn = (digits: string, n: number) =>
  String(Math.abs(n)).replace(/\d/g, (d) => digits[Number(d)] ?? d);

/** 12 → "¹²", −30 → "⁻³⁰" (for 10⁻³⁰). */
export const superscript = (n: number) => (n < 0 ? '⁻' : '') + digitsIn(SUPERSCRIPT, n);

/** 12 → "₁₂" (for h₁₂). */
export const subscript = (n: number) => digitsIn(SUBSCRIPT, n);

/** A hidden-state number with two decimals and a true minus sign: −0.31, 0.07. */
export function formatHidden(value: number): string {
  const text = value.toFixed(2);
  return text === '-0.00' ? '0.00' : text.replace('-', '−');
}

/**
 * A positive number given by its log₁₀, to two significant digits: plainly from 0.0010 to 99,
 * otherwise as m × 10ᵉ (3.2 × 10⁻⁶), which works even where the number itself underflows.
 * @example formatFromLog10(Math.log10(0.0149)) // "0.015"
 */
export function formatFromLog10(log10: number): string {
  if (log10 === -Infinity) return '0';
  if (!Number.isFinite(log10)) return String(10 ** log10);
  let exponent = Math.floor(log10);
  let mantissa = Number((10 ** (log10 - exponent)).toFixed(1));
  if (mantissa >= 10) {
    mantissa = 1;
    exponent += 1;
  }
  if (exponent >= -3 && exponent <= 1) return (mantissa * 10 ** exponent).toFixed(1 - exponent);
  return `${mantissa.toFixed(1)} × 10${superscript(exponent)}`;
}

/**
 * The decimal place of a tiny difference's first non-zero digit as an ordinal (5.6e-17 →
 * "17th"), read from its exponent, not from a logarithm that can land either side of a power of
 * ten. For "the same up to rounding in the 17th decimal place" instead of "differs by 5.6e-17".
 */
export function roundingPlace(difference: number): string {
  return ordinal(-Number(Math.abs(difference).toExponential().split('e')[1] ?? NaN));
}

/** "exactly the same" for 0, else "the same up to rounding in the Nth decimal place". */
export function sameUpToRounding(difference: number): string {
  return difference === 0
    ? 'exactly the same'
    : `the same up to rounding in the ${roundingPlace(difference)} decimal place`;
}
