// Where an SVG plot's frame sits and which ticks it labels: the layout PlotAxes draws, shared by
// Step 2's gradient plot and Step 6's time plot. Pure, so it can be tested without a browser.

/** The plotting area inside the margins, in SVG pixels. */
export interface PlotFrame {
  readonly left: number;
  readonly top: number;
  readonly width: number;
  readonly height: number;
}

export interface PlotMargin {
  readonly left: number;
  readonly right: number;
  readonly top: number;
  readonly bottom: number;
}

/** A labelled tick: its position along the axis in SVG pixels, and its text. */
export interface AxisTick {
  readonly at: number;
  readonly label: string;
}

/** The whole SVG's size and, inside it, the frame. */
export interface PlotBox {
  readonly width: number;
  readonly height: number;
  readonly frame: PlotFrame;
}

/** The width drawn before the wrapper has been measured (and in tests, which lay nothing out). */
export const UNMEASURED_WIDTH = 640;

/**
 * A plot is drawn at the width it is shown, so its text stays at its real size on a phone:
 * `measured` is the wrapper's width (0 until laid out), kept within `widths`.
 * @example plotBox(0, { min: 200, max: 900 }, 300, { left: 64, right: 16, top: 14, bottom: 44 });
 * // { width: 640, height: 300, frame: { left: 64, top: 14, width: 560, height: 242 } }
 */
export function plotBox(
  measured: number,
  widths: { readonly min: number; readonly max: number },
  height: number,
  margin: PlotMargin,
): PlotBox {
  const width = Math.min(widths.max, Math.max(widths.min, measured || UNMEASURED_WIDTH));
  return {
    width,
    height,
    frame: {
      left: margin.left,
      top: margin.top,
      width: width - margin.left - margin.right,
      height: height - margin.top - margin.bottom,
    },
  };
}
