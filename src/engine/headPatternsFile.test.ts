import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { headGrid, parseHeadsFile } from './headPatternsFile';

const measure = (share: number) => ({ share, baseline: 0.25, queries: 12 });
const head = (layer: number, index: number) => ({
  layer,
  head: index,
  metrics: {
    previousToken: measure(0.5),
    firstToken: measure(0.25),
    nounToDeterminer: measure(0.75),
    self: measure(0.125),
  },
});

/** A small valid file: 2 layers of 2 heads. */
const valid = () => ({
  model: 'tiny',
  parameterCount: 100,
  method: 'Measured for a test.',
  heldOut: {
    rule: 'every 20th text',
    sentencesRead: 10,
    sentencesAnalysed: 8,
    noWords: 1,
    skipped: { split: 1, vanished: 0, mismatch: 0 },
    wordsCutByContext: 0,
  },
  patterns: {
    previousToken: 'the previous word',
    firstToken: 'position 0',
    nounToDeterminer: 'earlier determiners',
    self: 'its own word',
  },
  heads: [head(0, 0), head(0, 1), head(1, 0), head(1, 1)],
});

type Valid = ReturnType<typeof valid>;

/** parseHeadsFile's message for `json`. */
function errorOf(json: unknown): string {
  try {
    parseHeadsFile(json);
  } catch (error) {
    return (error as Error).message;
  }
  throw new Error('parseHeadsFile accepted the file');
}

/** A valid file changed in place by `change`. */
const changed = (change: (file: Valid) => unknown): Valid => {
  const file = valid();
  change(file);
  return file;
};

describe('parseHeadsFile', () => {
  it('accepts a valid file and returns the same content', () => {
    expect(parseHeadsFile(valid())).toEqual(valid());
    expect(headGrid(parseHeadsFile(valid()))).toEqual({ layers: 2, headsPerLayer: 2 });
  });

  it('accepts the shipped heads.json, in the file’s own key order', () => {
    const text = readFileSync(
      new URL('../../public/models/brown-tiny/heads.json', import.meta.url),
      'utf8',
    );
    const json: unknown = JSON.parse(text);
    expect(JSON.stringify(parseHeadsFile(json))).toBe(JSON.stringify(json));
  });

  it('names the field and what it expected when the file is not an object', () => {
    expect(errorOf([])).toBe('heads.json: (the file) must be an object, got []');
    expect(errorOf(null)).toBe('heads.json: (the file) must be an object, got null');
  });

  it('names a missing or mistyped top-level field', () => {
    expect(errorOf({ ...valid(), model: undefined })).toBe(
      'heads.json: model must be a non-empty string, got nothing',
    );
    expect(errorOf({ ...valid(), parameterCount: 1.5 })).toBe(
      'heads.json: parameterCount must be a whole number ≥ 0, got 1.5',
    );
    expect(errorOf({ ...valid(), heldOut: 'all' })).toBe(
      'heads.json: heldOut must be an object, got "all"',
    );
  });

  it('names a nested field by its path', () => {
    expect(errorOf(changed((f) => (f.heldOut.skipped.vanished = -1)))).toBe(
      'heads.json: heldOut.skipped.vanished must be a whole number ≥ 0, got -1',
    );
    expect(errorOf(changed((f) => Reflect.deleteProperty(f.patterns, 'self')))).toBe(
      'heads.json: patterns.self must be a non-empty string, got nothing',
    );
    expect(errorOf(changed((f) => Object.assign(f.patterns, { colour: 'red' })))).toBe(
      'heads.json: patterns.colour must be absent (the patterns are previousToken, firstToken, nounToDeterminer, self), got "red"',
    );
  });

  it('names a bad measure by head and pattern', () => {
    const third = (f: Valid) => f.heads[2] ?? head(1, 0);
    expect(errorOf(changed((f) => (third(f).metrics.self.share = 1.5)))).toBe(
      'heads.json: heads[2].metrics.self.share must be a number from 0 to 1, got 1.5',
    );
    expect(errorOf(changed((f) => (third(f).metrics.firstToken.queries = 2.5)))).toBe(
      'heads.json: heads[2].metrics.firstToken.queries must be a whole number ≥ 0, got 2.5',
    );
    // A pattern with no query is measured as NaN, which JSON writes as null.
    const unmeasured = JSON.stringify(valid(), (_, v: unknown) => (v === 0.125 ? NaN : v));
    expect(errorOf(JSON.parse(unmeasured))).toBe(
      'heads.json: heads[0].metrics.self.share must be a number from 0 to 1, got null',
    );
  });

  it('wants the heads as a full grid, layer by layer', () => {
    expect(errorOf({ ...valid(), heads: [] })).toBe(
      'heads.json: heads must be a non-empty array, got []',
    );
    expect(errorOf({ ...valid(), heads: [head(1, 0), head(1, 1)] })).toBe(
      'heads.json: heads[0].layer must be 0 (layers are numbered from 0), got 1',
    );
    expect(errorOf(changed((f) => f.heads.reverse()))).toBe(
      'heads.json: heads[0] must be layer 0, head 0 (2 heads per layer, layer by layer), got {"layer":1,"head":1}',
    );
    expect(errorOf(changed((f) => f.heads.pop()))).toBe(
      'heads.json: heads must hold 2 heads for each of its 2 layers, got 3 heads',
    );
  });
});
