// The numbers the page should show, computed in the test by the lesson's own engine from the same
// teaching rule and word table the page loads.
import ruleJson from '../content/self-attention/attention-rule.json';
import tableJson from '../src/data/word-classes.json';
import { parseAttentionRule } from '../src/engine/attentionRule';
import { lessonAttention, type LessonAttentionOptions } from '../src/engine/lessonAttention';
import { toRows } from '../src/engine/matrix';
import { parseWordTable } from '../src/engine/wordFeatures';

export const table = parseWordTable(tableJson);
export const rule = parseAttentionRule(ruleJson);

/** The whole computation the page runs for `sentence`. */
export const lessonOf = (sentence: string, options: LessonAttentionOptions = {}) =>
  lessonAttention(sentence, table, rule, options);

/** The weights of the head the figures show, as rows (one per query). */
export const engineWeights = (sentence: string, options: LessonAttentionOptions = {}) => {
  const result = lessonOf(sentence, options);
  return toRows(result.attention.heads[0]?.weights ?? result.x);
};
