// Attention rows put into words, from the numbers: the page's row read-out and the text
// alternative of the large-matrix heatmap.
import { formatWeight } from './numberFormat';
import { capitalised, tokenLabels } from './tokenLabels';

export interface RankedKey {
  readonly key: number;
  readonly word: string;
  readonly weight: number;
}

/** Keys by weight, largest first; ties keep sentence order. */
export function rankKeys(words: readonly string[], weights: ArrayLike<number>): RankedKey[] {
  return words
    .map((word, key) => ({ key, word, weight: weights[key] ?? 0 }))
    .sort((a, b) => b.weight - a.weight || a.key - b.key);
}

function listWords(words: readonly string[]): string {
  if (words.length <= 1) return words.join('');
  return `${words.slice(0, -1).join(', ')} and ${words.at(-1) ?? ''}`;
}

/**
 * "“sat” attends most to “cat” (0.41), then “down” (0.26), then “The” and “sat” (0.17 each)."
 * Keys whose weights round to the same two decimals are grouped; masked keys are named apart; a
 * repeated word is named by its occurrence ("the 2nd “cat”"), as tokenLabels writes it.
 */
export function describeRow(
  words: readonly string[],
  weights: ArrayLike<number>,
  query: number,
  masked: (key: number) => boolean = () => false,
): string {
  const labels = tokenLabels(words);
  const who = capitalised(labels[query] ?? '');
  const visible = rankKeys(words, weights).filter((k) => !masked(k.key));
  if (visible.length === 0) return `${who} has no token it may attend to.`;
  const groups: { shown: string; words: string[] }[] = [];
  for (const { key, weight } of visible) {
    const shown = formatWeight(weight);
    const label = labels[key] ?? '';
    const last = groups.at(-1);
    if (last?.shown === shown) last.words.push(label);
    else groups.push({ shown, words: [label] });
  }
  const phrases = groups.map(
    (g) => `${listWords(g.words)} (${g.shown}${g.words.length > 1 ? ' each' : ''})`,
  );
  const [first, ...rest] = phrases;
  if (groups.length === 1 && visible.length > 1) {
    return `${who} spreads its attention evenly: ${first ?? ''}.`;
  }
  const hidden = words.length - visible.length;
  const maskNote =
    hidden > 0 ? ` It cannot see the ${hidden} later token${hidden > 1 ? 's' : ''}.` : '';
  const tail = rest.length > 0 ? `, then ${rest.join(', then ')}` : '';
  return `${who} attends most to ${first ?? ''}${tail}.${maskNote}`;
}

/**
 * The positions of the `count` largest weights, largest first, ties in sentence order: the same
 * as the start of rankKeys, in one pass (a 512-token heatmap needs it for all 512 rows).
 */
export function topKeys(weights: ArrayLike<number>, count: number): number[] {
  const best: number[] = [];
  for (let key = 0; key < weights.length; key++) {
    const weight = weights[key] ?? 0;
    let at = best.length;
    while (at > 0 && weight > (weights[best[at - 1] ?? 0] ?? 0)) at--;
    if (at < count) {
      best.splice(at, 0, key);
      if (best.length > count) best.pop();
    }
  }
  return best;
}

/**
 * "1. “sat”: “cat” 0.41, “down” 0.26, “The” 0.17": one row's top keys, for long sentences.
 * `labels` are tokenLabels(words), passed in when every row of a long sentence needs them.
 */
export function topKeysLine(
  words: readonly string[],
  weights: ArrayLike<number>,
  query: number,
  count = 3,
  labels: readonly string[] = tokenLabels(words),
): string {
  const top = topKeys(weights, count).map(
    (key) => `${labels[key] ?? ''} ${formatWeight(weights[key] ?? 0)}`,
  );
  return `${query + 1}. ${capitalised(labels[query] ?? '')}: ${top.join(', ')}`;
}
