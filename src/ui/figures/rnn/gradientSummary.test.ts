import { describe, expect, it } from 'vitest';
import { curveFromLog10 } from '../../../engine/jacobianNorms';
import { gradientSummary } from './gradientSummary';

const attention = (log10s: number[], weights: number[]) => ({
  ...curveFromLog10(Float64Array.from(log10s)),
  weightsOnFirst: Float64Array.from(weights),
});

describe('gradientSummary', () => {
  it('compares the last position with the first: the factor, or its power of ten beyond 100', () => {
    const rnn = curveFromLog10(Float64Array.of(0.2, -3, -45.6));
    expect(gradientSummary(rnn, attention([-0.2, -1.5, -2.7], [0.4, 0.3, 0.0015]))).toBe(
      'At t = 3, the RNN’s first-token influence is 2.5 × 10⁻⁴⁶, about 10⁴⁶ times smaller than at t = 1 (1.6); one attention layer’s is 0.0020, where position 3 gives token 1 an attention weight of 0.0015.',
    );
    const grown = gradientSummary(
      curveFromLog10(Float64Array.of(0.2, 1.3)),
      attention([0, -1], [1, 0.5]),
    );
    expect(grown).toContain('13 times larger than at t = 1');
    const level = gradientSummary(
      curveFromLog10(Float64Array.of(0.2, 0.21)),
      attention([0, -1], [1, 0.5]),
    );
    expect(level).toContain('about as large as at t = 1');
    const fallen = gradientSummary(
      curveFromLog10(Float64Array.of(0.2, 0)),
      attention([0, -1], [1, 0.5]),
    );
    expect(fallen).toContain('1.6 times smaller than at t = 1');
  });

  it('speaks of token 1 itself when there is one token', () => {
    expect(gradientSummary(curveFromLog10(Float64Array.of(0.2)), attention([0], [1]))).toBe(
      'With one token, t = 1 is token 1 itself: the RNN’s influence is 1.6 and one attention layer’s is 1.0.',
    );
  });
});
