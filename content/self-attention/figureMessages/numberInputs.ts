// What the number boxes say when they refuse what was typed: the sequence length n of Steps 2
// and 6, and the cells of Step 5's rule editor. Authored content: edit the words here.

const count = (n: number) => n.toLocaleString('en');

export const numberInputMessages = {
  /** A sequence length box holding something that is not a whole number in its range. */
  wholeNumberNeeded: (min: number, max: number, holder: string, kept: number) =>
    `Type a whole number from ${count(min)} to ${count(max)}; ${holder} keeps n = ${count(kept)}.`,
  /** Who keeps the last good n, per figure. */
  holders: { rnnLength: 'the plot', parallelLength: 'the figure' },
  /** A rule cell holding something that is not a number in the rule's range. */
  ruleStrengthNeeded: (from: string, to: string, max: number, kept: number) =>
    `“A ${from} looks for a ${to}” needs a number from −${String(max)} to ${String(max)}; it stays at ${String(kept)}.`,
} as const;
