// The attention matrix as text: CSV and JSON for download and for the command line, and the
// aligned table the command line prints. Pure, so the page and the CLI export the same thing.
import type { LessonAttention } from '../engine/lessonAttention';
import { row, toRows } from '../engine/matrix';

export const DISPLAY_DECIMALS = 2;

export interface ExportSettings {
  readonly sentence: string;
  readonly causal: boolean;
  readonly temperature: number;
}

/** Weights rounded as the page shows them, with the row sum taken from the unrounded weights. */
export function formatWeight(weight: number): string {
  return weight.toFixed(DISPLAY_DECIMALS);
}

export function rowSum(result: LessonAttention, query: number): number {
  const head = result.attention.heads[0];
  return head ? row(head.weights, query).reduce((a, b) => a + b, 0) : 0;
}

const csvField = (text: string) =>
  /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;

/** Full precision; the first column names the query token, the last is the row sum. */
export function weightsCsv(result: LessonAttention): string {
  const head = result.attention.heads[0];
  const words = result.tokens.map((t) => csvField(t.text));
  const lines = [['query \\ key', ...words, 'row sum'].join(',')];
  toRows(head?.weights ?? result.x).forEach((weights, i) => {
    lines.push([words[i] ?? '', ...weights.map(String), String(rowSum(result, i))].join(','));
  });
  return `${lines.join('\n')}\n`;
}

export function weightsJson(result: LessonAttention, settings: ExportSettings): string {
  const head = result.attention.heads[0];
  return `${JSON.stringify(
    {
      sentence: settings.sentence,
      tokens: result.tokens.map((t) => t.text),
      unknownWords: result.tokens.filter((_, i) => !result.embeddings[i]?.known).map((t) => t.text),
      causal: settings.causal,
      temperature: settings.temperature,
      dK: result.attention.dK,
      scale: result.attention.scale,
      rule: 'written for teaching, not learned (content/self-attention/attention-rule.json)',
      scores: head ? toRows(head.scores) : [],
      weights: head ? toRows(head.weights) : [],
    },
    null,
    2,
  )}\n`;
}

/** The matrix as the page shows it, for a terminal: two decimals, padded columns, * unknown. */
export function weightsTable(result: LessonAttention): string {
  const head = result.attention.heads[0];
  const words = result.tokens.map((t, i) => `${t.text}${result.embeddings[i]?.known ? '' : '*'}`);
  const width = Math.max(4, ...words.map((w) => w.length)) + 1;
  const pad = (text: string) => text.padStart(width);
  const lines = [['', ...words, 'sum'].map(pad).join('')];
  toRows(head?.weights ?? result.x).forEach((weights, i) => {
    const cells = weights.map(formatWeight);
    lines.push([words[i] ?? '', ...cells, formatWeight(rowSum(result, i))].map(pad).join(''));
  });
  return `${lines.join('\n')}\n`;
}
