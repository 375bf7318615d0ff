/**
 * The lesson's teaching rule, turned into query, key and value projections.
 *
 * Embeddings are word-class shares (one dimension per class, from the Brown corpus). The rule R
 * says how strongly a word of class a looks for a word of class b. With x a token's shares:
 *
 *     query = x·R     (d_k = number of classes: "how much I look for each class")
 *     key   = x       ("how much I am each class": a label the data supports)
 *     value = x       (what the token hands over: its class shares)
 *
 * so the raw score of query i against key j is x_i·R·x_jᵀ. The rule is authored content
 * (content/self-attention/attention-rule.json), written for teaching, not learned.
 *
 * @module
 */

import type { Projections } from './attention';
import { matrix, type Matrix } from './matrix';
import { WORD_CLASSES, type WordClass } from './wordFeatures';

export interface AttentionRule {
  readonly title: string;
  readonly note: string;
  /** lookFor[a][b]: how strongly class a looks for class b; absent means 0. */
  readonly lookFor: Readonly<Record<WordClass, Readonly<Partial<Record<WordClass, number>>>>>;
}

/** The largest strength the rule accepts: beyond it the softmax is one-hot for any sentence. */
export const MAX_RULE_STRENGTH = 20;

const isWordClass = (value: string): value is WordClass =>
  (WORD_CLASSES as readonly string[]).includes(value);

/**
 * Checks a rule read from JSON (or edited on the page).
 * @example parseAttentionRule({ title: 't', note: 'n', lookFor: { verb: { noun: 3 }, ... } })
 * @throws {Error} naming the entry that is wrong
 */
export function parseAttentionRule(json: unknown): AttentionRule {
  const fail = (message: string): never => {
    throw new Error(`Invalid attention rule: ${message}`);
  };
  if (typeof json !== 'object' || json === null) return fail('expected an object');
  const { title, note, lookFor } = json as Record<string, unknown>;
  if (typeof title !== 'string') fail('"title" must be a string');
  if (typeof note !== 'string') fail('"note" must be a string');
  if (typeof lookFor !== 'object' || lookFor === null) return fail('"lookFor" must be an object');
  const rows: Partial<Record<WordClass, Partial<Record<WordClass, number>>>> = {};
  for (const [from, targets] of Object.entries(lookFor as Record<string, unknown>)) {
    if (!isWordClass(from)) fail(`"lookFor.${from}" is not a word class`);
    if (typeof targets !== 'object' || targets === null) {
      return fail(`"lookFor.${from}" must be an object`);
    }
    const row: Partial<Record<WordClass, number>> = {};
    for (const [to, strength] of Object.entries(targets as Record<string, unknown>)) {
      if (!isWordClass(to)) fail(`"lookFor.${from}.${to}" is not a word class`);
      if (typeof strength !== 'number' || !Number.isFinite(strength)) {
        fail(`"lookFor.${from}.${to}" must be a finite number`);
      }
      if (Math.abs(strength as number) > MAX_RULE_STRENGTH) {
        fail(
          `"lookFor.${from}.${to}" must lie between −${MAX_RULE_STRENGTH} and ${MAX_RULE_STRENGTH}`,
        );
      }
      row[to as WordClass] = strength as number;
    }
    rows[from as WordClass] = row;
  }
  for (const wordClass of WORD_CLASSES) {
    if (!(wordClass in rows)) fail(`"lookFor" has no entry for "${wordClass}"`);
  }
  return {
    title: title as string,
    note: note as string,
    lookFor: rows as AttentionRule['lookFor'],
  };
}

/** How strongly class `from` looks for class `to` under the rule (0 when absent). */
export function ruleStrength(rule: AttentionRule, from: WordClass, to: WordClass): number {
  return rule.lookFor[from][to] ?? 0;
}

/** The rule as a (classes × classes) matrix R, rows the looking class. */
export function ruleMatrix(rule: AttentionRule): Matrix {
  const c = WORD_CLASSES.length;
  const data = new Float64Array(c * c);
  WORD_CLASSES.forEach((from, i) => {
    WORD_CLASSES.forEach((to, j) => {
      data[i * c + j] = ruleStrength(rule, from, to);
    });
  });
  return matrix(c, c, data);
}

/** W_q = R, W_k = W_v = I: one head whose key dimensions are exactly the word classes. */
export function ruleProjections(rule: AttentionRule): Projections {
  const c = WORD_CLASSES.length;
  const identity = new Float64Array(c * c);
  for (let i = 0; i < c; i++) identity[i * c + i] = 1;
  return { wq: ruleMatrix(rule), wk: matrix(c, c, identity), wv: matrix(c, c, identity.slice()) };
}

/** A copy of the rule with one strength changed (the page's rule editor). */
export function withStrength(
  rule: AttentionRule,
  from: WordClass,
  to: WordClass,
  strength: number,
): AttentionRule {
  return {
    ...rule,
    lookFor: { ...rule.lookFor, [from]: { ...rule.lookFor[from], [to]: strength } },
  };
}
