import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import ruleJson from '../../content/self-attention/attention-rule.json';
import tableJson from '../data/word-classes.json';
import { parseAttentionRule, ruleProjections } from './attentionRule';
import { attentionInfluence, spectralNorm } from './jacobianNorms';
import { embedSentence } from './embedSentence';
import { fromRows, get, matrix, toRows, type Matrix } from './matrix';
import {
  createRnn,
  MAX_HIDDEN_SIZE,
  orthogonalMatrix,
  repeatRows,
  rnnInfluence,
  rnnInputTerms,
  runRecurrence,
  runRnn,
  type RnnOptions,
} from './rnn';
import { gaussian, mulberry32 } from './seededRandom';
import { parseWordTable } from './wordFeatures';

const table = parseWordTable(tableJson);
const sentence = embedSentence('The cat sat down', table).x;

const influence = (length: number, options: RnnOptions = {}) => {
  const rnn = createRnn(11, options);
  const x = repeatRows(sentence, length);
  const hiddenStates = runRnn(rnn, x);
  return { rnn, x, hiddenStates, curve: rnnInfluence(rnn, hiddenStates) };
};

// Independent references in plain nested arrays: the textbook formulas, no rescaling.
type Plain = number[][];
const plain = (m: Matrix): Plain => toRows(m);
const times = (a: Plain, b: Plain): Plain =>
  a.map((row) => (b[0] ?? []).map((_, j) => row.reduce((s, v, k) => s + v * (b[k]?.[j] ?? 0), 0)));
const transposed = (a: Plain): Plain => (a[0] ?? []).map((_, j) => a.map((row) => row[j] ?? 0));

/** ‖a‖₂ by power iteration on aᵀa, run until the Rayleigh quotient stops moving. */
function powerNorm(a: Plain): number {
  const gram = times(transposed(a), a);
  let v = gram.map((_, i) => 1 + i / 7);
  let lambda = 0;
  for (let iteration = 0; iteration < 100_000; iteration++) {
    const w = gram.map((row) => row.reduce((s, g, k) => s + g * (v[k] ?? 0), 0));
    const next =
      w.reduce((s, wi, i) => s + wi * (v[i] ?? 0), 0) / v.reduce((s, vi) => s + vi * vi, 0);
    const size = Math.hypot(...w);
    if (size === 0) return 0;
    v = w.map((wi) => wi / size);
    if (Math.abs(next - lambda) <= 1e-16 * next && iteration > 20) return Math.sqrt(next);
    lambda = next;
  }
  return Math.sqrt(lambda);
}

function plainRnn(rnn: ReturnType<typeof createRnn>, x: Matrix): Plain {
  const [W, U, b] = [plain(rnn.w), plain(rnn.u), [...rnn.b]];
  const states: Plain = [];
  let h = b.map(() => 0);
  for (const input of plain(x)) {
    h = h.map((_, i) => {
      const fromInput = (W[i] ?? []).reduce((s, w, m) => s + w * (input[m] ?? 0), 0);
      const fromState = (U[i] ?? []).reduce((s, u, k) => s + u * (h[k] ?? 0), 0);
      return Math.tanh(fromInput + fromState + (b[i] ?? 0));
    });
    states.push(h);
  }
  return states;
}

