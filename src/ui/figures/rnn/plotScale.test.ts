import { describe, expect, it } from 'vitest';
import { curvePath, logAxis, niceStep, positionTicks, samplePositions } from './plotScale';

const frame = { left: 0, top: 0, width: 100, height: 50 };

describe('plotScale', () => {
  it('picks steps of 1, 2 or 5 times a power of ten', () => {
    expect(niceStep(63, 8)).toBe(10);
    expect(niceStep(511, 8)).toBe(100);
    expect(niceStep(3, 8)).toBe(1);
    expect(niceStep(47, 6)).toBe(10);
  });

  it('covers every finite value with whole decades, ignoring exact zeros', () => {
    const axis = logAxis([Float64Array.of(0.2, -5.5), Float64Array.of(-1.8, -Infinity)]);
    expect(axis).toEqual({ low: -6, high: 2, ticks: [-6, -4, -2, 0, 2] });
    expect(logAxis([Float64Array.of(-45.6, 0.3)]).ticks).toEqual([-50, -40, -30, -20, -10, 0, 10]);
    expect(logAxis([Float64Array.of(-0.5)])).toEqual({ low: -1, high: 0, ticks: [-1, 0] });
    expect(logAxis([new Float64Array(0)]).ticks).toEqual([-1, 0, 1]);
  });

  it('labels t = 1 and round positions, and samples 1, 2, 4, … and n', () => {
    expect(positionTicks(64)).toEqual([1, 10, 20, 30, 40, 50, 60]);
    expect(positionTicks(4)).toEqual([1, 2, 3, 4]);
    expect(positionTicks(1)).toEqual([1]);
    expect(samplePositions(64)).toEqual([1, 2, 4, 8, 16, 32, 64]);
    expect(samplePositions(100)).toEqual([1, 2, 4, 8, 16, 32, 64, 100]);
    expect(samplePositions(1)).toEqual([1]);
  });

  it('draws a curve as one path, broken where a value is exactly 0', () => {
    const axis = { low: -2, high: 0, ticks: [-2, -1, 0] };
    expect(curvePath(frame, axis, Float64Array.of(0, -1, -2))).toBe(
      'M0.0 0.0 L50.0 25.0 L100.0 50.0',
    );
    expect(curvePath(frame, axis, Float64Array.of(0, -Infinity, -2))).toBe('M0.0 0.0 M100.0 50.0');
    expect(curvePath(frame, axis, Float64Array.of(-1))).toBe('M50.0 25.0');
  });
});
