// Every sentence the lesson runs through the engine for its pages, and where it is used. Each
// word should be in the word table, used at least 20 times in the Brown corpus, and in the trained
// model's vocabulary, so a claim about a sentence never rests on a word the data barely knows.

export interface LessonSentence {
  readonly text: string;
  /** The step and the claim the sentence supports. */
  readonly usedIn: string;
}

export const lessonSentences: readonly LessonSentence[] = [
  {
    text: 'The dog sat on the floor',
    usedIn: 'Step 5: without positions, the second “the” gives “dog” the same weight as “floor”',
  },
];