describe('createRnn', () => {
  it('is deterministic: the same seed gives identical weights, another seed others', () => {
    const a = createRnn(11);
    const b = createRnn(11);
    expect(a.w.data).toEqual(b.w.data);
    expect(a.u.data).toEqual(b.u.data);
    expect(a.b).toEqual(b.b);
    expect(createRnn(11, { seed: 2 }).w.data).not.toEqual(a.w.data);
    expect([a.hiddenSize, a.gain, a.seed]).toEqual([16, 0.9, 1]);
  });

  it('makes U = g × an orthogonal matrix: UᵀU = g²I to 1e-12', () => {
    for (const hiddenSize of [1, 8, 16, 32, 64]) {
      for (const gain of [0.5, 0.9, 1, 1.5]) {
        const U = plain(createRnn(11, { hiddenSize, gain }).u);
        const gram = times(transposed(U), U);
        gram.forEach((row, i) => {
          row.forEach((value, j) => {
            expect(Math.abs(value - (i === j ? gain * gain : 0))).toBeLessThan(1e-12);
          });
        });
      }
    }
  });

  it('draws W with variance about 1/d_in, so the first step is far from saturated', () => {
    const { w } = createRnn(11, { hiddenSize: 64 });
    const variance = w.data.reduce((s, v) => s + v * v, 0) / w.data.length;
    expect(variance).toBeGreaterThan(0.7 / 11);
    expect(variance).toBeLessThan(1.3 / 11);
  });

  it('names the argument it refuses', () => {
    expect(() => createRnn(0)).toThrow(/inputSize/);
    expect(() => createRnn(11, { hiddenSize: MAX_HIDDEN_SIZE + 1 })).toThrow(/hiddenSize/);
    expect(() => createRnn(11, { hiddenSize: 2.5 })).toThrow(/hiddenSize/);
    expect(() => createRnn(11, { gain: -1 })).toThrow(/gain/);
    expect(() => createRnn(11, { gain: NaN })).toThrow(/gain/);
    expect(() => createRnn(11, { seed: 0.5 })).toThrow(/seed/);
    expect(() => runRnn(createRnn(3), sentence)).toThrow(/x must have 3 columns/);
    expect(() => rnnInfluence(createRnn(11), matrix(2, 3))).toThrow(/hiddenStates/);
  });

  it('gives a random orthogonal matrix for any seed', () => {
    fc.assert(
      fc.property(fc.integer(), fc.integer({ min: 1, max: 20 }), (seed, size) => {
        const Q = plain(orthogonalMatrix(size, gaussian(mulberry32(seed))));
        times(transposed(Q), Q).forEach((row, i) => {
          row.forEach((v, j) => {
            expect(Math.abs(v - (i === j ? 1 : 0))).toBeLessThan(1e-13);
          });
        });
      }),
      { numRuns: 50 },
    );
  });
});

describe('runRnn', () => {
  it('computes h_t = tanh(W·x_t + U·h_{t−1} + b) from h₀ = 0, as the formula written out', () => {
    const { rnn, x, hiddenStates } = influence(9);
    const expected = plainRnn(rnn, x);
    expect(hiddenStates.rows).toBe(9);
    expect(hiddenStates.cols).toBe(16);
    toRows(hiddenStates).forEach((h, t) => {
      h.forEach((value, i) => {
        expect(value).toBeCloseTo(expected[t]?.[i] ?? NaN, 14);
      });
    });
  });

  it('keeps the hidden state in (−1, 1), at every length', () => {
    const { hiddenStates } = influence(512, { gain: 1.5, hiddenSize: 64 });
    expect(hiddenStates.data.every((h) => Math.abs(h) < 1)).toBe(true);
  });

  it('is its input terms b + W·x_t (no step waits) followed by the recurrence (each step waits)', () => {
    const { rnn, x, hiddenStates } = influence(9);
    const terms = rnnInputTerms(rnn, x);
    expect([terms.rows, terms.cols]).toEqual([9, 16]);
    const first = toRows(runRecurrence(rnn, terms))[0] ?? [];
    // h₁ = tanh(b + W·x₁): nothing earlier to wait for.
    first.forEach((h, i) => {
      expect(h).toBe(Math.tanh(get(terms, 0, i)));
    });
    expect(runRecurrence(rnn, terms).data).toEqual(hiddenStates.data);
    expect(() => runRecurrence(rnn, matrix(2, 3))).toThrow(/inputTerms must have 16 columns/);
  });
});

