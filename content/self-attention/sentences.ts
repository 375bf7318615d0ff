// Every sentence the lesson shows as an example, and where it is used. Each word must be in the
// word table and in the trained model's vocabulary, which keeps only words the training texts use
// at least 20 times (sentences.test.ts checks both), so no example rests on a word the data
// barely knows. Where a word is too rare, the example changes, not the data.
import { lesson } from './lesson';
import relationships from './relationships.json';

export interface LessonSentence {
  readonly text: string;
  /** The step and the claim the sentence supports. */
  readonly usedIn: string;
}

export const lessonSentences: readonly LessonSentence[] = [
  {
    text: lesson.exampleSentence,
    usedIn:
      'Steps 2 to 5 and the quiz: the running example, in the RNN, the lines, the retrieval stages, the matrix and the trained model',
  },
  ...relationships.sentences.map((sentence) => ({
    text: sentence.words.join(' '),
    usedIn: 'Step 1: the relationships between words, as a linguist reads them',
  })),
  {
    text: 'The dog sat on the floor',
    usedIn: 'Step 5: without positions, the second “the” gives “dog” the same weight as “floor”',
  },
];
