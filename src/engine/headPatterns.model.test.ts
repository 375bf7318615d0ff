// What the shipped model's heads do on held-out text, measured with the corpus's own
// part-of-speech tags. The held-out texts are the trainer's (every 20th text in CONTENTS order,
// tools/trainer/corpus.js); each corpus token's Brown tag gives the word class of the one word
// the lesson's tokenizer makes of it. The findings ship in public/models/brown-tiny/heads.json;
// this test recomputes them and must agree. To regenerate the file:
//   UPDATE_HEADS=1 npx vitest run src/engine/headPatterns.model.test.ts
import { readFileSync, writeFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  HELD_OUT_EVERY,
  loadSplit,
  lookupWords,
  sentenceText,
} from '../../tools/trainer/corpus.js';
import { normaliseTag, tagClasses } from '../../scripts/word-table/brown-tags.js';
import { headsSection } from '../../tools/trainer/heads-section.js';
import { measureHeadPatterns, PATTERNS } from './headPatterns';
import type { HeadPattern, PatternName, SentenceAttention } from './headPatterns';
import { parseTinyModel } from './modelFile';
import type { TinyModel } from './modelFile';
import { encodeSentence, runTinyModel } from './transformer';

const modelDir = new URL('../../public/models/brown-tiny/', import.meta.url);
const headsFile = new URL('heads.json', modelDir);
const cardFile = new URL('MODEL_CARD.md', modelDir);

const DECIMALS = 4;

/** Brown tags of punctuation: the tokenizer makes no word of these, and that is expected. */
const PUNCTUATION = new Set(['.', ',', ':', '(', ')', '--', "''", '``', "'"]);

type Alignment =
  | { ok: true; text: string; classes: string[][] }
  | { ok: false; reason: 'split' | 'vanished' | 'mismatch' };

/**
 * The word classes at the tokenizer's word positions (entry 0 for <bos>), or why the sentence
 * cannot be aligned: a non-punctuation token that gives no word, or a token that gives several.
 */
function align(sentence: ReturnType<typeof loadSplit>['heldOut'][number]): Alignment {
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

export interface HeadsFile {
  model: string;
  parameterCount: number;
  method: string;
  heldOut: {
    rule: string;
    sentencesRead: number;
    sentencesAnalysed: number;
    /** Sentences with no word at all (only punctuation): nothing to measure. */
    noWords: number;
    skipped: { split: number; vanished: number; mismatch: number };
    wordsCutByContext: number;
  };
  patterns: Record<PatternName, string>;
  heads: HeadPattern[];
}

function analyse(model: TinyModel): HeadsFile {
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
      weights: run.layers.map((layer) => layer.heads.map((head) => head.weights)),
      classes: aligned.classes.slice(0, ids.length),
    });
  }
  const round = (x: number) => Number(x.toFixed(DECIMALS));
  const heads = measureHeadPatterns(runs).map(({ layer, head, metrics }) => ({
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
  }));
  return {
    model: 'brown-tiny',
    parameterCount: model.parameterCount,
    method:
      `All ${sentences.length} held-out sentences (every ${HELD_OUT_EVERY}th corpus text, the ` +
      'texts the model never trained on), run through the model; word classes from the corpus ' +
      'Brown tags (scripts/word-table/brown-tags.js). Position 0 is <bos>; a query t sees keys 0…t, ' +
      'so a uniform head gives each key 1/(t+1). For each head, share = mean weight on the ' +
      "pattern's keys and baseline = the uniform head's mean over the same queries: previousToken " +
      'counts queries t >= 2 (weight on t-1), firstToken and self count t >= 1 (weight on 0, on ' +
      't), nounToDeterminer counts noun queries with at least one earlier determiner (total ' +
      'weight on those determiners; baseline = their number/(t+1)). Sentences where a corpus ' +
      'token gives several words, or a non-punctuation token none, are skipped. Layer and head ' +
      'are 0-based here. Regenerate with: UPDATE_HEADS=1 npx vitest run ' +
      'src/engine/headPatterns.model.test.ts',
    heldOut: {
      rule: `every ${HELD_OUT_EVERY}th text in CONTENTS order`,
      sentencesRead: sentences.length,
      sentencesAnalysed: runs.length,
      noWords,
      skipped,
      wordsCutByContext,
    },
    patterns: {
      previousToken: 'weight on the previous word (queries t >= 2)',
      firstToken: 'weight on position 0, <bos> (queries t >= 1)',
      nounToDeterminer: 'total weight on earlier determiners, from a noun that has one',
      self: 'weight on the query word itself (queries t >= 1)',
    },
    heads,
  };
}

