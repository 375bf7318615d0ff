// Every figure a step may place with [[figure:id]], and what it is called. A figure that has not
// been built yet still has a named slot on the page, so nothing pretends to be there.

export interface FigureEntry {
  readonly title: string;
  /** Where the figure comes from while it is not built, shown in its slot. */
  readonly pending?: string;
}

export const figureCatalogue = {
  'word-relationships': {
    title: 'Relationships between words',
  },
  'rnn-steps': {
    title: 'An RNN reading the sentence, one hidden state at a time',
  },
  'rnn-gradient': {
    title: 'How strongly the first word still reaches step t',
  },
  'attention-lines': {
    title: 'Every token looks at every token',
  },
  'path-length': {
    title: 'Path length: RNN chain against attention',
  },
  'word-order': {
    title: 'Shuffle the words',
  },
  'qkv-retrieval': {
    title: 'Query, keys, values: the four stages for one token',
  },
  'attention-matrix': { title: 'The attention weight matrix' },
  parallelism: {
    title: 'Work, depth and parallel time',
  },
  'path-comparison': {
    title: 'Paths between two tokens',
  },
  'interpretable-patterns': {
    title: 'Reading attention patterns',
  },
  quiz: { title: 'Quiz' },
} as const satisfies Record<string, FigureEntry>;

export type FigureId = keyof typeof figureCatalogue;

export function isFigureId(id: string): id is FigureId {
  return Object.hasOwn(figureCatalogue, id);
}
