import { describe, expect, it } from 'vitest';
import { adamStep, createAdamState } from './adam';

describe('adamStep', () => {
  it('follows the formula of Kingma and Ba on a two-parameter example', () => {
    const parameters = { w: Float64Array.of(1, -2) };
    const state = createAdamState(parameters);
    const gradients = [Float64Array.of(0.5, -3), Float64Array.of(-1, 0.25)];
    const [lr, b1, b2, eps] = [0.1, 0.9, 0.999, 1e-8];
    // The reference: the paper's Algorithm 1, written out for each parameter.
    const theta = [1, -2];
    const m = [0, 0];
    const v = [0, 0];
    gradients.forEach((g, index) => {
      const t = index + 1;
      for (let i = 0; i < 2; i++) {
        const gi = g[i] ?? 0;
        m[i] = b1 * (m[i] ?? 0) + (1 - b1) * gi;
        v[i] = b2 * (v[i] ?? 0) + (1 - b2) * gi ** 2;
        const mHat = (m[i] ?? 0) / (1 - b1 ** t);
        const vHat = (v[i] ?? 0) / (1 - b2 ** t);
        theta[i] = (theta[i] ?? 0) - (lr * mHat) / (Math.sqrt(vHat) + eps);
      }
      adamStep(state, parameters, { w: g }, { learningRate: lr });
    });
    expect(state.step).toBe(2);
    theta.forEach((value, i) => {
      expect(parameters.w[i]).toBeCloseTo(value, 14);
    });
    m.forEach((value, i) => {
      expect(state.firstMoment.w[i]).toBeCloseTo(value, 14);
    });
    v.forEach((value, i) => {
      expect(state.secondMoment.w[i]).toBeCloseTo(value, 14);
    });
  });

  it('moves each parameter by about the learning rate on its first step', () => {
    const parameters = { w: Float64Array.of(1, 1) };
    adamStep(
      createAdamState(parameters),
      parameters,
      { w: Float64Array.of(0.5, -1e-3) },
      {
        learningRate: 0.1,
      },
    );
    expect(parameters.w[0]).toBeCloseTo(0.9, 6);
    expect(parameters.w[1]).toBeCloseTo(1.1, 4);
  });

  it('refuses a bad learning rate and gradients of the wrong shape', () => {
    const parameters = { w: Float64Array.of(1) };
    const state = createAdamState(parameters);
    expect(() => {
      adamStep(state, parameters, { w: Float64Array.of(1) }, { learningRate: 0 });
    }).toThrow('learningRate must be a finite number > 0, got 0');
    expect(() => {
      adamStep(state, parameters, { w: Float64Array.of(1, 2) }, { learningRate: 0.1 });
    }).toThrow('gradients.w must have 1 numbers, got 2');
  });
});
