import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { fromRows, matrix, toRows } from './matrix';
import { softmax, softmaxRows, softmaxSteps } from './softmax';

const list = (xs: ArrayLike<number>): number[] => Array.from(xs);

// Independent reference for finite rows: the formula, written out with plain arrays.
function naiveSoftmax(xs: number[]): number[] {
  const max = Math.max(...xs);
  const exps = xs.map((x) => Math.exp(x - max));
  const sum = exps.reduce((s, e) => s + e, 0);
  return exps.map((e) => e / sum);
}

const finite = fc.double({ min: -50, max: 50, noNaN: true });
// Scores where roughly a third of the entries are masked.
const maybeMasked = fc.oneof(
  { weight: 2, arbitrary: finite },
  { weight: 1, arbitrary: fc.constant(-Infinity) },
);

describe('softmax: the TensorFlow.js cases', () => {
  it('splits equal scores equally: [100, 100] → [0.5, 0.5]', () => {
    expect(list(softmax([100, 100]))).toEqual([0.5, 0.5]);
  });

  it('does not overflow on a wide gap: [-1000, 1000] → [0, 1]', () => {
    expect(list(softmax([-1000, 1000]))).toEqual([0, 1]);
  });

  it('softmax([2, 1, 3]) ≈ [0.2447, 0.0900, 0.6652]', () => {
    const [a, b, c] = list(softmax([2, 1, 3]));
    expect(a).toBeCloseTo(0.2447, 4);
    expect(b).toBeCloseTo(0.09, 4);
    expect(c).toBeCloseTo(0.6652, 4);
  });

  it('propagates NaN to the whole row', () => {
    expect(list(softmax([1, NaN, 2])).every(Number.isNaN)).toBe(true);
    expect(list(softmax([NaN, -Infinity])).every(Number.isNaN)).toBe(true);
    expect(list(softmax([Infinity, NaN])).every(Number.isNaN)).toBe(true);
  });

  it('survives underflow: [-1e308, 0] → [0, 1]', () => {
    expect(list(softmax([-1e308, 0]))).toEqual([0, 1]);
  });

  it('survives overflow: [1e308, 1e308] → [0.5, 0.5] and [800, 0] → [1, 0]', () => {
    expect(list(softmax([1e308, 1e308]))).toEqual([0.5, 0.5]);
    expect(list(softmax([800, 0]))).toEqual([1, 0]);
    expect(list(softmax([-1.7e308, 1.7e308]))).toEqual([0, 1]);
  });
});

describe('softmax: masking and infinities', () => {
  it('gives masked (-Infinity) entries exactly 0', () => {
    const w = list(softmax([1, -Infinity, 1, -Infinity]));
    expect(w).toEqual([0.5, 0, 0.5, 0]);
    expect(Object.is(w[1], 0)).toBe(true);
  });

  it('gives a fully masked row zeros, never NaN', () => {
    expect(list(softmax([-Infinity, -Infinity, -Infinity]))).toEqual([0, 0, 0]);
  });

  it('shares the weight among +Infinity entries', () => {
    expect(list(softmax([Infinity, 3, Infinity, -Infinity]))).toEqual([0.5, 0, 0.5, 0]);
    expect(list(softmax([Infinity]))).toEqual([1]);
  });

  it('returns an empty array for an empty row', () => {
    expect(list(softmax([]))).toEqual([]);
  });
});

describe('softmax: properties', () => {
  it('matches the written-out formula to 1e-12', () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 1, maxLength: 40 }), (xs) => {
        const got = list(softmax(xs));
        naiveSoftmax(xs).forEach((e, j) => {
          expect(Math.abs((got[j] ?? NaN) - e)).toBeLessThanOrEqual(1e-12);
        });
      }),
    );
  });

  it('sums to 1 and stays in [0, 1] whenever something is unmasked', () => {
    fc.assert(
      fc.property(fc.array(maybeMasked, { minLength: 1, maxLength: 40 }), (xs) => {
        fc.pre(xs.some((x) => x > -Infinity));
        const w = list(softmax(xs));
        expect(Math.abs(w.reduce((s, x) => s + x, 0) - 1)).toBeLessThanOrEqual(1e-9);
        for (const x of w) {
          expect(x).toBeGreaterThanOrEqual(0);
          expect(x).toBeLessThanOrEqual(1);
        }
        xs.forEach((x, j) => {
          if (x === -Infinity) expect(w[j]).toBe(0);
        });
      }),
    );
  });

  it('ignores a constant added to every score', () => {
    fc.assert(
      fc.property(
        fc.array(maybeMasked, { minLength: 1, maxLength: 30 }),
        fc.double({ min: -100, max: 100, noNaN: true }),
        (xs, c) => {
          const before = list(softmax(xs));
          const after = list(softmax(xs.map((x) => x + c)));
          before.forEach((b, j) => {
            expect(Math.abs((after[j] ?? NaN) - b)).toBeLessThanOrEqual(1e-10);
          });
        },
      ),
    );
  });

  it('gives a larger score at least as much weight', () => {
    fc.assert(
      fc.property(fc.array(finite, { minLength: 2, maxLength: 20 }), (xs) => {
        const w = list(softmax(xs));
        xs.forEach((a, i) => {
          xs.forEach((b, j) => {
            if (a > b) expect(w[i]).toBeGreaterThanOrEqual(w[j] ?? NaN);
          });
        });
      }),
    );
  });
});

