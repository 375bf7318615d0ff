// The lesson's own sentences must be ones its data knows: every word in the Brown word table (so
// no `*` fallback in an example) and in the trained model's vocabulary, which keeps only words the
// training texts use often enough for the model to have learned them.
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import tableJson from '../../src/data/word-classes.json';
import { tokenize } from '../../src/engine/tokenize';
import { parseWordTable, wordFeatures } from '../../src/engine/wordFeatures';
import { lesson } from './lesson';
import { quizQuestions } from './quiz';
import relationshipsJson from './relationships.json';
import { lessonSentences } from './sentences';

const table = parseWordTable(tableJson);
const model = JSON.parse(
  readFileSync(new URL('../../public/models/brown-tiny/model.json', import.meta.url), 'utf8'),
) as { vocabulary: string[]; training: { vocabularyMinCount: number } };
const vocabulary = new Set(model.vocabulary);
/** Uses in the training texts below which a word is not an example word: too rare to learn. */
const MIN_TRAINING_USES = 20;

const texts = lessonSentences.map((s) => s.text);
const wordsOf = (text: string) => tokenize(text).tokens.map((t) => t.lookup);

describe('the sentences the lesson runs through its engine', () => {
  it('include the example, the quiz’s sentences and Step 1’s', () => {
    expect(texts).toContain(lesson.exampleSentence);
    for (const q of quizQuestions) if (q.kind === 'matrix') expect(texts).toContain(q.sentence);
    for (const s of relationshipsJson.sentences) expect(texts).toContain(s.words.join(' '));
    for (const s of lessonSentences) expect(s.usedIn.trim(), s.text).not.toBe('');
  });

  it('have every word in the Brown word table', () => {
    for (const text of texts) {
      const unknown = wordsOf(text).filter((w) => !wordFeatures(table, w).known);
      expect(unknown, text).toEqual([]);
    }
  });

  it(`have every word in the trained model, which keeps words used at least ${String(MIN_TRAINING_USES)} times`, () => {
    expect(model.training.vocabularyMinCount).toBeGreaterThanOrEqual(MIN_TRAINING_USES);
    for (const text of texts) {
      const missing = wordsOf(text).filter((w) => !vocabulary.has(w));
      expect(missing, text).toEqual([]);
    }
  });
});
