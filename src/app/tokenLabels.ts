// Tokens as read-outs name them: “cat”, or “the 2nd “cat”” when the word comes more than once,
// so "“cat” 0.04, “cat” 0.04" never leaves the reader guessing which one is meant.

/** 1 → "1st", 2 → "2nd", 3 → "3rd", 11 → "11th", 22 → "22nd". */
export function ordinal(n: number): string {
  const teen = n % 100 >= 11 && n % 100 <= 13;
  const suffix = teen ? 'th' : (['th', 'st', 'nd', 'rd'][n % 10] ?? 'th');
  return `${n}${suffix}`;
}

/**
 * Each token quoted, and for a word that occurs more than once (exactly as written) which
 * occurrence it is: ["“the”", "“cat”"] or ["the 1st “cat”", "“sat”", "the 2nd “cat”"].
 */
export function tokenLabels(words: readonly string[]): string[] {
  const nth = occurrences(words);
  return words.map((word, i) => {
    const k = nth[i];
    return k === null || k === undefined ? `“${word}”` : `the ${ordinal(k)} “${word}”`;
  });
}

/** Which occurrence of its word each token is (1, 2, …), or null for a word that occurs once. */
export function occurrences(words: readonly string[]): (number | null)[] {
  const total = new Map<string, number>();
  for (const word of words) total.set(word, (total.get(word) ?? 0) + 1);
  const seen = new Map<string, number>();
  return words.map((word) => {
    const nth = (seen.get(word) ?? 0) + 1;
    seen.set(word, nth);
    return (total.get(word) ?? 0) > 1 ? nth : null;
  });
}

/** A short name for formulas and column heads: "cat", or "cat (2nd)" when it repeats. */
export function shortTokenNames(words: readonly string[]): string[] {
  const nth = occurrences(words);
  return words.map((word, i) => {
    const k = nth[i];
    return k === null || k === undefined ? word : `${word} (${ordinal(k)})`;
  });
}

/** A label at the start of a sentence: "The 2nd “cat”". */
export const capitalised = (label: string) => label.charAt(0).toUpperCase() + label.slice(1);
