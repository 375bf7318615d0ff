// What Step 1's relationships figure says around the arcs (the relations themselves are in
// relationships.json). Authored content: edit the words here, not in a component.

export const relationshipsMessages = {
  heading: 'Which words relate to which?',
  sentenceLegend: 'Sentence',
  pickerLegend: 'Pick a word',
  /** The name of the drawing's scrolling region (the figure's own heading names the figure). */
  arcsRegion: 'Arcs between the words',
  /** What an arc, its arrow and its label mean, and what the highlight marks. */
  legend: [
    'Each arc joins two related words; its arrow points from a word to the word it relates to (both ways when the link goes both ways).',
    'The label on the arc is the question the link answers.',
    'The arcs of the word you pick are drawn bold and dark; the others are thin and grey.',
  ],
  none: (word: string) => `“${word}” has no relationship marked in this reading.`,
} as const;
