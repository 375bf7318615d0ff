import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { attendHead, causalMask, isMasked, selfAttention } from './attention';
import type { AttentionResult } from './attention';
import { fromRows, matrix, toRows } from './matrix';
import type { Matrix } from './matrix';

// ---------------------------------------------------------------------------
// Independent reference: the formulas on nested arrays, sharing no engine code.
// ---------------------------------------------------------------------------
type Grid = number[][];

function refMatmul(a: Grid, b: Grid, cols: number): Grid {
  return a.map((ar) =>
    Array.from({ length: cols }, (_, j) => {
      let sum = 0;
      ar.forEach((aik, k) => (sum += aik * (b[k]?.[j] ?? NaN)));
      return sum;
    }),
  );
}

function refSoftmax(xs: number[]): number[] {
  const max = Math.max(...xs);
  if (max === -Infinity) return xs.map(() => 0);
  const exps = xs.map((x) => Math.exp(x - max));
  const sum = exps.reduce((s, e) => s + e, 0);
  return exps.map((e) => e / sum);
}

interface RefResult {
  scaled: Grid[];
  weights: Grid[];
  output: Grid;
}

function refSelfAttention(
  x: Grid,
  w: { wq: Grid; wk: Grid; wv: Grid },
  heads: number,
  causal: boolean,
  temperature: number,
  widths: { qk: number; v: number },
): RefResult {
  const q = refMatmul(x, w.wq, widths.qk);
  const k = refMatmul(x, w.wk, widths.qk);
  const v = refMatmul(x, w.wv, widths.v);
  const dK = widths.qk / heads;
  const dV = widths.v / heads;
  const result: RefResult = { scaled: [], weights: [], output: x.map(() => []) };
  for (let h = 0; h < heads; h++) {
    const cut = (m: Grid, size: number) => m.map((r) => r.slice(h * size, (h + 1) * size));
    const [qh, kh, vh] = [cut(q, dK), cut(k, dK), cut(v, dV)];
    const scaled = qh.map((qi, i) =>
      kh.map((kj, j) => {
        if (causal && j > i) return -Infinity;
        let dot = 0;
        qi.forEach((qit, t) => (dot += qit * (kj[t] ?? NaN)));
        return dot / (Math.sqrt(dK) * temperature);
      }),
    );
    const weights = scaled.map(refSoftmax);
    const out = refMatmul(weights, vh, dV);
    result.scaled.push(scaled);
    result.weights.push(weights);
    out.forEach((r, i) => result.output[i]?.push(...r));
  }
  return result;
}

// ---------------------------------------------------------------------------
// Generators (fast-check is seeded, so failures are reproducible).
// ---------------------------------------------------------------------------
const entry = fc.double({ min: -1, max: 1, noNaN: true });
const grid = (rows: number, cols: number): fc.Arbitrary<Grid> =>
  fc.array(fc.array(entry, { minLength: cols, maxLength: cols }), {
    minLength: rows,
    maxLength: rows,
  });
const build = (g: Grid, rows: number, cols: number): Matrix => matrix(rows, cols, g.flat());

const problem = fc
  .record({
    n: fc.integer({ min: 0, max: 12 }),
    dModel: fc.integer({ min: 1, max: 6 }),
    heads: fc.integer({ min: 1, max: 3 }),
    dK: fc.integer({ min: 1, max: 5 }),
    dV: fc.integer({ min: 1, max: 5 }),
    causal: fc.boolean(),
    temperature: fc.double({ min: 0.25, max: 4, noNaN: true }),
  })
  .chain((s) =>
    fc.record({
      shape: fc.constant(s),
      x: grid(s.n, s.dModel),
      wq: grid(s.dModel, s.heads * s.dK),
      wk: grid(s.dModel, s.heads * s.dK),
      wv: grid(s.dModel, s.heads * s.dV),
    }),
  );
type Problem = typeof problem extends fc.Arbitrary<infer P> ? P : never;

function run(p: Problem, overrides: { causal?: boolean } = {}): AttentionResult {
  const { n, dModel, heads, dK, dV, temperature } = p.shape;
  return selfAttention(
    build(p.x, n, dModel),
    {
      wq: build(p.wq, dModel, heads * dK),
      wk: build(p.wk, dModel, heads * dK),
      wv: build(p.wv, dModel, heads * dV),
    },
    { heads, causal: overrides.causal ?? p.shape.causal, temperature },
  );
}

function expectGridClose(actual: Grid, expected: Grid, tolerance: number): void {
  expect(actual.length).toBe(expected.length);
  actual.forEach((r, i) => {
    const e = expected[i] ?? [];
    expect(r.length).toBe(e.length);
    r.forEach((a, j) => {
      const b = e[j] ?? NaN;
      if (b === -Infinity) expect(a).toBe(-Infinity);
      else expect(Math.abs(a - b)).toBeLessThanOrEqual(tolerance * Math.max(1, Math.abs(b)));
    });
  });
}

// ---------------------------------------------------------------------------