describe('repeatRows', () => {
  it('repeats the sentence end to end, each copy its own row', () => {
    const x = fromRows([[1], [2], [3]]);
    const repeated = repeatRows(x, 7);
    expect(toRows(repeated)).toEqual([[1], [2], [3], [1], [2], [3], [1]]);
    repeated.data[0] = 99;
    expect(get(repeated, 3, 0)).toBe(1);
    expect(toRows(repeatRows(x, 2))).toEqual([[1], [2]]);
    expect(() => repeatRows(x, -1)).toThrow(/length/);
    expect(() => repeatRows(matrix(0, 1), 2)).toThrow(/x must have at least one row/);
  });
});

/** ∂h_t/∂x₁ by central differences: perturb x₁ only (later copies of "The" stay put). */
function numericRnnJacobian(rnn: ReturnType<typeof createRnn>, x: Matrix, t: number): Matrix {
  const epsilon = 1e-6;
  const out = matrix(rnn.hiddenSize, x.cols);
  for (let m = 0; m < x.cols; m++) {
    const shifted = (delta: number) => {
      const copy = matrix(x.rows, x.cols, x.data.slice());
      copy.data[m] = (copy.data[m] ?? 0) + delta;
      return runRnn(rnn, copy);
    };
    const [plus, minus] = [shifted(epsilon), shifted(-epsilon)];
    for (let i = 0; i < rnn.hiddenSize; i++) {
      out.data[i * x.cols + m] = (get(plus, t, i) - get(minus, t, i)) / (2 * epsilon);
    }
  }
  return out;
}

/** The Jacobians D_t·U ⋯ D₁·W multiplied out in plain arrays, optionally rescaled by exact powers of 2. */
function plainJacobianNorms(
  rnn: ReturnType<typeof createRnn>,
  hiddenStates: Matrix,
  options: { powersOfTwo: boolean; at?: (t: number) => boolean },
): { norms: number[]; log10Norms: number[] } {
  const [W, U, H] = [plain(rnn.w), plain(rnn.u), plain(hiddenStates)];
  const slopes = (t: number): Plain => {
    const h = H[t] ?? [];
    return h.map((hi, i) => h.map((_, j) => (i === j ? 1 - hi * hi : 0)));
  };
  let product = times(slopes(0), W);
  let exponent = 0;
  const norms: number[] = [];
  const log10Norms: number[] = [];
  for (let t = 0; t < H.length; t++) {
    if (t > 0) product = times(slopes(t), times(U, product));
    if (options.powersOfTwo) {
      // Multiplying by a power of 2 is exact in binary floating point: no rounding added.
      const largest = Math.max(...product.flat().map(Math.abs));
      const shift = Math.round(Math.log2(largest));
      product = product.map((row) => row.map((v) => v * 2 ** -shift));
      exponent += shift;
    }
    const norm = (options.at?.(t) ?? true) ? powerNorm(product) : NaN;
    norms.push(norm);
    log10Norms.push(Math.log10(norm) + exponent * Math.log10(2));
  }
  return { norms, log10Norms };
}

