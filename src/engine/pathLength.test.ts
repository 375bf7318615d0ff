import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { isMasked } from './attention';
import { attentionPathLength, rnnPathLength } from './pathLength';

describe('path lengths', () => {
  it('counts j − i steps forward along the RNN chain and none backward', () => {
    expect(rnnPathLength(0, 3)).toBe(3);
    expect(rnnPathLength(2, 2)).toBe(0);
    expect(rnnPathLength(3, 0)).toBeNull();
    expect(rnnPathLength(0, 511)).toBe(511);
  });

  it('is one step through attention for any pair, whatever the distance', () => {
    fc.assert(
      fc.property(fc.nat(600), fc.nat(600), (i, j) => {
        expect(attentionPathLength(i, j)).toBe(i === j ? 0 : 1);
      }),
    );
  });

  it('under a causal mask, agrees with the mask: no path exactly where the key is masked', () => {
    fc.assert(
      fc.property(fc.nat(50), fc.nat(50), (from, to) => {
        const length = attentionPathLength(from, to, { causal: true });
        expect(length === null).toBe(isMasked(to, from));
      }),
    );
  });

  it('refuses positions that are not whole numbers ≥ 0', () => {
    expect(() => rnnPathLength(-1, 2)).toThrow(/from/);
    expect(() => attentionPathLength(0, 1.5)).toThrow(/to/);
  });
});
