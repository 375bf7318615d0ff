import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import {
  formatFromLog10,
  formatHidden,
  sameUpToRounding,
  subscript,
  superscript,
} from './numberFormat';

describe('numberFormat', () => {
  it('writes exponents and indices with Unicode digits', () => {
    expect(superscript(-30)).toBe('⁻³⁰');
    expect(superscript(0)).toBe('⁰');
    expect(superscript(12)).toBe('¹²');
    expect(subscript(512)).toBe('₅₁₂');
  });

  it('writes hidden-state numbers with two decimals and a true minus sign', () => {
    expect(formatHidden(0.456)).toBe('0.46');
    expect(formatHidden(-0.131)).toBe('−0.13');
    expect(formatHidden(-0.001)).toBe('0.00');
    expect(formatHidden(-1)).toBe('−1.00');
  });

  it('writes norms plainly from 0.0010 to 99, and as m × 10ᵉ beyond', () => {
    expect(formatFromLog10(Math.log10(0.0149))).toBe('0.015');
    expect(formatFromLog10(Math.log10(1.66))).toBe('1.7');
    expect(formatFromLog10(Math.log10(14.3))).toBe('14');
    expect(formatFromLog10(Math.log10(0.001))).toBe('0.0010');
    expect(formatFromLog10(Math.log10(3.24e-6))).toBe('3.2 × 10⁻⁶');
    expect(formatFromLog10(Math.log10(2.41e-46))).toBe('2.4 × 10⁻⁴⁶');
    expect(formatFromLog10(Math.log10(123))).toBe('1.2 × 10²');
    expect(formatFromLog10(-500.5)).toBe('3.2 × 10⁻⁵⁰¹');
    expect(formatFromLog10(Math.log10(0.999))).toBe('1.0');
    expect(formatFromLog10(Math.log10(9.99e-5))).toBe('1.0 × 10⁻⁴');
    expect(formatFromLog10(-Infinity)).toBe('0');
  });

  it('round-trips to two significant digits', () => {
    fc.assert(
      fc.property(fc.double({ min: -300, max: 300, noNaN: true }), (log10) => {
        const text = formatFromLog10(log10).replace(' × 10', 'e').replace('⁻', '-');
        const value = Number(text.replace(/[⁰¹²³⁴⁵⁶⁷⁸⁹]/g, (d) => String('⁰¹²³⁴⁵⁶⁷⁸⁹'.indexOf(d))));
        expect(Math.abs(Math.log10(value) - log10)).toBeLessThan(0.022);
      }),
    );
  });
});

describe('sameUpToRounding', () => {
  it('names the decimal place of the first differing digit, from the exponent', () => {
    expect(sameUpToRounding(0)).toBe('exactly the same');
    expect(sameUpToRounding(5.6e-17)).toBe('the same up to rounding in the 17th decimal place');
    expect(sameUpToRounding(1.11e-16)).toBe('the same up to rounding in the 16th decimal place');
    expect(sameUpToRounding(-2.2e-12)).toBe('the same up to rounding in the 12th decimal place');
    expect(sameUpToRounding(1e-21)).toBe('the same up to rounding in the 21st decimal place');
    expect(sameUpToRounding(3e-13)).toBe('the same up to rounding in the 13th decimal place');
  });
});
