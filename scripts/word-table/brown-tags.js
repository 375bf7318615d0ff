// Brown corpus tags → the lesson's word classes.
//
// The Brown corpus (Francis & Kučera 1964/1979) tags every token with one of 87 base tags, which
// may be decorated: `fw-` (foreign word) in front; `-tl` (in a title), `-hl` (in a headline) and
// `-nc` (cited word) behind, possibly stacked (`nn-tl-hl`); a trailing `*` for negation
// (`md*` = "can't"); and `+` joining the parts of a contraction (`ppss+md` = "I'll"). The
// decorations say where a word stood, not what it is, so they are stripped and the base tag is
// looked up in BASE_TAG_CLASS below. A contraction is one token with several parts; each part
// gets its own class, and a counter gives each part 1/k of the token.
//
// The class map, with the decisions that are not obvious:
//
// determiner  at (a, the), ap (many, other, next), abn (all, half), abx (both), dt (this, that),
//             dti (some, any), dts (these, those), dtx (either, neither), wdt (which, what).
//             pp$ (my, your) and wp$ (whose) also go here: they fill the determiner slot in
//             front of a noun ("my cat", "whose cat"), which is the job the lesson cares about.
// noun        nn, nns, np (proper), nps, nr (adverbial noun: home, today), nrs.
// pronoun     pn (everyone, nothing), pp$$ (mine, yours), ppl, ppls (reflexives), ppo (me, him),
//             pps (he, it), ppss (I, we, they), wpo (whom), wps (who), and ex (existential
//             "there"): it stands where a subject pronoun stands, and Penn/UD treat it apart
//             from adverbs too.
// verb        vb, vbd, vbg, vbn, vbz, the forms of be/do/have (be bed bedz beg bem ben ber bez,
//             do dod doz, hv hvd hvg hvn hvz) and the modals md: auxiliaries and modals are verbs
//             here, since the lesson's classes are coarse and they head verb groups.
// adjective   jj, jjr, jjs (chief, top), jjt.
// adverb      rb, rbr, rbt, rn (here, then), ql (very, too), qlp (enough), wql (how), wrb (when,
//             where), abl (quite, such, rather: pre-qualifiers), and `*` itself, the tag of
//             "not" and "n't" (an adverb in traditional grammar and in the Penn tagset).
// particle    rp (up, out in "give up") and to, which Brown uses ONLY for the infinitive marker
//             ("to go"); the preposition "to" is tagged in. Universal Dependencies calls the
//             infinitive marker a particle (PART) too.
// preposition in.
// conjunction cc (and, or, but), cs (that, if, because, as, than).
// number      cd (cardinals) and od (ordinals: first, second).
// other       uh (interjections), nil (the corpus's few untagged tokens), fw on its own, and the
//             punctuation tags . , : ( ) -- '' `` ' (punctuation tokens are dropped from the word
//             table, but their tags are mapped so that every tag in the corpus is accounted for).
//
// Genitive `$` forms keep the class of their base (nn$ → noun, cd$ → number, rb$ "else's" →
// adverb); pp$, pp$$ and wp$ are tags in their own right and are mapped above.
//
// Three tags in the corpus files are truncated; TAG_TYPOS repairs them before anything else.

import { WORD_CLASSES } from '../../src/engine/shared/wordClasses.js';

/** @typedef {import('../../src/engine/shared/wordClasses.js').WordClass} WordClass */

/** @type {Readonly<Record<WordClass, readonly string[]>>} */
const CLASS_TAGS = {
  determiner: [
    'at',
    'ap',
    'ap$',
    'abn',
    'abx',
    'dt',
    'dt$',
    'dti',
    'dts',
    'dtx',
    'wdt',
    'pp$',
    'wp$',
  ],
  noun: ['nn', 'nn$', 'nns', 'nns$', 'np', 'np$', 'nps', 'nps$', 'nr', 'nr$', 'nrs'],
  pronoun: ['pn', 'pn$', 'pp$$', 'ppl', 'ppls', 'ppo', 'pps', 'ppss', 'wpo', 'wps', 'ex'],
  verb: [
    'vb',
    'vbd',
    'vbg',
    'vbn',
    'vbz',
    'be',
    'bed',
    'bedz',
    'beg',
    'bem',
    'ben',
    'ber',
    'bez',
    'do',
    'dod',
    'doz',
    'hv',
    'hvd',
    'hvg',
    'hvn',
    'hvz',
    'md',
  ],
  adjective: ['jj', 'jj$', 'jjr', 'jjs', 'jjt'],
  adverb: ['rb', 'rb$', 'rbr', 'rbt', 'rn', 'ql', 'qlp', 'wql', 'wrb', 'abl', '*'],
  particle: ['rp', 'to'],
  preposition: ['in'],
  conjunction: ['cc', 'cs'],
  number: ['cd', 'cd$', 'od'],
  other: ['uh', 'nil', 'fw', '.', ',', ':', '(', ')', '--', "''", '``', "'"],
};

/** Base tag → class. Built once from CLASS_TAGS, refusing a tag listed twice. */
const BASE_TAG_CLASS = (() => {
  /** @type {Map<string, WordClass>} */
  const map = new Map();
  for (const wordClass of WORD_CLASSES) {
    for (const tag of CLASS_TAGS[wordClass]) {
      const earlier = map.get(tag);
      if (earlier !== undefined) {
        throw new Error(`Brown tag "${tag}" is mapped twice: ${earlier} and ${wordClass}`);
      }
      map.set(tag, wordClass);
    }
  }
  return map;
})();

/**
 * Whole tag strings that are damaged in the corpus files (one token each), and their repair.
 * @type {Readonly<Record<string, string>>}
 */
const TAG_TYPOS = {
  // "whaddya": what (wdt) + are (ber) + you (ppss); the last part is cut short.
  'wdt+ber+pp': 'wdt+ber+ppss',
  // French "Des" in a title: the -tl suffix is cut short.
  'fw-in+at-t': 'fw-in+at-tl',
  // A cited contraction: the -nc suffix is cut short.
  'ppss+ber-n': 'ppss+ber-nc',
};

const DECORATION_SUFFIX = /-(?:tl|hl|nc)$/;

/**
 * The base tags inside a Brown tag string, one per contraction part, with the fw- prefix, the
 * -tl/-hl/-nc suffixes and the negation star removed. Does not check that the parts are known.
 * @param {string} tag e.g. "FW-IN+AT-TL"
 * @returns {string[]} e.g. ["in", "at"]
 */
export function normaliseTag(tag) {
  let base = tag.toLowerCase();
  base = TAG_TYPOS[base] ?? base;
  if (base.startsWith('fw-')) base = base.slice(3);
  while (DECORATION_SUFFIX.test(base)) base = base.slice(0, -3);
  // `*` alone is the tag of "not" itself; elsewhere a trailing `*` marks a negated form.
  return base
    .split('+')
    .map((part) => (part.length > 1 && part.endsWith('*') ? part.slice(0, -1) : part));
}

/**
 * The word class of each part of a Brown tag: one entry per contraction part (so `ppss+md` gives
 * ["pronoun", "verb"]); a counter should give each entry 1/length of the token.
 * @param {string} tag
 * @returns {WordClass[]}
 * @throws {Error} naming the tag, if any part is not a known Brown base tag
 */
export function tagClasses(tag) {
  return normaliseTag(tag).map((part) => {
    const wordClass = BASE_TAG_CLASS.get(part);
    if (wordClass === undefined) {
      throw new Error(`Unknown Brown tag "${tag}" (base part "${part}")`);
    }
    return wordClass;
  });
}
