import { describe, expect, it } from 'vitest';
import { plotBox, UNMEASURED_WIDTH } from './plotLayout';

const margin = { left: 64, right: 16, top: 14, bottom: 44 };
const widths = { min: 280, max: 760 };

describe('plotBox', () => {
  it('draws at the measured width within its bounds, and at a default before layout', () => {
    expect(plotBox(500, widths, 300, margin).width).toBe(500);
    expect(plotBox(100, widths, 300, margin).width).toBe(280);
    expect(plotBox(2000, widths, 300, margin).width).toBe(760);
    expect(plotBox(0, widths, 300, margin).width).toBe(UNMEASURED_WIDTH);
  });

  it('puts the frame inside the margins', () => {
    expect(plotBox(640, widths, 300, margin)).toEqual({
      width: 640,
      height: 300,
      frame: { left: 64, top: 14, width: 560, height: 242 },
    });
  });
});
