// Reads JSON the lesson saved, within bounds. Storage can hold anything (another tab, an
// extension, a hand edit): a value nested thousands deep parses, but copying or saving it again
// overflows the stack, so what is too long or too deep is refused before it is parsed.

/** A longer sentence is not saved (it stays on the page until the learner leaves). */
export const MAX_SAVED_SENTENCE = 100_000;

/** Nothing the lesson saves nests deeper than 6 (progress → quiz → questions → one → answer → list). */
export const MAX_SAVED_DEPTH = 16;

/** The parsed value, or undefined when the text is too long, too deep or not JSON. */
export function parseSavedJson(raw: string, maxLength: number): unknown {
  if (raw.length > maxLength || nestingDepth(raw) > MAX_SAVED_DEPTH) return undefined;
  try {
    return JSON.parse(raw) as unknown;
  } catch {
    return undefined;
  }
}

/** The deepest nesting of arrays and objects in JSON text, brackets inside strings aside. */
export function nestingDepth(text: string): number {
  let depth = 0;
  let deepest = 0;
  let inString = false;
  for (let i = 0; i < text.length; i++) {
    const char = text[i];
    if (inString) {
      if (char === '\\') i++;
      else if (char === '"') inString = false;
    } else if (char === '"') {
      inString = true;
    } else if (char === '[' || char === '{') {
      deepest = Math.max(deepest, ++depth);
    } else if (char === ']' || char === '}') {
      depth--;
    }
  }
  return deepest;
}
