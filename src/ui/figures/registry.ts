// The figures that exist, each loaded only when its step opens (a separate chunk per figure).
import type { Component } from 'svelte';
import type { FigureId } from '../../app/figureCatalogue';

type FigureLoader = () => Promise<{ default: Component }>;

export const figureLoaders: Partial<Record<FigureId, FigureLoader>> = {
  'attention-matrix': () => import('./matrix/AttentionMatrixFigure.svelte'),
  'rnn-steps': () => import('./rnn/RnnStepsFigure.svelte'),
  'rnn-gradient': () => import('./rnn/RnnGradientFigure.svelte'),
  'word-relationships': () => import('./relationships/RelationshipsFigure.svelte'),
  'attention-lines': () => import('./intuition/AttentionLinesFigure.svelte'),
  'path-length': () => import('./paths/PathLengthFigure.svelte'),
  'path-comparison': () => import('./paths/PathLengthFigure.svelte'),
  'word-order': () => import('./intuition/WordOrderFigure.svelte'),
  'qkv-retrieval': () => import('./retrieval/QkvRetrievalFigure.svelte'),
  quiz: () => import('./quiz/QuizFigure.svelte'),
  parallelism: () => import('./parallel/ParallelismFigure.svelte'),
  'interpretable-patterns': () => import('./trained-model/HeadPatternsFigure.svelte'),
};
