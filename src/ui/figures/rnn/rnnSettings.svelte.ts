// What the learner set for the RNN figures of Step 2: shared by both figures, so they show the
// same RNN, and kept while the learner moves between steps. The sentence is Step 5's
// (lessonSettings.sentence), so every figure reads the same words.
import { lesson } from '../../../../content/self-attention/lesson';
import { MAX_HIDDEN_SIZE, RNN_DEFAULTS } from '../../../engine/rnn';
import { MAX_TOKENS } from '../../../engine/tokenize';

export const SEQUENCE_LENGTH = { min: 1, max: MAX_TOKENS, presets: [4, 64, 512] } as const;
export const HIDDEN_SIZES = [8, 16, 32, MAX_HIDDEN_SIZE] as const;
export const GAIN = { min: 0.5, max: 1.5, step: 0.05 } as const;
/** Used when the learner's sentence has no words to read: the lesson's example. */
export const FALLBACK_SENTENCE = lesson.exampleSentence;

interface RnnSettings {
  /** n: tokens in the sequence of the gradient figure. */
  length: number;
  hiddenSize: number;
  gain: number;
}

export const defaultRnnSettings = (): RnnSettings => ({
  length: 64,
  hiddenSize: RNN_DEFAULTS.hiddenSize,
  gain: RNN_DEFAULTS.gain,
});

export const rnnSettings: RnnSettings = $state(defaultRnnSettings());
