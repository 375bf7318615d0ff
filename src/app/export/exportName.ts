// Download file names from the sentence: "attention-the-cat-sat-down.csv". Letters and digits
// only (accents dropped, everything else a hyphen), so every file system and shell takes them,
// cut at a word within NAME_LIMIT characters, and "attention-weights" when nothing is left.

/** The longest the part from the sentence may be, in characters. */
export const NAME_LIMIT = 40;

const FALLBACK = 'weights';

export function exportFileName(sentence: string, extension: 'csv' | 'json' | 'svg'): string {
  const words = sentence
    .normalize('NFKD')
    .replace(/[\u0300-\u036f]/g, '')
    .toLowerCase()
    .split(/[^a-z0-9]+/)
    .filter((w) => w.length > 0);
  let slug = '';
  for (const word of words) {
    const next = slug ? `${slug}-${word}` : word;
    if (next.length > NAME_LIMIT) {
      // A first word longer than the limit is cut; later ones are left out whole.
      if (!slug) slug = word.slice(0, NAME_LIMIT);
      break;
    }
    slug = next;
  }
  return `attention-${slug || FALLBACK}.${extension}`;
}
