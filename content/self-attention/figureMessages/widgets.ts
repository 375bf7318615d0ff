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
