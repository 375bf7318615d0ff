// The engine's tiny transformer against TensorFlow.js: the fixture holds what tfjs computed from
// the committed float16 weights (tools/trainer/report.js); here our engine reads the same files
// from disk and must agree. No tfjs is needed at the root.
import { readFileSync } from 'node:fs';
import { beforeAll, describe, expect, it } from 'vitest';
import {
  buildVocabulary,
  encodeText,
  loadSplit,
  lookupWords,
  sentenceText,
} from '../../tools/trainer/corpus.js';
import fixture from '../data/brown-tiny-fixture.json';
import { get } from './matrix';
import { tokenize } from './tokenize';
import { parseTinyModel } from './modelFile';
import type { TinyModel } from './modelFile';
import { encodeSentence, runTinyModel } from './transformer';

const modelDir = new URL('../../public/models/brown-tiny/', import.meta.url);
const readModelJson = (): unknown =>
  JSON.parse(readFileSync(new URL('model.json', modelDir), 'utf8'));
const readWeights = (): ArrayBuffer => {
  const bytes = readFileSync(new URL('weights.bin', modelDir));
  return bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength);
};
const card = JSON.parse(readFileSync(new URL('card.json', modelDir), 'utf8')) as {
  parameterCount: number;
  weightsBytes: number;
  vocabularySize: number;
  contextLength: number;
  architecture: Record<string, number>;
};

let model: TinyModel;
beforeAll(() => {
  model = parseTinyModel(readModelJson(), readWeights());
});

const LOGIT_TOLERANCE = 1e-3;
const ATTENTION_TOLERANCE = 1e-4;

describe('the shipped model files', () => {
  it('has the parameter count and file size the card states', () => {
    expect(model.parameterCount).toBe(card.parameterCount);
    expect(readWeights().byteLength).toBe(2 * model.parameterCount);
    expect(card.weightsBytes).toBe(2 * model.parameterCount);
  });

  it('has the architecture the card states', () => {
    expect(model.config).toEqual({
      vocabSize: card.vocabularySize,
      contextLength: card.contextLength,
      dModel: card.architecture.dModel,
      heads: card.architecture.heads,
      layers: card.architecture.layers,
      mlpHidden: card.architecture.mlpHidden,
      layerNormEpsilon: card.architecture.layerNormEpsilon,
    });
    expect(model.vocabulary.slice(0, 2)).toEqual(['<bos>', '<unk>']);
  });

  it('stays under 2 MB with its JSON', () => {
    const json = readFileSync(new URL('model.json', modelDir));
    expect(json.length + readWeights().byteLength).toBeLessThan(2 * 1024 * 1024);
  });
});

describe('parseTinyModel checks what it reads', () => {
  const withChange = (change: (json: Record<string, unknown>) => void): unknown => {
    const json = readModelJson() as Record<string, unknown>;
    change(json);
    return json;
  };

  it('refuses a weights file of the wrong size', () => {
    expect(() => parseTinyModel(readModelJson(), readWeights().slice(2))).toThrow(/bytes/);
  });

  it('refuses another format, a bad config, a missing or misshapen tensor', () => {
    const weights = readWeights();
    const cases: [(json: Record<string, unknown>) => void, RegExp][] = [
      [(json) => (json.format = 'other/9'), /format/],
      [(json) => ((json.config as Record<string, unknown>).heads = 5), /heads \(5\) must divide/],
      [
        (json) => ((json.config as Record<string, unknown>).layers = 1.5),
        /layers must be a positive integer/,
      ],
      [
        (json) => (json.tensors = (json.tensors as { name: string }[]).slice(1)),
        /no "tokenEmbedding"/,
      ],
      [
        (json) => {
          const [first, ...rest] = json.tensors as { shape: number[] }[];
          json.tensors = [{ ...first, shape: [1, 2] }, ...rest];
        },
        /tokenEmbedding must have shape/,
      ],
      [(json) => (json.vocabulary = ['<bos>']), /vocabulary must be/],
    ];
    for (const [change, message] of cases) {
      expect(() => parseTinyModel(withChange(change), weights)).toThrow(message);
    }
  });
});

