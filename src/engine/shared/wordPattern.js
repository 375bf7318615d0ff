// Plain JS with JSDoc types, so the engine's tokenizer and tools/trainer (Node) share one rule.

// A word starts with a letter or digit and continues with letters, digits and combining marks
// (the accents of a decomposed "é"), except the emoji machinery: variation selectors (U+FE0E,
// U+FE0F) and the keycap mark (U+20E3). A digit directly followed by a keycap is the emoji "1️⃣",
// not a number.
const START = String.raw`(?:[\p{L}\p{N}](?![\uFE0E\uFE0F]?\u20E3))`;
const CONTINUE = String.raw`(?:${START}|(?![\uFE0E\uFE0F\u20E3])\p{M})`;
// An apostrophe may sit between any two word characters ("don't", "cat's", "rock'n'roll"); a
// hyphen only between two letters ("well-known", not "3-4").
const APOSTROPHE = String.raw`['’]`;
const HYPHEN = String.raw`(?<=\p{L}\p{M}*)-(?=\p{L})`;
// Kept private: a global RegExp carries `lastIndex`, which a caller's `test` or `exec` would move.
const WORD = new RegExp(
  String.raw`${START}${CONTINUE}*(?:(?:${APOSTROPHE}|${HYPHEN})${START}${CONTINUE}*)*`,
  'gu',
);

/**
 * Every word of a text, in order, with its offset (`match.index`). The caller normalises the
 * text to NFC first, so that offsets point into the string it keeps.
 * @param {string} text
 * @returns {IterableIterator<RegExpExecArray>}
 * @example
 * [...wordMatches('The cat’s well-known.')].map((match) => match[0]);
 * // ['The', 'cat’s', 'well-known']
 */
export function wordMatches(text) {
  return text.matchAll(WORD);
}

/**
 * The form a word is looked up under: lower case, with ’ turned into ' (the corpus has only
 * straight apostrophes).
 * @param {string} word
 * @example lookupForm('Don’t') // "don't"
 */
export function lookupForm(word) {
  return word.replace(/’/g, "'").toLowerCase();
}
