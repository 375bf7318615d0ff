import { describe, expect, it } from 'vitest';
import content from '../../content/self-attention/relationships.json';
import { parseRelationships, relationsOf } from './relationships';

describe('Step 1’s relationships', () => {
  const parsed = parseRelationships(content);

  it('cover the seed’s readings of “The cat sat down”', () => {
    const sentence = parsed.sentences.find((s) => s.id === 'cat-sat-down');
    if (!sentence) throw new Error('missing sentence');
    const pairs = sentence.relations.map(
      (r) => `${sentence.words[r.from] ?? ''}→${sentence.words[r.to] ?? ''}`,
    );
    expect(pairs).toEqual(expect.arrayContaining(['sat→cat', 'sat→down', 'The→cat', 'cat→sat']));
    expect(relationsOf(sentence, 2).map((r) => r.question)).toEqual(
      expect.arrayContaining(['Who sat?', 'How?']),
    );
  });

  it('read “What did the cat do?” from the cat’s side, without a subject governing its verb', () => {
    for (const sentence of parsed.sentences) {
      const catToSat = sentence.relations.find(
        (r) => sentence.words[r.from] === 'cat' && sentence.words[r.to] === 'sat',
      );
      expect(catToSat?.question).toBe('What did the cat do?');
      expect(catToSat?.label).toBe('“sat” says what the cat did');
      // In grammar the verb governs its subject, never the other way round.
      for (const relation of sentence.relations) expect(relation.label).not.toMatch(/governs/);
    }
  });

  it('say they are a linguist’s reading, not attention weights', () => {
    expect(parsed.note).toMatch(/not attention weights/);
  });

  it('refuse a relation to a word that does not exist', () => {
    const broken = structuredClone(content);
    broken.sentences[0]?.relations.push({ from: 0, to: 9, question: '?', label: 'x' });
    expect(() => parseRelationships(broken)).toThrow(/word 9, which does not exist/);
  });
});
