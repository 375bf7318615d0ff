// Step 4's query put into words from its numbers: which classes a token looks for most, so the
// sentence is right for every token and every edit of the rule, not only for "sat".
import {
  qkvMessages as m,
  type TierWords,
} from '../../content/self-attention/figureMessages/retrieval';
import { WORD_CLASSES, type WordClass } from '../engine/wordFeatures';

/** Classes whose entries show the same value in the figure's tables (two decimals). */
export interface ClassTier {
  readonly classes: readonly WordClass[];
  readonly shown: string;
}

// As the figure's vector tables show them, so the sentence never splits what the table ties.
const shown = (x: number) => x.toFixed(2);

/** Entries grouped by their shown value, in class order within a group, largest group first. */
function tiers(vector: ArrayLike<number>, keep: (value: number) => boolean): ClassTier[] {
  const groups = new Map<string, WordClass[]>();
  WORD_CLASSES.forEach((wordClass, c) => {
    const value = shown(vector[c] ?? 0);
    if (!keep(Number(value))) return;
    groups.set(value, [...(groups.get(value) ?? []), wordClass]);
  });
  return [...groups]
    .map(([value, classes]) => ({ classes, shown: value }))
    .sort((a, b) => Number(b.shown) - Number(a.shown));
}

/** The classes a query looks for (entries that show above 0.00), strongest first. */
export function queryTiers(query: ArrayLike<number>): ClassTier[] {
  return tiers(query, (value) => value > 0);
}

/** "noun 0.60, adjective 0.18, …": a token's class shares that show as at least 0.01. */
export function sharesText(shares: ArrayLike<number>): string {
  return tiers(shares, (value) => value > 0)
    .flatMap((tier) => tier.classes.map((c) => `${c} ${tier.shown}`))
    .join(', ');
}

const words = (tier: ClassTier): TierWords => ({
  classes: tier.classes.map(m.classWithArticle),
  shown: tier.shown,
});

/** What the query looks for, in one sentence: the strongest classes, ties named together. */
export function describeLooksFor(word: string, query: ArrayLike<number>): string {
  const [first, second, ...rest] = queryTiers(query);
  if (first && second) {
    const more = rest.reduce((n, tier) => n + tier.classes.length, 0);
    return m.looksMostFor(word, words(first), words(second), more);
  }
  if (first) return m.looksOnlyFor(word, words(first));
  const entries = Array.from({ length: WORD_CLASSES.length }, (_, c) => query[c] ?? 0);
  if (entries.every((x) => x === 0)) return m.looksForNothing(word);
  const avoided = tiers(query, (value) => value < 0).at(-1);
  return avoided ? m.looksAwayFrom(word, words(avoided)) : m.looksForAlmostNothing(word);
}

export interface QueryToken {
  readonly word: string;
  /** False when the word list does not have the word (its shares are the rare-word profile). */
  readonly known: boolean;
  /** Its class shares: the embedding the rule multiplies. */
  readonly shares: ArrayLike<number>;
  /** Its query vector, one entry per class. */
  readonly query: ArrayLike<number>;
}

/** Stage 1's paragraph: where the query comes from, what it looks for, and what it cannot say. */
export function describeQuery({ word, known, shares, query }: QueryToken): string {
  const origin = known
    ? m.queryOfKnownWord(word, sharesText(shares))
    : m.queryOfUnknownWord(word, sharesText(shares));
  return `${origin} ${describeLooksFor(word, query)} ${m.queryLimits(word)}`;
}
