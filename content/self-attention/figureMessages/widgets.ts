// What the shared controls say: the stage stepper of Steps 4 and 5 and the causal switch of
// Steps 3 to 5. Authored content: edit the words here, not in a component.

export const stageStepperMessages = {
  previous: 'Previous stage',
  next: 'Next stage',
  showAll: 'Show all stages',
  /** Announced when the stage changes; `stage` counts from 1. */
  now: (stage: number, total: number, label: string) => `Stage ${stage} of ${total}: ${label}.`,
} as const;

export const causalSwitchMessages = {
  label: 'Causal mask: each token sees only itself and earlier tokens',
  /** Shown while the mask is on. */
  explain:
    'Causal mode: a later token’s score is set to −∞ before the softmax, so its weight is exactly 0. Models that generate text read this way, left to right.',
} as const;

export const attentionTableMessages = {
  /** `about`: what the table shows, e.g. "Attention weights for “The cat sat down”". */
  caption: (about: string) =>
    `${about}: each row is a query token, each column a key token. Cells are rounded to two decimals.`,
  queryHeader: 'Query token',
  /** The table's corner: the keys run across, the queries down. */
  keysAxis: 'keys →',
  queriesAxis: 'queries ↓',
  rowMax: '(largest in its row)',
  masked: '(masked)',
  /** `shown`: every row's sum as the page writes it, when they all agree (1.00). */
  rowSums: (shown: string) => `Each row adds up to ${shown} (summed from the unrounded weights).`,
  /** When rows do not agree: a rule edited into nonsense cannot do it, but the text stays true. */
  rowSumsDiffer: (low: string, high: string) =>
    `Row sums, from the unrounded weights, run from ${low} to ${high}.`,
} as const;

export const colourLegendMessages = {
  /** How to read the colours: relative to each row, the numbers carry the values. */
  scale:
    'Colour is relative to each row: its smallest weight dark blue, its largest yellow and outlined (cividis scale). The numbers give the values.',
  /** `row`: the chosen row's label; `low`, `high`: its smallest and largest weight as shown. */
  chosenRow: (row: string, low: string, high: string) =>
    `In the row of ${row}, dark blue is ${low} and yellow ${high}.`,
  evenRow: (row: string, shown: string) =>
    `The row of ${row} is even (every weight ${shown}), so it is one colour.`,
  smallest: 'smallest',
  largest: 'largest',
  masked: 'Hatched: masked (a later token), weight exactly 0.',
} as const;

export const lineLegendMessages = {
  /** Before the sample lines, each followed by its weight. */
  title: 'Line width = weight:',
} as const;