describe('selfAttention against the reference', () => {
  it('matches every head and the joined output to 1e-12', () => {
    fc.assert(
      fc.property(problem, (p) => {
        const { heads, dK, dV, causal, temperature } = p.shape;
        const got = run(p);
        const ref = refSelfAttention(p.x, p, heads, causal, temperature, {
          qk: heads * dK,
          v: heads * dV,
        });
        expect(got.dK).toBe(dK);
        expect(got.heads).toHaveLength(heads);
        got.heads.forEach((head, h) => {
          expectGridClose(toRows(head.scaledScores), ref.scaled[h] ?? [], 1e-12);
          expectGridClose(toRows(head.weights), ref.weights[h] ?? [], 1e-12);
        });
        expect(got.output.cols).toBe(heads * dV);
        expectGridClose(toRows(got.output), ref.output, 1e-12);
      }),
      { numRuns: 200 },
    );
  });

  it('works through a small example by hand', () => {
    const q = fromRows([
      [1, 0],
      [0, 1],
    ]);
    const head = attendHead(q, q, fromRows([[10], [20]]), { causal: true });
    expect(toRows(head.scores)).toEqual([
      [1, 0],
      [0, 1],
    ]);
    const e = Math.exp(1 / Math.SQRT2);
    const [w0, w1] = toRows(head.weights);
    expect(w0).toEqual([1, 0]);
    expect(w1?.[0]).toBeCloseTo(1 / (1 + e), 12);
    expect(w1?.[1]).toBeCloseTo(e / (1 + e), 12);
    expect(toRows(head.output)[1]?.[0]).toBeCloseTo((10 + 20 * e) / (1 + e), 12);
  });

  it('scales by the per-head key size and the temperature', () => {
    const x = fromRows([[1, 2]]);
    const w = matrix(2, 8);
    const result = selfAttention(x, { wq: w, wk: w, wv: w }, { heads: 2, temperature: 2 });
    expect(result.dK).toBe(4);
    expect(result.scale).toBe(1 / (2 * 2));
    expect(result.temperature).toBe(2);
    expect(result.causal).toBe(false);
  });

  it('returns empty results for an empty sentence', () => {
    const w = matrix(3, 4);
    const result = selfAttention(matrix(0, 3), { wq: w, wk: w, wv: w }, { heads: 2 });
    expect(result.output).toMatchObject({ rows: 0, cols: 4 });
    expect(result.heads).toHaveLength(2);
    for (const head of result.heads) {
      expect(head.weights).toMatchObject({ rows: 0, cols: 0 });
      expect(head.fullyMaskedRows).toEqual([]);
    }
  });
});

describe('attention weights: properties', () => {
  it('each row sums to 1 and every weight lies in [0, 1]', () => {
    fc.assert(
      fc.property(problem, (p) => {
        for (const head of run(p).heads) {
          expect(head.fullyMaskedRows).toEqual([]);
          for (const r of toRows(head.weights)) {
            expect(Math.abs(r.reduce((s, w) => s + w, 0) - 1)).toBeLessThanOrEqual(1e-9);
            for (const w of r) {
              expect(w).toBeGreaterThanOrEqual(0);
              expect(w).toBeLessThanOrEqual(1);
            }
          }
        }
      }),
    );
  });

  it('with causal = true, never gives a later token any weight', () => {
    fc.assert(
      fc.property(problem, (p) => {
        for (const head of run(p, { causal: true }).heads) {
          const scaled = toRows(head.scaledScores);
          toRows(head.weights).forEach((r, i) => {
            r.forEach((w, j) => {
              if (j > i) {
                expect(w).toBe(0);
                expect(scaled[i]?.[j]).toBe(-Infinity);
              }
            });
          });
        }
      }),
    );
  });

  it('without a mask, permuting the tokens permutes the weights and outputs', () => {
    const withPermutation = problem
      .filter((p) => p.shape.n > 0)
      .chain((p) =>
        fc.tuple(
          fc.constant(p),
          fc.shuffledSubarray(
            Array.from({ length: p.shape.n }, (_, i) => i),
            { minLength: p.shape.n, maxLength: p.shape.n },
          ),
        ),
      );
    fc.assert(
      fc.property(withPermutation, ([p, perm]) => {
        const at = (i: number) => perm[i] ?? NaN;
        const original = run(p, { causal: false });
        const permuted = run({ ...p, x: perm.map((i) => p.x[i] ?? []) }, { causal: false });
        original.heads.forEach((head, h) => {
          const w = toRows(head.weights);
          const expected = perm.map((_, i) => perm.map((_, j) => w[at(i)]?.[at(j)] ?? NaN));
          expectGridClose(toRows(permuted.heads[h]?.weights ?? matrix(0, 0)), expected, 1e-12);
        });
        const out = toRows(original.output);
        expectGridClose(
          toRows(permuted.output),
          perm.map((i) => out[i] ?? []),
          1e-12,
        );
      }),
    );
  });

  it('ignores a constant added to a row of scores', () => {
    // Shifting every key by the same vector u adds q_i·u to each score of row i:
    // one constant per row, so the weights and outputs must not move.
    const shifted = fc
      .record({
        n: fc.integer({ min: 1, max: 10 }),
        dK: fc.integer({ min: 1, max: 6 }),
        dV: fc.integer({ min: 1, max: 4 }),
        causal: fc.boolean(),
        temperature: fc.double({ min: 0.25, max: 4, noNaN: true }),
      })
      .chain((s) =>
        fc.record({
          s: fc.constant(s),
          q: grid(s.n, s.dK),
          k: grid(s.n, s.dK),
          v: grid(s.n, s.dV),
          u: grid(1, s.dK),
        }),
      );
    fc.assert(
      fc.property(shifted, ({ s, q, k, v, u }) => {
        const { n, dK, dV, causal, temperature } = s;
        const shift = u[0] ?? [];
        const kShifted = k.map((r) => r.map((x, t) => x + 3 * (shift[t] ?? NaN)));
        const options = { causal, temperature };
        const a = attendHead(build(q, n, dK), build(k, n, dK), build(v, n, dV), options);
        const b = attendHead(build(q, n, dK), build(kShifted, n, dK), build(v, n, dV), options);
        expectGridClose(toRows(b.weights), toRows(a.weights), 1e-9);
        expectGridClose(toRows(b.output), toRows(a.output), 1e-9);
      }),
    );
  });
});

