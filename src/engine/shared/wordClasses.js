// Plain JS with JSDoc types, so the engine (TypeScript) and scripts/word-table (Node) share it.

/** The lesson's word classes, in embedding-dimension order (the word table's `classes`). */
export const WORD_CLASSES = Object.freeze(
  /** @type {const} */ ([
    'determiner',
    'noun',
    'pronoun',
    'verb',
    'adjective',
    'adverb',
    'particle',
    'preposition',
    'conjunction',
    'number',
    'other',
  ]),
);

/** @typedef {(typeof WORD_CLASSES)[number]} WordClass */
