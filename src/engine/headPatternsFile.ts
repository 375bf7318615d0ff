/**
 * heads.json, read and checked: what the trained model's heads attend to on held-out text, as
 * `npm run heads` measures it (scripts/heads/) and the page shows it (Step 6). Every field is
 * checked, and an error names the field's path and what was expected, so a stale or hand-edited
 * file fails where it is read, not as a blank table.
 *
 * @module
 */

import { PATTERNS, type HeadPattern, type PatternMeasure, type PatternName } from './headPatterns';

/** How the held-out sentences were chosen and how many of them could be measured. */
export interface HeldOutCounts {
  readonly rule: string;
  readonly sentencesRead: number;
  readonly sentencesAnalysed: number;
  /** Sentences with no word at all (only punctuation): nothing to measure. */
  readonly noWords: number;
  /** Sentences whose corpus tokens did not give exactly one tokenizer word each. */
  readonly skipped: {
    readonly split: number;
    readonly vanished: number;
    readonly mismatch: number;
  };
  readonly wordsCutByContext: number;
}

export interface HeadsFile {
  readonly model: string;
  readonly parameterCount: number;
  readonly method: string;
  readonly heldOut: HeldOutCounts;
  /** What each pattern measures, in words. */
  readonly patterns: Readonly<Record<PatternName, string>>;
  /** Layer by layer, head by head; 0-based. */
  readonly heads: readonly HeadPattern[];
}

type Json = Record<string, unknown>;

const describeValue = (value: unknown): string =>
  value === undefined ? 'nothing' : JSON.stringify(value);

function fail(path: string, expected: string, value: unknown): never {
  throw new Error(`heads.json: ${path} must be ${expected}, got ${describeValue(value)}`);
}

function object(value: unknown, path: string): Json {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) {
    fail(path, 'an object', value);
  }
  return value as Json;
}

function text(value: unknown, path: string): string {
  return typeof value === 'string' && value !== ''
    ? value
    : fail(path, 'a non-empty string', value);
}

function count(value: unknown, path: string): number {
  return typeof value === 'number' && Number.isInteger(value) && value >= 0
    ? value
    : fail(path, 'a whole number ≥ 0', value);
}

function share(value: unknown, path: string): number {
  return typeof value === 'number' && value >= 0 && value <= 1
    ? value
    : fail(path, 'a number from 0 to 1', value);
}

function measure(value: unknown, path: string): PatternMeasure {
  const json = object(value, path);
  return {
    share: share(json.share, `${path}.share`),
    baseline: share(json.baseline, `${path}.baseline`),
    queries: count(json.queries, `${path}.queries`),
  };
}

/** One entry per pattern, and no other key. */
function perPattern<T>(value: unknown, path: string, read: (v: unknown, p: string) => T) {
  const json = object(value, path);
  const extra = Object.keys(json).find((key) => !(PATTERNS as readonly string[]).includes(key));
  if (extra !== undefined)
    fail(`${path}.${extra}`, `absent (the patterns are ${PATTERNS.join(', ')})`, json[extra]);
  return Object.fromEntries(PATTERNS.map((p) => [p, read(json[p], `${path}.${p}`)])) as Record<
    PatternName,
    T
  >;
}

function heldOutCounts(value: unknown, path: string): HeldOutCounts {
  const json = object(value, path);
  const skipped = object(json.skipped, `${path}.skipped`);
  return {
    rule: text(json.rule, `${path}.rule`),
    sentencesRead: count(json.sentencesRead, `${path}.sentencesRead`),
    sentencesAnalysed: count(json.sentencesAnalysed, `${path}.sentencesAnalysed`),
    noWords: count(json.noWords, `${path}.noWords`),
    skipped: {
      split: count(skipped.split, `${path}.skipped.split`),
      vanished: count(skipped.vanished, `${path}.skipped.vanished`),
      mismatch: count(skipped.mismatch, `${path}.skipped.mismatch`),
    },
    wordsCutByContext: count(json.wordsCutByContext, `${path}.wordsCutByContext`),
  };
}

/** The heads, checked to fill a layers × heads grid in order (layer 0's heads first). */
function headList(value: unknown): HeadPattern[] {
  if (!Array.isArray(value) || value.length === 0) fail('heads', 'a non-empty array', value);
  const heads = (value as unknown[]).map((entry, i): HeadPattern => {
    const json = object(entry, `heads[${i}]`);
    return {
      layer: count(json.layer, `heads[${i}].layer`),
      head: count(json.head, `heads[${i}].head`),
      metrics: perPattern(json.metrics, `heads[${i}].metrics`, measure),
    };
  });
  const perLayer = heads.filter((h) => h.layer === 0).length;
  if (perLayer === 0) fail('heads[0].layer', '0 (layers are numbered from 0)', heads[0]?.layer);
  heads.forEach((h, i) => {
    const expected = { layer: Math.floor(i / perLayer), head: i % perLayer };
    if (h.layer !== expected.layer || h.head !== expected.head) {
      const where = `layer ${expected.layer}, head ${expected.head}`;
      const order = `${perLayer} heads per layer, layer by layer`;
      fail(`heads[${i}]`, `${where} (${order})`, { layer: h.layer, head: h.head });
    }
  });
  if (heads.length % perLayer !== 0) {
    const layers = Math.ceil(heads.length / perLayer);
    throw new Error(
      `heads.json: heads must hold ${perLayer} heads for each of its ${layers} layers, got ${heads.length} heads`,
    );
  }
  return heads;
}

/**
 * Checks a parsed heads.json and returns it typed, in the file's own key order.
 *
 * @example
 * const file = parseHeadsFile(await (await fetch('models/brown-tiny/heads.json')).json());
 * file.heads[0]?.metrics.previousToken.share; // 0.1249
 * parseHeadsFile({}); // throws "heads.json: model must be a non-empty string, got nothing"
 */
export function parseHeadsFile(json: unknown): HeadsFile {
  const file = object(json, '(the file)');
  return {
    model: text(file.model, 'model'),
    parameterCount: count(file.parameterCount, 'parameterCount'),
    method: text(file.method, 'method'),
    heldOut: heldOutCounts(file.heldOut, 'heldOut'),
    patterns: perPattern(file.patterns, 'patterns', text),
    heads: headList(file.heads),
  };
}

/**
 * The model's shape as the file measured it: how many layers, and heads in each.
 *
 * @example
 * headGrid(file); // { layers: 2, headsPerLayer: 4 } for the lesson's model
 */
export function headGrid(file: HeadsFile): { layers: number; headsPerLayer: number } {
  const headsPerLayer = file.heads.filter((h) => h.layer === 0).length;
  return { layers: file.heads.length / headsPerLayer, headsPerLayer };
}
