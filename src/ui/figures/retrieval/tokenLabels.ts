// How a figure names a token in a list of words: the word alone, or the word and its position
// (from 1) when the sentence has it more than once, so "the (1)" and "the (5)" never read alike.

/** One label per token, in sentence order. */
export function tokenLabels(words: readonly string[]): string[] {
  const counts = new Map<string, number>();
  for (const word of words) counts.set(word, (counts.get(word) ?? 0) + 1);
  return words.map((word, k) => ((counts.get(word) ?? 0) > 1 ? `${word} (${k + 1})` : word));
}
