// The width a figure card gives its content, known since the card's first layout. A plot built
// later (a part in its own turn, the experiment's loss curves once training starts) starts at
// this width instead of a guess: its wrapper spans the card, so the ResizeObserver's first report
// changes nothing and the plot is not drawn twice in one frame.
import { getContext, setContext } from 'svelte';

const KEY = Symbol('figure width');

/** Called by the card (FigureSlot) while it initialises: `read` gives its content width, 0 until laid out. */
export function provideFigureWidth(read: () => number): void {
  setContext(KEY, read);
}

/** The enclosing card's content width, or 0 outside a card or before its first layout. Read it
 * while a component initialises, as the first value of the width the plot is drawn at. */
export function figureWidth(): number {
  return getContext<(() => number) | undefined>(KEY)?.() ?? 0;
}