describe('fully masked rows', () => {
  it('a query with no keys gets zero weights and a zero output, and is reported', () => {
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 6 }), fc.integer({ min: 1, max: 4 }), (n, d) => {
        const head = attendHead(
          matrix(n, d, new Float64Array(n * d).fill(1)),
          matrix(0, d),
          matrix(0, 3),
        );
        expect(head.fullyMaskedRows).toEqual(Array.from({ length: n }, (_, i) => i));
        expect(head.weights).toMatchObject({ rows: n, cols: 0 });
        expect(Array.from(head.output.data)).toEqual(new Array<number>(n * 3).fill(0));
      }),
    );
  });

  it('scores that overflow to -Infinity give zeros, never NaN', () => {
    const head = attendHead(
      fromRows([[1e200], [1]]),
      fromRows([[-1e200], [-1e200]]),
      fromRows([[5], [7]]),
    );
    expect(toRows(head.scaledScores)[0]).toEqual([-Infinity, -Infinity]);
    expect(toRows(head.weights)).toEqual([
      [0, 0],
      [0.5, 0.5],
    ]);
    expect(toRows(head.output)).toEqual([[0], [6]]);
    expect(head.fullyMaskedRows).toEqual([0]);
  });
});

describe('causal mask', () => {
  it('hides exactly the keys after the query', () => {
    expect(causalMask(3)).toEqual([
      [false, true, true],
      [false, false, true],
      [false, false, false],
    ]);
    expect(isMasked(1, 2)).toBe(true);
    expect(isMasked(2, 2)).toBe(false);
    expect(causalMask(0)).toEqual([]);
    expect(() => causalMask(-1)).toThrow(/\bn\b/);
  });
});

describe('argument checks name the argument', () => {
  const x = matrix(2, 3);
  const w = matrix(3, 4);
  const projections = { wq: w, wk: w, wv: w };

  it('temperature must be finite and positive', () => {
    for (const temperature of [0, -1, NaN, Infinity, 5e-324]) {
      expect(() => selfAttention(x, projections, { temperature })).toThrow(/temperature/);
      expect(() => attendHead(x, x, x, { temperature })).toThrow(/temperature/);
    }
  });

  it('heads must be a positive integer dividing the widths', () => {
    for (const heads of [0, -2, 1.5, 3, 8]) {
      expect(() => selfAttention(x, projections, { heads })).toThrow(/heads/);
    }
    expect(() => selfAttention(x, { ...projections, wv: matrix(3, 6) }, { heads: 4 })).toThrow(
      /heads.*wv/,
    );
  });

  it('projections must fit x and each other', () => {
    expect(() => selfAttention(x, { ...projections, wq: matrix(2, 4) })).toThrow(/wq/);
    expect(() => selfAttention(x, { ...projections, wk: matrix(4, 4) })).toThrow(/wk/);
    expect(() => selfAttention(x, { ...projections, wv: matrix(3, 0) })).toThrow(/wv/);
    expect(() => selfAttention(x, { ...projections, wk: matrix(3, 2) })).toThrow(/wk/);
  });

  it('attendHead checks queries, keys and values', () => {
    expect(() => attendHead(matrix(2, 0), matrix(2, 0), matrix(2, 1))).toThrow(/queries/);
    expect(() => attendHead(matrix(2, 3), matrix(2, 2), matrix(2, 1))).toThrow(/keys/);
    expect(() => attendHead(matrix(2, 3), matrix(2, 3), matrix(3, 1))).toThrow(/values/);
  });
});
