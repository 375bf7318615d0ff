// What a region that scrolls sideways says while its content is wider than the page (tables and
// plots of Steps 2 to 7). Authored content: edit the words here, not in a component.

export const scrollRegionMessages = {
  /** Shown under the region only while some of its content is out of sight. */
  cue: 'Scroll sideways for more →',
  /** The same, when the content out of sight is on the left (the learner scrolled to the end). */
  cueBack: '← Scroll sideways for the rest',
} as const;
