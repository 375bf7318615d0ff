// The lesson's manifest: everything about the lesson that is not a step's prose.
// Authored content: edit the words here, not in a component.

export interface LearningObjective {
  readonly id: string;
  readonly text: string;
  /** The steps that teach it, for "review what I missed". */
  readonly taughtInSteps: readonly number[];
}

export interface KeyConcept {
  readonly id: string;
  readonly term: string;
  /** One or two sentences, written for this lesson. */
  readonly definition: string;
  readonly introducedInStep: number;
}

/**
 * What the overview's time estimate assumes (src/app/timeEstimate.ts counts the steps' words).
 * Authored: a careful reading rate for technical prose, and an allowance for each figure (reading
 * it and trying its controls once) and for the quiz.
 */
export interface TimeAllowances {
  readonly wordsPerMinute: number;
  readonly minutesPerFigure: number;
  readonly quizMinutes: number;
}

/** The overview's opening: a live figure of the example sentence, and a button to start. */
export interface LandingText {
  readonly figureTitle: string;
  /** Says how to use the figure; the numbers themselves come from the engine. */
  readonly figureHint: string;
  readonly wordsLegend: string;
  readonly startLabel: string;
}

export interface LessonManifest {
  readonly id: string;
  readonly title: string;
  readonly subtitle: string;
  readonly introduction: readonly string[];
  readonly exampleSentence: string;
  readonly objectives: readonly LearningObjective[];
  readonly prerequisites: readonly string[];
  readonly keyConcepts: readonly KeyConcept[];
  /**
   * The pass mark: the share of quiz questions that must be right first time (at the first check,
   * with no hint) for the lesson to count as passed. Above 0, at most 1.
   */
  readonly masteryScore: number;
  readonly timeAllowances: TimeAllowances;
  readonly landing: LandingText;
}

export const lesson: LessonManifest = {
  id: 'self-attention',
  title: 'Self-Attention: The Core Mechanism',
  subtitle:
    'Understand why transformers replaced RNNs and how self-attention lets every token attend to every token in a sequence, itself included.',
  introduction: [
    'Self-attention is the fundamental building block of the transformer architecture. It gets around the bottleneck of recurrent networks by letting every token attend directly to every token, itself included, which allows parallel processing and makes long-range dependencies easier to capture.',
    'Using the sentence “The cat sat down”, you will see how attention weights are computed, why parallelism matters, and how the Query-Key-Value framework turns self-attention into an information retrieval system. You can also type a sentence of your own.',
    'Most numbers on these pages are computed live in your browser. Three sets were prepared in advance, by scripts that come with the lesson and are listed in its README: the word-class table drawn from the Brown corpus, the weights of a small transformer trained for this lesson, and Step 6’s measurements of that transformer’s heads.',
  ],
  exampleSentence: 'The cat sat down',
  objectives: [
    {
      id: 'rnn-limits',
      text: 'Explain why RNNs struggle with long sequences',
      taughtInSteps: [2],
    },
    {
      id: 'attention-intuition',
      text: 'Describe the core intuition of self-attention',
      taughtInSteps: [1, 3],
    },
    { id: 'qkv', text: 'Understand the Query-Key-Value analogy', taughtInSteps: [4] },
    {
      id: 'read-matrix',
      text: 'Read and interpret an attention weight matrix',
      taughtInSteps: [5],
    },
    {
      id: 'advantages',
      text: 'List the key advantages of self-attention over recurrence',
      taughtInSteps: [6],
    },
  ],
  masteryScore: 0.8,
  timeAllowances: { wordsPerMinute: 200, minutesPerFigure: 1.5, quizMinutes: 8 },
  landing: {
    figureTitle: 'Every word looks at every word',
    figureHint:
      'Point at a word, or move to it with the Tab key: the lines show how much attention it pays to each word of the sentence, computed in your browser as Step 5 computes them.',
    wordsLegend: 'Choose the word that looks',
    startLabel: 'Start the lesson',
  },
  prerequisites: ['Basic understanding of neural networks', 'Familiarity with word embeddings'],
  keyConcepts: [
    {
      id: 'self-attention',
      term: 'Self-Attention',
      definition:
        'A layer in which every token of a sequence scores its relevance to every token of the same sequence and takes a weighted average of their values. Its output gives each token context from the whole sequence.',
      introducedInStep: 3,
    },
    {
      id: 'rnn-bottleneck',
      term: 'RNN Bottleneck',
      definition:
        'A recurrent network must carry everything it has read in one hidden state of fixed size, so information from early tokens fades as the sequence grows.',
      introducedInStep: 2,
    },
    {
      id: 'attention-weights',
      term: 'Attention Weights',
      definition:
        'The numbers, between 0 and 1, that say how much one token (the query) draws on each other token (the keys). Each row of weights is a softmax, so it adds up to 1.',
      introducedInStep: 5,
    },
    {
      id: 'query-key-value',
      term: 'Query-Key-Value Intuition',
      definition:
        'Each token makes a query (what it looks for), a key (what it offers to be found by) and a value (what it hands over). Query-key matches decide the weights; the weights mix the values.',
      introducedInStep: 4,
    },
    {
      id: 'parallel-processing',
      term: 'Parallel Processing',
      definition:
        'In self-attention no position waits for another, so all positions can be computed at once across many cores. An RNN must finish step t − 1 before step t.',
      introducedInStep: 6,
    },
    {
      id: 'long-range-dependencies',
      term: 'Long-Range Dependencies',
      definition:
        'Relationships between words far apart in a sequence. In self-attention any two tokens are one step apart; in an RNN, j − i steps.',
      introducedInStep: 6,
    },
  ],
};
