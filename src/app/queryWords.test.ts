import { describe, expect, it } from 'vitest';
import ruleJson from '../../content/self-attention/attention-rule.json';
import tableJson from '../data/word-classes.json';
import { parseAttentionRule, withStrength } from '../engine/attentionRule';
import { lessonAttention } from '../engine/lessonAttention';
import { row } from '../engine/matrix';
import { parseWordTable } from '../engine/wordFeatures';
import { describeLooksFor, describeQuery, queryTiers } from './queryWords';

const table = parseWordTable(tableJson);
const rule = parseAttentionRule(ruleJson);

/** The Stage 1 input for token `index` of `sentence`, from the engine with the lesson's rule. */
function token(sentence: string, index: number, withRule = rule) {
  const result = lessonAttention(sentence, table, withRule);
  const head = result.attention.heads[0];
  const embedding = result.embeddings[index];
  if (!head || !embedding) throw new Error(`no token ${index} in “${sentence}”`);
  return {
    word: result.tokens[index]?.text ?? '',
    known: embedding.known,
    shares: embedding.features,
    query: row(head.queries, index),
  };
}

describe('describeLooksFor, from the real word table and rule', () => {
  it('names tied classes together: “sat” looks for a noun and a pronoun alike', () => {
    const sat = token('The cat sat down', 2);
    expect(queryTiers(sat.query).map((t) => [t.classes, t.shown])).toEqual([
      [['noun', 'pronoun'], '3.00'],
      [['adverb', 'particle'], '2.00'],
    ]);
    expect(describeLooksFor(sat.word, sat.query)).toBe(
      '“sat” looks most for a noun and a pronoun (3.00 each), then, more weakly, for an adverb and a particle (2.00 each).',
    );
  });

  it('does not call “cat” a word looking for a noun', () => {
    const cat = token('The cat sat down', 1);
    expect(describeLooksFor(cat.word, cat.query)).toBe(
      '“cat” looks only for a determiner, a verb and an adjective (2.00 each).',
    );
  });

  it('mixes the rows of a word with several classes: “down” looks most for a verb', () => {
    const down = token('The cat sat down', 3);
    expect(describeLooksFor(down.word, down.query)).toBe(
      '“down” looks most for a verb (2.34), then, more weakly, for a noun (0.65), and less still for 2 more classes.',
    );
  });

  it('describes “The”: a noun first, an adjective more weakly', () => {
    const the = token('The cat sat down', 0);
    expect(describeLooksFor(the.word, the.query)).toBe(
      '“The” looks most for a noun (3.00), then, more weakly, for an adjective (1.00).',
    );
  });

  it('says a zero query looks for nothing: “hey” is only ever “other”, which looks for nothing', () => {
    const hey = token('hey', 0);
    expect(describeLooksFor(hey.word, hey.query)).toBe(
      '“hey” looks for nothing in particular: every entry of its query is 0, so every score is 0 and every token it can see gets the same weight.',
    );
  });

  it('says what a query looks away from when the edited rule leaves only negative entries', () => {
    const edited = withStrength(withStrength(rule, 'pronoun', 'verb', 0), 'pronoun', 'noun', -2);
    const it_ = token('it', 0, edited);
    expect(describeLooksFor(it_.word, it_.query)).toBe(
      '“it” looks for no class: no entry of its query is above 0, and it looks away most from a noun (-2.00).',
    );
  });
});

describe('describeQuery', () => {
  it('says nothing typed for “sat” about any other token', () => {
    for (const [k, word] of ['The', 'cat', 'sat', 'down'].entries()) {
      const text = describeQuery(token('The cat sat down', k));
      expect(text, word).not.toMatch(/who performed/);
      expect(text, word).toContain(`which word classes “${word}” looks for`);
    }
  });

  it('says where the query of a known word comes from, and that the rule was written by hand', () => {
    expect(describeQuery(token('The cat sat down', 3))).toBe(
      'The query of “down” is its class shares in the Brown corpus (particle 0.78, preposition 0.21) times the rule’s table, which was written by hand for this lesson: it says how much “down” looks for each class. ' +
        '“down” looks most for a verb (2.34), then, more weakly, for a noun (0.65), and less still for 2 more classes. ' +
        'That is all these numbers encode: which word classes “down” looks for, not which word in particular, nor why.',
    );
  });

  it('marks a word the list does not have, and gives it the rare-word profile, not corpus shares', () => {
    const unknown = token('glimmered', 0);
    expect(unknown.known).toBe(false);
    const text = describeQuery(unknown);
    expect(text).toContain(
      '“glimmered” (marked *) is not in the corpus word list, so it gets the profile of rare words: the class shares of the words the corpus uses only once (noun 0.60, adjective 0.18, verb 0.14, number 0.04, adverb 0.03).',
    );
    expect(text).toContain('“glimmered” looks most for a verb (1.29)');
    expect(text).not.toMatch(/mostly a|in the Brown corpus \(/);
  });
});
