import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import ruleJson from '../../content/self-attention/attention-rule.json';
import tableJson from '../data/word-classes.json';
import { selfAttention, type Projections } from './attention';
import { parseAttentionRule, ruleProjections } from './attentionRule';
import { attentionInfluence, spectralNorm } from './jacobianNorms';
import { embedSentence } from './embedSentence';
import { lessonAttention } from './lessonAttention';
import { fromRows, get, matrix, type Matrix } from './matrix';
import { matmul } from './matrixKernels';
import { orthogonalMatrix, repeatRows } from './rnn';
import { gaussian, mulberry32 } from './seededRandom';
import { parseWordTable } from './wordFeatures';

const table = parseWordTable(tableJson);
const rule = parseAttentionRule(ruleJson);
const projections = ruleProjections(rule);

const transpose = (m: Matrix): Matrix => {
  const out = matrix(m.cols, m.rows);
  for (let i = 0; i < m.rows; i++) {
    for (let j = 0; j < m.cols; j++) out.data[j * m.rows + i] = get(m, i, j);
  }
  return out;
};

/** Q₁·diag(σ)·Q₂ᵀ: a rows × cols matrix whose singular values are exactly σ (up to rounding). */
function withSingularValues(rows: number, cols: number, sigmas: number[], seed: number): Matrix {
  const normal = gaussian(mulberry32(seed));
  const left = orthogonalMatrix(rows, normal);
  const right = orthogonalMatrix(cols, normal);
  const diagonal = matrix(rows, cols);
  sigmas.forEach((sigma, i) => {
    diagonal.data[i * cols + i] = sigma;
  });
  return matmul(matmul(left, diagonal), transpose(right));
}

describe('spectralNorm', () => {
  it('gives the documented examples', () => {
    expect(
      spectralNorm(
        fromRows([
          [3, 0],
          [0, -4],
        ]),
      ),
    ).toBeCloseTo(4, 14);
    expect(
      spectralNorm(
        fromRows([
          [1, 1],
          [1, 1],
        ]),
      ),
    ).toBeCloseTo(2, 14);
    expect(spectralNorm(fromRows([[1, 2, 2]]))).toBeCloseTo(3, 14);
    expect(spectralNorm(matrix(3, 4))).toBe(0);
    expect(spectralNorm(matrix(0, 0))).toBe(0);
  });

  it('finds the largest singular value to 1e-12, tall, wide and square', () => {
    const cases: [number, number, number[]][] = [
      [16, 11, [2.5, 2, 1.5, 1, 0.5, 0.25, 0.1, 0.01, 1e-3, 1e-6, 0]],
      [8, 11, [0.7, 0.6, 0.5, 0.4, 0.3, 0.2, 0.1, 0.05]],
      [11, 11, [1e-3, 9e-4, 5e-4]],
      [64, 11, [1e200, 3e199, 1]],
    ];
    cases.forEach(([rows, cols, sigmas], seed) => {
      const m = withSingularValues(rows, cols, sigmas, seed + 1);
      const expected = Math.max(...sigmas);
      expect(Math.abs(spectralNorm(m) / expected - 1), `${rows}×${cols}`).toBeLessThan(1e-12);
    });
  });

  it('is exact where power iteration would crawl: two singular values 1e-9 apart', () => {
    const m = withSingularValues(12, 11, [1, 1 - 1e-9, 0.5], 7);
    expect(Math.abs(spectralNorm(m) - 1)).toBeLessThan(1e-13);
  });

  it('is the same for a matrix and its transpose, and bounds ‖m·v‖ / ‖v‖', () => {
    fc.assert(
      fc.property(
        fc.integer({ min: 1, max: 12 }),
        fc.integer({ min: 1, max: 12 }),
        fc.integer(),
        (rows, cols, seed) => {
          const normal = gaussian(mulberry32(seed));
          const m = matrix(rows, cols, Float64Array.from({ length: rows * cols }, normal));
          const norm = spectralNorm(m);
          expect(Math.abs(spectralNorm(transpose(m)) - norm)).toBeLessThan(1e-12 * norm);
          const v = matrix(cols, 1, Float64Array.from({ length: cols }, normal));
          const mv = matmul(m, v);
          expect(Math.hypot(...mv.data)).toBeLessThanOrEqual(norm * Math.hypot(...v.data) * 1.0001);
        },
      ),
      { numRuns: 100 },
    );
  });
});