describe('softmaxRows', () => {
  it('normalises each row on its own and reports fully masked rows', () => {
    const { weights, fullyMaskedRows } = softmaxRows(
      fromRows([
        [0, 0],
        [-Infinity, -Infinity],
        [0, -Infinity],
      ]),
    );
    expect(toRows(weights)).toEqual([
      [0.5, 0.5],
      [0, 0],
      [1, 0],
    ]);
    expect(fullyMaskedRows).toEqual([1]);
  });

  it('does not modify its input', () => {
    const scores = fromRows([[1, 2, 3]]);
    softmaxRows(scores);
    expect(toRows(scores)).toEqual([[1, 2, 3]]);
  });

  it('handles empty shapes', () => {
    expect(softmaxRows(matrix(0, 3))).toMatchObject({
      weights: { rows: 0, cols: 3 },
      fullyMaskedRows: [],
    });
    // A row with no columns has nothing to attend to.
    expect(softmaxRows(matrix(2, 0)).fullyMaskedRows).toEqual([0, 1]);
  });

  it('agrees with softmax row by row and lists exactly the all -Infinity rows', () => {
    const rowsOf = (cols: number) =>
      fc.array(
        fc.oneof(
          fc.array(maybeMasked, { minLength: cols, maxLength: cols }),
          fc.constant(Array.from({ length: cols }, () => -Infinity)),
        ),
        { minLength: 1, maxLength: 8 },
      );
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 8 }).chain((cols) => rowsOf(cols)),
        (rows) => {
          const { weights, fullyMaskedRows } = softmaxRows(fromRows(rows));
          const got = toRows(weights);
          const expectedMasked: number[] = [];
          rows.forEach((r, i) => {
            if (r.every((x) => x === -Infinity)) expectedMasked.push(i);
            const finiteOnly = r.filter((x) => x > -Infinity);
            const reference = finiteOnly.length === 0 ? [] : naiveSoftmax(finiteOnly);
            let next = 0;
            r.forEach((x, j) => {
              const w = got[i]?.[j] ?? NaN;
              expect(Number.isNaN(w)).toBe(false);
              if (x === -Infinity) {
                expect(w).toBe(0);
              } else {
                expect(Math.abs(w - (reference[next++] ?? NaN))).toBeLessThanOrEqual(1e-12);
              }
            });
          });
          expect(fullyMaskedRows).toEqual(expectedMasked);
        },
      ),
    );
  });
});

describe('softmaxSteps', () => {
  it('shows the stable arithmetic for [2, 1, 3] and ends at softmax’s weights', () => {
    const steps = softmaxSteps([2, 1, 3]);
    expect(steps.max).toBe(3);
    expect([...steps.exps].map((e) => Number(e.toFixed(4)))).toEqual([0.3679, 0.1353, 1]);
    expect(steps.sum).toBeCloseTo(Math.exp(-1) + Math.exp(-2) + 1, 12);
    steps.exps.forEach((e, j) => {
      expect(e / steps.sum).toBeCloseTo(steps.weights[j] ?? NaN, 15);
    });
    expect([...steps.weights]).toEqual([...softmax([2, 1, 3])]);
  });

  it('gives masked entries exp 0 and a fully masked row a zero sum', () => {
    const masked = softmaxSteps([0, -Infinity]);
    expect([...masked.exps]).toEqual([1, 0]);
    const none = softmaxSteps([-Infinity, -Infinity]);
    expect(none.sum).toBe(0);
    expect([...none.weights]).toEqual([0, 0]);
  });

  it('refuses NaN and +Infinity, whose arithmetic it cannot show', () => {
    expect(() => softmaxSteps([NaN, 1])).toThrow(/finite/);
    expect(() => softmaxSteps([Infinity, 1])).toThrow(/finite/);
  });
});