describe('runTinyModel reproduces TensorFlow.js on 20 held-out sentences', () => {
  it('gives the same ids, logits and attention weights', () => {
    expect(fixture.sentences).toHaveLength(20);
    let maxLogitError = 0;
    let maxAttentionError = 0;
    for (const sentence of fixture.sentences) {
      const { ids } = encodeSentence(model, sentence.text);
      expect(ids).toEqual(sentence.ids);
      const run = runTinyModel(model, ids);
      sentence.logits.forEach((row, t) => {
        row.forEach((expected, c) => {
          const column = fixture.logitColumns[c] ?? -1;
          maxLogitError = Math.max(maxLogitError, Math.abs(get(run.logits, t, column) - expected));
        });
      });
      const last = ids.length - 1;
      sentence.lastLogits?.forEach((expected, v) => {
        maxLogitError = Math.max(maxLogitError, Math.abs(get(run.logits, last, v) - expected));
      });
      sentence.attention.forEach((layer, l) => {
        layer.forEach((head, h) => {
          const weights = run.layers[l]?.heads[h]?.weights;
          if (weights === undefined) throw new Error(`no weights for layer ${l}, head ${h}`);
          head.forEach((row, i) => {
            row.forEach((expected, j) => {
              maxAttentionError = Math.max(
                maxAttentionError,
                Math.abs(get(weights, i, j) - expected),
              );
            });
            // The causal mask: later keys get exactly 0.
            for (let j = i + 1; j < ids.length; j++) expect(get(weights, i, j)).toBe(0);
          });
        });
      });
    }
    expect(maxLogitError).toBeLessThanOrEqual(LOGIT_TOLERANCE);
    expect(maxAttentionError).toBeLessThanOrEqual(ATTENTION_TOLERANCE);
  });

  it('exposes every layer and head', () => {
    const run = runTinyModel(model, encodeSentence(model, 'The jury said it did.').ids);
    expect(run.layers).toHaveLength(model.config.layers);
    for (const layer of run.layers) {
      expect(layer.heads).toHaveLength(model.config.heads);
      expect(layer.output.rows).toBe(6);
    }
    expect(run.logits.rows).toBe(6);
    expect(run.logits.cols).toBe(model.config.vocabSize);
  });

  it('is causal: a later word never changes an earlier position', () => {
    const short = runTinyModel(model, encodeSentence(model, 'The jury said').ids);
    const long = runTinyModel(model, encodeSentence(model, 'The jury said nothing at all').ids);
    const width = model.config.vocabSize;
    expect(Array.from(long.logits.data.subarray(0, 4 * width))).toEqual(
      Array.from(short.logits.data),
    );
  });

  it('refuses ids outside the vocabulary or beyond the context', () => {
    expect(() => runTinyModel(model, [0, model.config.vocabSize])).toThrow(/tokenIds\[1\]/);
    expect(() =>
      runTinyModel(model, Array<number>(model.config.contextLength + 1).fill(0)),
    ).toThrow(/at most/);
  });
});

describe('encodeSentence', () => {
  it('puts <bos> first and maps unknown words to <unk>', () => {
    const encoded = encodeSentence(model, 'The zzyzx said.');
    expect(encoded.ids[0]).toBe(model.bosId);
    expect(encoded.ids[1]).toBe(model.ids.get('the'));
    expect(encoded.ids[2]).toBe(model.unkId);
    expect(encoded.unknown.map((t) => t.text)).toEqual(['zzyzx']);
    expect(encoded.tokens.map((t) => t.text)).toEqual(['The', 'zzyzx', 'said']);
    expect(encoded.dropped).toBe(0);
  });

  it('cuts a long sentence to the context and says how many words it dropped', () => {
    const words = Array.from({ length: 100 }, () => 'the').join(' ');
    const { ids, tokens, dropped } = encodeSentence(model, words);
    expect(ids).toHaveLength(model.config.contextLength);
    expect(tokens).toHaveLength(model.config.contextLength - 1);
    expect(dropped).toBe(100 - (model.config.contextLength - 1));
  });
});

describe('the trainer and the lesson tokenise alike', () => {
  const split = loadSplit();
  const heldOut = split.heldOut.filter((_, i) => i % 7 === 0);

  it('gives the same words as tokenize on every held-out sentence', () => {
    for (const sentence of split.heldOut) {
      const text = sentenceText(sentence);
      expect(lookupWords(text)).toEqual(tokenize(text).tokens.map((t) => t.lookup));
    }
  });

  it(`gives the same ids as encodeSentence on ${heldOut.length} held-out sentences`, () => {
    expect(heldOut.length).toBeGreaterThan(300);
    for (const sentence of heldOut) {
      const text = sentenceText(sentence);
      const trainerIds = encodeText(model.ids, text).slice(0, model.config.contextLength);
      expect(encodeSentence(model, text).ids).toEqual(trainerIds);
    }
  });

  it('ships the vocabulary the trainer builds from the training texts', () => {
    const { training } = readModelJson() as { training: { vocabularyMinCount: number } };
    const built = buildVocabulary(split.train, training.vocabularyMinCount);
    expect(built.words).toEqual(model.vocabulary);
    expect(built.words).toHaveLength(model.config.vocabSize);
  });
});