/** ∂y_t/∂x₁ by central differences: perturb the first row of x only. */
function numericAttentionJacobian(x: Matrix, proj: Projections, t: number, temperature = 1) {
  const epsilon = 1e-6;
  const dIn = x.cols;
  const dV = proj.wv.cols;
  const out = matrix(dIn, dV);
  for (let m = 0; m < dIn; m++) {
    const shifted = (delta: number) => {
      const copy = matrix(x.rows, x.cols, x.data.slice());
      copy.data[m] = (copy.data[m] ?? 0) + delta;
      return selfAttention(copy, proj, { temperature }).output;
    };
    const plus = shifted(epsilon);
    const minus = shifted(-epsilon);
    for (let c = 0; c < dV; c++) {
      out.data[m * dV + c] = (get(plus, t, c) - get(minus, t, c)) / (2 * epsilon);
    }
  }
  return out;
}

describe('attentionInfluence', () => {
  const relativeError = (a: number, b: number) => Math.abs(a - b) / Math.abs(b);

  it('matches central differences for t ≤ 8, the repeated sentence included', () => {
    for (const [sentence, length] of [
      ['The cat sat down', 10],
      ['A bird flew up over the old house', 8],
    ] as const) {
      const x = repeatRows(embedSentence(sentence, table).x, length);
      const curve = attentionInfluence(x, projections);
      for (let t = 0; t < 8; t++) {
        const numeric = spectralNorm(numericAttentionJacobian(x, projections, t));
        expect(
          relativeError(curve.norms[t] ?? NaN, numeric),
          `${sentence}, t = ${t + 1}`,
        ).toBeLessThan(1e-5);
      }
    }
  });

  it('matches central differences with other projections and a temperature', () => {
    const normal = gaussian(mulberry32(11));
    const random = (r: number, c: number) =>
      matrix(
        r,
        c,
        Float64Array.from({ length: r * c }, () => 0.5 * normal()),
      );
    const proj = { wq: random(5, 3), wk: random(5, 3), wv: random(5, 4) };
    const x = random(6, 5);
    const curve = attentionInfluence(x, proj, { temperature: 0.7 });
    for (let t = 0; t < 6; t++) {
      const numeric = spectralNorm(numericAttentionJacobian(x, proj, t, 0.7));
      expect(relativeError(curve.norms[t] ?? NaN, numeric), `t = ${t + 1}`).toBeLessThan(1e-5);
    }
  });

  it('reports the weight each position gives token 1, as the attention matrix has it', () => {
    const result = lessonAttention('The cat sat down', table, rule);
    expect(embedSentence('The cat sat down', table).x).toEqual(result.x);
    const curve = attentionInfluence(result.x, projections);
    const weights = result.attention.heads[0]?.weights ?? result.x;
    expect([...curve.weightsOnFirst]).toEqual([0, 1, 2, 3].map((t) => get(weights, t, 0)));
  });

  it('depends on the weight on token 1, not on the distance: copies of a token score alike', () => {
    const x = repeatRows(embedSentence('The cat sat down', table).x, 512);
    const { norms } = attentionInfluence(x, projections);
    // Positions 2, 6, …, 510 are all "cat": the same query, so the same influence.
    for (const t of [5, 101, 509]) {
      expect(Math.abs((norms[t] ?? NaN) / (norms[1] ?? NaN) - 1)).toBeLessThan(1e-12);
    }
  });

  it('is exactly 1/n when n identical tokens share the weight equally', () => {
    for (const n of [2, 7, 64]) {
      const x = repeatRows(embedSentence('cat', table).x, n);
      const { norms, weightsOnFirst } = attentionInfluence(x, projections);
      for (let t = 1; t < n; t++) {
        expect(weightsOnFirst[t]).toBeCloseTo(1 / n, 14);
        expect(Math.abs((norms[t] ?? NaN) * n - 1)).toBeLessThan(1e-12);
      }
    }
  });

  it('handles a single token and an empty sequence', () => {
    const one = attentionInfluence(embedSentence('cat', table).x, projections);
    expect(one.norms).toHaveLength(1);
    expect(one.weightsOnFirst[0]).toBe(1);
    expect(attentionInfluence(matrix(0, 11), projections).norms).toHaveLength(0);
  });
});