describe('rnnInfluence: ‖∂h_t/∂x₁‖₂', () => {
  it('matches central differences for t ≤ 8 (ε = 1e-6, relative 1e-5)', () => {
    for (const options of [{}, { gain: 1.5, hiddenSize: 8 }, { hiddenSize: 64, seed: 5 }]) {
      const { rnn, x, curve } = influence(8, options);
      for (let t = 0; t < 8; t++) {
        const numeric = spectralNorm(numericRnnJacobian(rnn, x, t));
        const error = Math.abs((curve.norms[t] ?? NaN) / numeric - 1);
        expect(error, `${JSON.stringify(options)}, t = ${t + 1}`).toBeLessThan(1e-5);
      }
    }
  });

  it('equals the plain float64 product of the Jacobians up to t = 200 (g = 0.9)', () => {
    const { rnn, hiddenStates, curve } = influence(200);
    const reference = plainJacobianNorms(rnn, hiddenStates, { powersOfTwo: false });
    expect(reference.norms[199]).toBeGreaterThan(0);
    reference.norms.forEach((norm, t) => {
      expect(Math.abs((curve.norms[t] ?? NaN) / norm - 1), `t = ${t + 1}`).toBeLessThan(1e-10);
      expect(curve.log10Norms[t]).toBeCloseTo(Math.log10(norm), 10);
    });
  });

  it('keeps its log form where the plain product underflows to 0 (g = 0.1, t = 512)', () => {
    const { rnn, hiddenStates, curve } = influence(512, { gain: 0.1 });
    const at = (t: number) => t === 511;
    const unscaled = plainJacobianNorms(rnn, hiddenStates, { powersOfTwo: false, at });
    expect(unscaled.norms[511]).toBe(0);
    const exact = plainJacobianNorms(rnn, hiddenStates, { powersOfTwo: true, at });
    const last = curve.log10Norms[511] ?? NaN;
    expect(last).toBeLessThan(-400);
    expect(last).toBeCloseTo(exact.log10Norms[511] ?? NaN, 9);
  });

  it('vanishes but stays finite and > 0 in log form at t = 512 with g = 0.9', () => {
    const { log10Norms } = influence(512).curve;
    const last = log10Norms[511] ?? NaN;
    expect(Number.isFinite(last)).toBe(true);
    expect(last).toBeLessThan(-20);
    expect(10 ** last).toBeGreaterThan(0);
  });

  it('does not vanish with g = 1.5: it grows at first, then tanh saturation holds it', () => {
    for (const hiddenSize of [8, 16, 64]) {
      const damped = influence(512, { hiddenSize }).curve.log10Norms;
      const { log10Norms } = influence(512, { gain: 1.5, hiddenSize }).curve;
      const last = log10Norms[511] ?? NaN;
      expect(last).toBeGreaterThan(log10Norms[0] ?? NaN);
      expect(last).toBeGreaterThan((damped[511] ?? NaN) + 40);
      // Far below the unchecked growth 1.5^511 ≈ 10^90: saturated units pass almost nothing on.
      expect(last).toBeLessThan(20);
    }
  });

  it('stays under the bound ‖W‖·g^(t−1)', () => {
    fc.assert(
      fc.property(
        fc.constantFrom(1, 4, 8, 16, 64),
        fc.double({ min: 0.3, max: 1.6, noNaN: true }),
        fc.integer({ min: 0, max: 1000 }),
        (hiddenSize, gain, seed) => {
          const { rnn, curve } = influence(128, { hiddenSize, gain, seed });
          const logW = Math.log10(spectralNorm(rnn.w));
          curve.log10Norms.forEach((value, t) => {
            expect(value).toBeLessThanOrEqual(logW + t * Math.log10(gain) + 1e-9);
          });
        },
      ),
      { numRuns: 40 },
    );
  });

  it('is deterministic: the same seed gives identical numbers', () => {
    const a = influence(512, { hiddenSize: 32 }).curve;
    const b = influence(512, { hiddenSize: 32 }).curve;
    expect(a.log10Norms).toEqual(b.log10Norms);
    expect(a.norms).toEqual(b.norms);
  });

  it('gives the numbers the lesson quotes for the default RNN', () => {
    const { norms } = influence(512).curve;
    expect(norms[3]).toBeCloseTo(1.083, 3);
    expect(norms[63]).toBeCloseTo(3.24e-6, 8);
    expect(norms[511]).toBeGreaterThan(2.4e-46);
    expect(norms[511]).toBeLessThan(2.42e-46);
  });
});

describe('the RNN against one attention layer (what Step 2’s prose says)', () => {
  it('lies above attention over the first steps of the lesson sentence, far below by t = 64', () => {
    const x = repeatRows(sentence, 64);
    const projections = ruleProjections(parseAttentionRule(ruleJson));
    const attention = attentionInfluence(x, projections).log10Norms;
    const { log10Norms } = influence(64).curve;
    for (let t = 0; t < 4; t++) expect(log10Norms[t]).toBeGreaterThan(attention[t] ?? NaN);
    expect((log10Norms[63] ?? NaN) - (attention[63] ?? NaN)).toBeLessThan(-3);
  });
});
