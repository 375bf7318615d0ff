// The attention matrix as text: CSV and JSON for download and for the command line, and the
// aligned table the command line prints. Pure, so the page and the CLI export the same thing.
import type { LessonAttention } from '../../engine/lessonAttention';
import { row, toRows, type Matrix } from '../../engine/matrix';
import { formatWeight } from '../numberFormat';

/** One head's weights with the words of its rows and columns. */
export interface MatrixForExport {
  readonly words: readonly string[];
  /** False for a word the model does not know (marked * in the table). */
  readonly known: readonly boolean[];
  readonly weights: Matrix;
  /** The raw scores Q·Kᵀ, when there are any to export. */
  readonly scores?: Matrix;
}

export interface ExportSettings {
  readonly sentence: string;
  readonly causal: boolean;
  readonly temperature: number;
  /** Where the weights come from, in words. */
  readonly model: string;
}

/** The teaching rule's single head. */
export function lessonMatrix(result: LessonAttention): MatrixForExport {
  return {
    words: result.words,
    known: result.known,
    weights: result.head.weights,
    scores: result.head.scores,
  };
}

export const RULE_MODEL =
  'teaching rule: written for teaching, not learned (content/self-attention/attention-rule.json)';

export function rowSum(weights: Matrix, query: number): number {
  return row(weights, query).reduce((a, b) => a + b, 0);
}

const csvField = (text: string) =>
  /[",\n\r]/.test(text) ? `"${text.replaceAll('"', '""')}"` : text;

/** Full precision; the first column names the query token, the last is the row sum. */
export function weightsCsv({ words, weights }: MatrixForExport): string {
  const fields = words.map(csvField);
  const lines = [['query \\ key', ...fields, 'row sum'].join(',')];
  toRows(weights).forEach((values, i) => {
    lines.push([fields[i] ?? '', ...values.map(String), String(rowSum(weights, i))].join(','));
  });
  return `${lines.join('\n')}\n`;
}

export function weightsJson(m: MatrixForExport, settings: ExportSettings): string {
  return `${JSON.stringify(
    {
      sentence: settings.sentence,
      tokens: m.words,
      unknownWords: m.words.filter((_, i) => !m.known[i]),
      model: settings.model,
      causal: settings.causal,
      temperature: settings.temperature,
      scores: m.scores ? toRows(m.scores) : null,
      weights: toRows(m.weights),
    },
    null,
    2,
  )}\n`;
}

/** The matrix as the page shows it, for a terminal: two decimals, padded columns, * unknown. */
export function weightsTable({ words, known, weights }: MatrixForExport): string {
  const labels = words.map((w, i) => `${w}${known[i] === false ? '*' : ''}`);
  const width = Math.max(4, ...labels.map((w) => w.length)) + 1;
  const pad = (text: string) => text.padStart(width);
  const lines = [['', ...labels, 'sum'].map(pad).join('')];
  toRows(weights).forEach((values, i) => {
    const cells = values.map(formatWeight);
    lines.push([labels[i] ?? '', ...cells, formatWeight(rowSum(weights, i))].map(pad).join(''));
  });
  return `${lines.join('\n')}\n`;
}
