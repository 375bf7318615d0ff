// What Step 5's figure says around its matrix: the figure's own lines, the read-out of the chosen
// row and the step-through of its arithmetic. Numbers come in as numbers and are written here as
// the page writes them. Authored content: edit the words here, not in a component.
import { formatScore, formatWeight } from '../../../src/app/numberFormat';

const SMALL_NUMBERS = [
  'no',
  'one',
  'two',
  'three',
  'four',
  'five',
  'six',
  'seven',
  'eight',
  'nine',
];
/** 2 → "two": small counts read better in words. */
const inWords = (n: number) => SMALL_NUMBERS[n] ?? String(n);

export const matrixFigureMessages = {
  heading: 'Try it: the attention matrix, computed live',
  modelLegend: 'Weights from',
  ruleModel: 'the teaching rule',
  trainedModel: 'a trained model',
  /** `bytes`: the shipped weights' size (float16), from the model card. */
  loadingModel: (bytes: number) => `Loading the trained model (${(bytes / 1e6).toFixed(1)} MB)…`,
  /** `reason`: loadingMessages.reason, what went wrong. */
  modelFailed: (reason: string) =>
    `The trained model could not load: ${reason}. Your sentence and settings are kept. Try again, or use the teaching rule.`,
  viewLegend: 'Show as',
  tableView: 'a table',
  linesView: 'lines from one token',
  pickerLegend: 'Which token is looking?',
  sharpnessLegend: 'Sharpness',
  flatter: 'Flatter',
  sharper: 'Sharper',
  resetSharpness: 'Reset',
  resetSharpnessLabel: 'Reset sharpness',
  sharpnessHint:
    'The scores are divided by √d_k and by T before the softmax: a small T sharpens the weights towards the best match, a large T flattens them towards equal shares.',
  sharpnessMore: 'What sharpness does',
  tokenRule:
    'Words are runs of letters or digits (with ’ or - inside); punctuation, symbols and emoji are left out. Case is kept for display and ignored for the word list.',
  detailsSummary: 'Go deeper: how the sentence is read, and what sharpness does',
  downloadLegend: 'Download the matrix',
  /** Shown under every matrix, whether or not the sentence has such a word. */
  unknownWords:
    'Words marked * are not in the corpus word list; they get the class profile of words the corpus uses only once (mostly nouns).',
} as const;

export const heatmapMessages = {
  caption: (n: number) =>
    `Attention weights for a sentence of ${n} tokens, too many for a table of numbers: each row is a query token, each column a key token, and colour gives the weight. Choose a row below to read its numbers.`,
  /** The canvas's text alternative; `sentence` already shortened. */
  picture: (sentence: string, n: number) =>
    `Heatmap of the attention weights for “${sentence}”, ${n} by ${n}. The row read-out and the list of each row’s top keys give the numbers.`,
  keyAxis: 'Key token (column) →',
  queryAxis: 'Query token (row) ↓',
  keyAxisPositions: 'Key position (column) →',
  queryAxisPositions: 'Query position (row) ↓',
  rowPicker: (n: number) => `Query row (1 to ${n})`,
  topKeys: 'Every row’s top three keys, as text',
} as const;

/** One term of the output's formula: a visible key and its weight. */
export interface FormulaTerm {
  readonly word: string;
  readonly weight: number;
}

export const rowReadoutMessages = {
  /** `label`: the token as tokenLabels names it (“sat”, or the 2nd “cat”). */
  heading: (label: string) => `What ${label} attends to`,
  /** Followed by the formula, set apart in the page. */
  outputIntro: 'Its output is the attention-weighted average of the value vectors:',
  /** `more` when the formula leaves keys out. */
  /** `name`: the query's short name (sat, or cat (2nd)); the terms' words likewise. */
  /** Lines break only before a "+": each "0.18 × v(The)" keeps together (no-break spaces). */
  outputFormula: (name: string, terms: readonly FormulaTerm[], more: boolean) =>
    `output(${name})\u00a0= ${terms.map((t) => `${formatWeight(t.weight)}\u00a0×\u00a0v(${t.word})`).join(' + ')}${more ? ' +\u00a0…' : ''}`,
  /** Follows the formula, after its full stop. */
  outputMeaning: (label: string) =>
    `In this lesson a token’s value is its word-class shares, so the output says what mix of classes ${label} gathers from its context.`,
  valuesCaption: (label: string, shownKeys: number, tokens: number) =>
    `Value vectors of the keys${shownKeys < tokens ? ` (the ${shownKeys} with the largest weights)` : ''}, and the output of ${label}, by word class`,
  classColumn: 'Word class',
  valueColumn: (name: string) => `v(${name})`,
  weightNote: (weight: number) => `weight ${formatWeight(weight)}`,
  outputColumn: 'Output',
  classesLeftOut: (count: number, threshold: number) =>
    `${count} word ${count === 1 ? 'class is' : 'classes are'} left out: below ${threshold} in every column.`,
} as const;

export const stepThroughMessages = {
  stages: [
    'Dot products q·k',
    'Scale by 1/(√d_k · T)',
    'Exponentiate (after subtracting the largest score)',
    'Divide by the sum: the weights',
  ],
  /** The flow the stages follow, drawn above the table as it fills in. */
  flow: ['query · keys', 'scores', 'softmax', 'weights', 'weighted sum of values'],
  heading: (label: string) => `Step through the row of ${label}`,
  scaling: (dK: number, temperature: number, scale: number) =>
    `d_k = ${dK}, so √d_k = ${Math.sqrt(dK).toFixed(3)}; temperature T = ${temperature}; the scores are multiplied by ${scale.toFixed(4)}.`,
  /** `stage` counts from 1. */
  caption: (label: string, stage: number, total: number) =>
    `Query ${label}, stage ${stage} of ${total}`,
  keyColumn: 'Key',
  dotColumn: 'q·k',
  scaledColumn: '÷ √d_k·T',
  expColumn: (max: number) => `exp(s − ${formatScore(max, 3)})`,
  weightColumn: (sum: number) => `÷ ${formatScore(sum, 3)} = weight`,
  masked: '−∞ (masked)',
  /** `decimals`: how many the matrix shows. */
  done: (label: string, decimals: number) =>
    `The weights add up to 1, and they are the row of ${label} in the matrix above (rounded there to ${inWords(decimals)} decimal${decimals === 1 ? '' : 's'}). The weighted sum of the value vectors, shown above, is the output.`,
} as const;
