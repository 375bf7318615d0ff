// What Step 4's query-key-value figure says, as templates filled from the engine's numbers
// (src/app/queryWords.ts fills the query's description, the figure the rest). Authored content:
// edit the words here, not in a component.
import { formatWeight } from '../../../src/app/numberFormat';

/** One group of classes with the same query entry, as the figure shows it (two decimals). */
export interface TierWords {
  /** The classes with an article: "a noun", "an adjective". */
  readonly classes: readonly string[];
  readonly shown: string;
}

const list = (items: readonly string[]) =>
  items.length <= 1 ? items.join('') : `${items.slice(0, -1).join(', ')} and ${items.at(-1) ?? ''}`;

const amount = (tier: TierWords) =>
  `${list(tier.classes)} (${tier.shown}${tier.classes.length > 1 ? ' each' : ''})`;

export const qkvMessages = {
  stages: [
    'The query of the asking token',
    'The key of every token',
    'Compare the query with each key: relevance scores',
    'Weight the values and add them up: the output',
  ],

  heading: 'Query, keys and values, with the real numbers',
  noWords: 'Your sentence in Step 5 has no words; type one there.',
  sentence: (sentence: string) => `Sentence: “${sentence}” (change it in Step 5).`,
  pickerLegend: 'Which token is asking?',

  /** How a class is named in a sentence ("other" is not a class a reader would recognise). */
  classWithArticle: (wordClass: string) =>
    wordClass === 'other'
      ? 'a word of class “other”'
      : `${/^[aeiou]/.test(wordClass) ? 'an' : 'a'} ${wordClass}`,

  queryOfKnownWord: (word: string, shares: string) =>
    `The query of “${word}” is its class shares in the Brown corpus (${shares}) times the rule’s table, which was written by hand for this lesson: it says how much “${word}” looks for each class.`,
  queryOfUnknownWord: (word: string, shares: string) =>
    `“${word}” (marked *) is not in the corpus word list, so it gets the profile of rare words: the class shares of the words the corpus uses only once (${shares}). Its query is those shares times the rule’s table, which was written by hand for this lesson.`,

  looksOnlyFor: (word: string, tier: TierWords) => `“${word}” looks only for ${amount(tier)}.`,
  looksMostFor: (word: string, first: TierWords, second: TierWords, more: number) =>
    `“${word}” looks most for ${amount(first)}, then, more weakly, for ${amount(second)}` +
    (more > 0 ? `, and less still for ${more} more ${more === 1 ? 'class' : 'classes'}.` : '.'),
  looksForNothing: (word: string) =>
    `“${word}” looks for nothing in particular: every entry of its query is 0, so every score is 0 and every token it can see gets the same weight.`,
  looksForAlmostNothing: (word: string) =>
    `“${word}” looks for almost nothing: every entry of its query rounds to 0.00, so its scores are close to 0 and its weights close to equal.`,
  looksAwayFrom: (word: string, tier: TierWords) =>
    `“${word}” looks for no class: no entry of its query is above 0, and it looks away most from ${amount(tier)}.`,
  /** True of every token's query, so it names no question only one word would ask. */
  queryLimits: (word: string) =>
    `That is all these numbers encode: which word classes “${word}” looks for, not which word in particular, nor why.`,

  keys: 'Each token’s key is its class shares from the Brown corpus: a label the data supports (“I’m a noun”), and nothing finer (“I’m an animate noun” would need data we do not have).',
  unknownKeys:
    'Tokens marked * are not in the corpus word list: their key is the profile of rare words, not shares the corpus records for that word.',

  /** The query table's caption, in two parts: the word's * mark (if any) goes between them. */
  queryCaption: (word: string) => `Query vector of “${word}”`,
  queryCaptionEnd: ': how much it looks for each class',
  queryColumn: (wordClass: string) => `looks for ${wordClass}`,
  keysCaption: 'Key vectors: how much each token is of each class, beside the query',
  classColumn: 'Word class',
  /** The query's column head; the keys' heads name their token (with its position if repeated). */
  queryHead: (word: string) => `Query of “${word}”`,
  keyHead: (token: string) => `Key of “${token}”`,
  tokenColumn: 'Token',
  keyColumn: (wordClass: string) => `is ${wordClass}`,

  scores: (dK: number) =>
    `Each key is compared with the query by a dot product, scaled by 1/(√${dK} · T), and the softmax turns the scores into weights that add up to 1. Move the sharpness to see the weights peak or flatten.`,
  scoresCaption: (word: string) => `Relevance of each key to the query “${word}”`,
  scoreColumns: { key: 'Key', dot: 'q·k', scaled: 'scaled', weight: 'weight' },
  /** The weight of a key the causal mask hides. */
  maskedWeight: (weight: number) => `${formatWeight(weight)} (masked)`,

  /** Under the last stage's read-out: the same numbers as Step 5's matrix row. */
  sameAsMatrixRow: (word: string, weights: ArrayLike<number>) =>
    `These are the numbers of the row of “${word}” in Step 5’s matrix: weights ${Array.from(weights, formatWeight).join(', ')}.`,
} as const;
