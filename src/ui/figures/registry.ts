// Every figure a step may place with [[figure:id]]: its title (used while it loads or if it
// fails) and how to load it, each only when its step opens (a separate chunk per figure).
import type { Component } from 'svelte';

interface FigureEntry {
  readonly title: string;
  readonly load: () => Promise<{ default: Component }>;
  /**
   * The figure draws from the corpus word table: when its step is the first page opened, the
   * table starts loading with the page (src/main.ts) instead of after the figure's code arrives.
   * A wrong flag costs only time, never a number.
   */
  readonly wordTable?: true;
}

export const figures = {
  'word-relationships': {
    title: 'Relationships between words',
    load: () => import('./relationships/RelationshipsFigure.svelte'),
  },
  'rnn-steps': {
    title: 'An RNN reading the sentence, one hidden state at a time',
    load: () => import('./rnn/RnnStepsFigure.svelte'),
    wordTable: true,
  },
  'rnn-gradient': {
    title: 'How strongly the first word still reaches step t',
    load: () => import('./rnn/RnnGradientFigure.svelte'),
    wordTable: true,
  },
  'attention-lines': {
    title: 'Every token looks at every token',
    load: () => import('./intuition/AttentionLinesFigure.svelte'),
    wordTable: true,
  },
  'path-length': {
    title: 'Path length: RNN chain against attention',
    load: () => import('./paths/PathLengthFigure.svelte'),
  },
  'word-order': {
    title: 'Shuffle the words',
    load: () => import('./intuition/WordOrderFigure.svelte'),
    wordTable: true,
  },
  'qkv-retrieval': {
    title: 'Query, keys, values: the four stages for one token',
    load: () => import('./retrieval/QkvRetrievalFigure.svelte'),
    wordTable: true,
  },
  'attention-matrix': {
    title: 'The attention weight matrix',
    load: () => import('./matrix/AttentionMatrixFigure.svelte'),
    wordTable: true,
  },
  parallelism: {
    title: 'Work, depth and parallel time',
    load: () => import('./parallel/ParallelismFigure.svelte'),
  },
  'recall-experiment': {
    title: 'Train both models to recall the first token',
    load: () => import('./experiment/RecallExperimentFigure.svelte'),
  },
  'interpretable-patterns': {
    title: 'Reading attention patterns',
    load: () => import('./trained-model/HeadPatternsFigure.svelte'),
  },
  quiz: { title: 'Quiz', load: () => import('./quiz/QuizFigure.svelte'), wordTable: true },
} as const satisfies Record<string, FigureEntry>;

export type FigureId = keyof typeof figures;

export function isFigureId(id: string): id is FigureId {
  return Object.hasOwn(figures, id);
}
