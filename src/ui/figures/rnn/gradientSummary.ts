// The gradient plot's summary in words, computed from the curves (its text alternative's lead).
import type { AttentionInfluence, InfluenceCurve } from '../../../engine/jacobianNorms';
import { formatFromLog10 } from '../../../app/numberFormat';

/**
 * How the last value compares with the first, given log₁₀(last / first): the factor itself to
 * two significant digits ("5.1 × 10⁵ times smaller than"), never a rounded power of ten, which
 * would pass 5.1 × 10⁵ off as 10⁶.
 */
function comparedWithFirst(decades: number): string {
  if (decades === -Infinity) return 'none of what it was';
  const factor = formatFromLog10(Math.abs(decades));
  // A factor that rounds to 1.0 is no change at this precision.
  if (factor === '1.0') return 'about as large as';
  return `${factor} times ${decades < 0 ? 'smaller' : 'larger'} than`;
}

/**
 * e.g. "At t = 64, the RNN’s first-token influence is 3.2 × 10⁻⁶, 5.1 × 10⁵ times smaller than
 * at t = 1 (1.7); one attention layer’s is 0.015, where position 64 gives token 1 an attention
 * weight of 0.012."
 */
export function gradientSummary(rnn: InfluenceCurve, attention: AttentionInfluence): string {
  const n = rnn.log10Norms.length;
  const first = rnn.log10Norms[0] ?? NaN;
  const last = rnn.log10Norms[n - 1] ?? NaN;
  const weight = formatFromLog10(Math.log10(attention.weightsOnFirst[n - 1] ?? NaN));
  const attentionLast = formatFromLog10(attention.log10Norms[n - 1] ?? NaN);
  if (n === 1) {
    return `With one token, t = 1 is token 1 itself: the RNN’s influence is ${formatFromLog10(first)} and one attention layer’s is ${attentionLast}.`;
  }
  return (
    `At t = ${n}, the RNN’s first-token influence is ${formatFromLog10(last)}, ` +
    `${comparedWithFirst(last - first)} at t = 1 (${formatFromLog10(first)}); ` +
    `one attention layer’s is ${attentionLast}, where position ${n} gives token 1 an attention weight of ${weight}.`
  );
}
