// What the shipped model's heads do on held-out text, measured with the corpus's own
// part-of-speech tags. The held-out texts are the trainer's (every 20th text in CONTENTS order,
// tools/trainer/corpus.js); each corpus token's Brown tag gives the word class of the one word
// the lesson's tokenizer makes of it. The measuring itself is the engine's (headPatterns.ts);
// this file chooses the sentences, aligns their tags and lays out heads.json.
import {
  HELD_OUT_EVERY,
  loadSplit,
  lookupWords,
  sentenceText,
} from '../../tools/trainer/corpus.js';
import { normaliseTag, tagClasses } from '../word-table/brown-tags.js';
import { measureHeadPatterns, PATTERNS } from '../../src/engine/headPatterns';
import type { HeadPattern, SentenceAttention } from '../../src/engine/headPatterns';
import type { HeadsFile, HeldOutCounts } from '../../src/engine/headPatternsFile';
import type { TinyModel } from '../../src/engine/modelFile';
import { encodeSentence, runTinyModel } from '../../src/engine/transformer';

/** heads.json keeps each share and baseline to this many decimals. */
export const STORED_DECIMALS = 4;

/** Brown tags of punctuation: the tokenizer makes no word of these, and that is expected. */
const PUNCTUATION = new Set(['.', ',', ':', '(', ')', '--', "''", '``', "'"]);

type CorpusSentence = ReturnType<typeof loadSplit>['heldOut'][number];

type Alignment =
  | { ok: true; text: string; classes: string[][] }
  | { ok: false; reason: keyof HeldOutCounts['skipped'] };

/**
 * The word classes at the tokenizer's word positions (entry 0 for <bos>), or why the sentence
 * cannot be aligned: a non-punctuation token that gives no word, or a token that gives several.
 */
function align(sentence: CorpusSentence): Alignment {
  const classes: string[][] = [[]];
  const lookups: string[] = [];
  for (const { word, tag } of sentence.words) {
    const words = lookupWords(word);
    if (words.length > 1) return { ok: false, reason: 'split' };
    if (words.length === 0) {
      if (normaliseTag(tag).every((part) => PUNCTUATION.has(part))) continue;
      return { ok: false, reason: 'vanished' };
    }
    classes.push(tagClasses(tag));
    lookups.push(...words);
  }
  const text = sentenceText(sentence);
  // Joining the tokens with spaces must give the same words, one per token.
  if (lookupWords(text).join(' ') !== lookups.join(' ')) return { ok: false, reason: 'mismatch' };
  return { ok: true, text, classes };
}

/** The measurement before it is rounded for the file. */
export interface HeldOutMeasurement {
  readonly heldOut: HeldOutCounts;
  readonly heads: readonly HeadPattern[];
}

/**
 * Runs every held-out sentence through the model and measures every head (about 10 s).
 * @example measureHeldOut(model).heads[0]?.metrics.self.share; // 0.14279…
 */
export function measureHeldOut(model: TinyModel): HeldOutMeasurement {
  const sentences = loadSplit().heldOut;
  const skipped = { split: 0, vanished: 0, mismatch: 0 };
  let wordsCutByContext = 0;
  let noWords = 0;
  const runs: SentenceAttention[] = [];
  for (const sentence of sentences) {
    const aligned = align(sentence);
    if (!aligned.ok) {
      skipped[aligned.reason] += 1;
      continue;
    }
    const { ids, dropped } = encodeSentence(model, aligned.text);
    if (ids.length < 2) {
      noWords += 1;
      continue;
    }
    wordsCutByContext += dropped;
    const run = runTinyModel(model, ids);
    runs.push({
      weights: run.layers.map((layer) => layer.attention.heads.map((head) => head.weights)),
      classes: aligned.classes.slice(0, ids.length),
    });
  }
  const heldOut: HeldOutCounts = {
    rule: `every ${HELD_OUT_EVERY}th text in CONTENTS order`,
    sentencesRead: sentences.length,
    sentencesAnalysed: runs.length,
    noWords,
    skipped,
    wordsCutByContext,
  };
  return { heldOut, heads: measureHeadPatterns(runs) };
}

// The file's own account of the command that writes it. heads.json was last written when the
// analysis ran as a test; the text stays as the file holds it until the file is next rebuilt,
// so that `npm run heads` reproduces the committed file exactly.
const REGENERATE = 'npm run heads';

const method = (sentencesRead: number) =>
  `All ${sentencesRead} held-out sentences (every ${HELD_OUT_EVERY}th corpus text, the ` +
  'texts the model never trained on), run through the model; word classes from the corpus ' +
  'Brown tags (scripts/word-table/brown-tags.js). Position 0 is <bos>; a query t sees keys 0…t, ' +
  'so a uniform head gives each key 1/(t+1). For each head, share = mean weight on the ' +
  "pattern's keys and baseline = the uniform head's mean over the same queries: previousToken " +
  'counts queries t >= 2 (weight on t-1), firstToken and self count t >= 1 (weight on 0, on ' +
  't), nounToDeterminer counts noun queries with at least one earlier determiner (total ' +
  'weight on those determiners; baseline = their number/(t+1)). Sentences where a corpus ' +
  'token gives several words, or a non-punctuation token none, are skipped. Layer and head ' +
  `are 0-based here. Regenerate with: ${REGENERATE}`;

const round = (x: number) => Number(x.toFixed(STORED_DECIMALS));

/** The measurement as heads.json holds it: shares and baselines rounded, the method in words. */
export function headsFileOf(model: TinyModel, measured: HeldOutMeasurement): HeadsFile {
  return {
    model: 'brown-tiny',
    parameterCount: model.parameterCount,
    method: method(measured.heldOut.sentencesRead),
    heldOut: measured.heldOut,
    patterns: {
      previousToken: 'weight on the previous word (queries t >= 2)',
      firstToken: 'weight on position 0, <bos> (queries t >= 1)',
      nounToDeterminer: 'total weight on earlier determiners, from a noun that has one',
      self: 'weight on the query word itself (queries t >= 1)',
    },
    heads: measured.heads.map(({ layer, head, metrics }) => ({
      layer,
      head,
      metrics: Object.fromEntries(
        PATTERNS.map((p) => [
          p,
          {
            share: round(metrics[p].share),
            baseline: round(metrics[p].baseline),
            queries: metrics[p].queries,
          },
        ]),
      ) as HeadPattern['metrics'],
    })),
  };
}
