// What Step 4's query-key-value figure says, as templates filled from the engine's numbers
// (src/app/queryWords.ts fills them). Authored content: edit the words here, not in a component.

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
} as const;
