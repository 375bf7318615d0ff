// How an author's page embeds the lesson: settings in the page address's query string, which the
// hash routes never touch, so they hold while the learner moves between steps.
//
//   index.html?embed=attention-matrix&sentence=The%20dog%20ran   one figure, nothing around it
//   index.html?parent=https://course.example#/step/5            the whole lesson, telling its
//                                                                 progress to that page
//
// `embed` names a figure (the ids of src/ui/figures/registry.ts), `sentence` is the figure's
// sentence for this visit only (never saved over the learner's own), and `parent` is the one
// origin the lesson posts its progress to (src/app/parentMessages.ts). Anything else is refused
// with a reason the page shows; the lesson still opens.

export interface EmbedConfig {
  /** The figure shown alone, or null for the whole lesson. */
  readonly figure: string | null;
  /** The sentence for this visit (at most EMBED_SENTENCE_CHARACTERS); null for the learner's own. */
  readonly sentence: string | null;
  /** The exact origin (scheme, host, port) progress messages go to; null for none. */
  readonly parentOrigin: string | null;
  /** Why a setting was refused, in words for the author. */
  readonly problems: readonly string[];
}

export const NO_EMBED: EmbedConfig = {
  figure: null,
  sentence: null,
  parentOrigin: null,
  problems: [],
};

/** A longer sentence setting is refused rather than read: the address is not a book. */
export const EMBED_SENTENCE_CHARACTERS = 2000;

/**
 * Reads the embed settings from a query string (`location.search`). `isFigure` says which ids
 * name a figure; the registry, which knows, is a component module this file must not import.
 */
export function parseEmbed(search: string, isFigure: (id: string) => boolean): EmbedConfig {
  if (search === '' || search === '?') return NO_EMBED;
  const params = new URLSearchParams(search);
  const problems: string[] = [];

  let figure: string | null = null;
  const embed = params.get('embed');
  if (embed !== null) {
    if (isFigure(embed)) figure = embed;
    else problems.push(`“embed=${embed.slice(0, 60)}” names no figure; the whole lesson is shown.`);
  }

  let sentence: string | null = null;
  const given = params.get('sentence');
  if (given !== null) {
    if (given.length > EMBED_SENTENCE_CHARACTERS) {
      problems.push(
        `The sentence in the address is longer than ${EMBED_SENTENCE_CHARACTERS} characters; the learner’s own is used.`,
      );
    } else if (given.trim() !== '') {
      // Cut at the lesson's word limit where it is used (useSentenceForThisVisit), so that the
      // tokenizer stays out of the first load.
      sentence = given;
    }
  }

  let parentOrigin: string | null = null;
  const parent = params.get('parent');
  if (parent !== null) {
    parentOrigin = exactOrigin(parent);
    if (parentOrigin === null) {
      problems.push(
        `“parent=${parent.slice(0, 60)}” is not an origin such as https://course.example; no progress is posted.`,
      );
    }
  }

  return { figure, sentence, parentOrigin, problems };
}

/** The origin itself if `text` is exactly an http(s) origin (no path, query or user), else null. */
function exactOrigin(text: string): string | null {
  let url: URL;
  try {
    url = new URL(text);
  } catch {
    return null;
  }
  if (url.protocol !== 'https:' && url.protocol !== 'http:') return null;
  return url.origin === text.replace(/\/$/, '') ? url.origin : null;
}