let model: TinyModel;
let computed: HeadsFile;
beforeAll(() => {
  const bytes = readFileSync(new URL('weights.bin', modelDir));
  model = parseTinyModel(
    JSON.parse(readFileSync(new URL('model.json', modelDir), 'utf8')),
    bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength),
  );
  computed = analyse(model); // about 12 s: every held-out sentence through the model
}, 60_000);

describe('heads.json', () => {
  it.runIf(process.env.UPDATE_HEADS === '1')('is regenerated (UPDATE_HEADS=1)', () => {
    writeFileSync(headsFile, `${JSON.stringify(computed, null, 2)}\n`);
    const card = readFileSync(cardFile, 'utf8');
    const start = card.indexOf('\n## What the heads learned');
    const before = start === -1 ? card : card.slice(0, start);
    writeFileSync(cardFile, before + headsSection(computed));
  });

  it('is the analysis of the model the card describes', () => {
    const card = JSON.parse(readFileSync(new URL('card.json', modelDir), 'utf8')) as {
      parameterCount: number;
      heldOut: { sentences: number };
    };
    const file = JSON.parse(readFileSync(headsFile, 'utf8')) as HeadsFile;
    expect(model.parameterCount).toBe(card.parameterCount);
    expect(file.parameterCount).toBe(card.parameterCount);
    expect(file.heads).toHaveLength(model.config.layers * model.config.heads);
    // The same held-out sentences the trainer scored (it counts those with at least one word).
    expect(file.heldOut.sentencesRead - file.heldOut.noWords).toBe(card.heldOut.sentences);
  });

  it('agrees with a fresh run on the held-out sentences (to 1e-4)', () => {
    const file = JSON.parse(readFileSync(headsFile, 'utf8')) as HeadsFile;
    const { heads, ...rest } = computed;
    const { heads: fileHeads, ...fileRest } = file;
    expect(fileRest).toEqual(rest);
    expect(fileHeads).toHaveLength(heads.length);
    heads.forEach((head, i) => {
      const stored = fileHeads[i];
      expect([stored?.layer, stored?.head]).toEqual([head.layer, head.head]);
      for (const p of PATTERNS) {
        const a = head.metrics[p];
        const b = stored?.metrics[p];
        expect(b?.queries).toBe(a.queries);
        expect(Math.abs((b?.share ?? NaN) - a.share)).toBeLessThanOrEqual(1e-4);
        expect(Math.abs((b?.baseline ?? NaN) - a.baseline)).toBeLessThanOrEqual(1e-4);
      }
    });
  });

  it('is the section of MODEL_CARD.md written from it', () => {
    const cardText = readFileSync(cardFile, 'utf8');
    const file = JSON.parse(readFileSync(headsFile, 'utf8')) as HeadsFile;
    expect(cardText.endsWith(headsSection(file))).toBe(true);
    // The section's table holds the measured numbers, whatever writes it.
    for (const { layer, head, metrics } of file.heads) {
      const cells = PATTERNS.map(
        (p) => `${metrics[p].share.toFixed(3)} (${metrics[p].baseline.toFixed(3)})`,
      );
      expect(cardText).toContain(`| ${layer + 1} | ${head + 1} | ${cells.join(' | ')} |`);
    }
  });

  it('skips few sentences, and measures every pattern on many queries', () => {
    const { sentencesRead, sentencesAnalysed } = computed.heldOut;
    expect(sentencesAnalysed).toBeGreaterThan(0.9 * sentencesRead);
    for (const head of computed.heads) {
      for (const p of PATTERNS) expect(head.metrics[p].queries).toBeGreaterThan(500);
    }
  });
});
