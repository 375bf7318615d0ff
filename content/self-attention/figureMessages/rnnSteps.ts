// What Step 2's stepping figure says ("an RNN reads the sentence, one word at a time"), as
// templates filled from the engine's RNN. Authored content: edit the words here, not in the
// component.
import { subscript } from '../../../src/app/numberFormat';

/** The hidden state after t words: h₀, h₁, … */
const h = (t: number) => `h${subscript(t)}`;
const quoted = (word: string) => `“${word}”`;

export const rnnStepsMessages = {
  heading: 'Try it: an RNN reads the sentence, one word at a time',
  /** The sentence read, and what each word is given as. */
  sentence: (sentence: string, fallback: boolean) =>
    `The sentence “${sentence}”${fallback ? ' (your sentence has no words yet, so the RNN reads this one)' : ''}, each word given as its word-class shares from the corpus, as in Step 5.`,
  wordsLabel: 'The words, in reading order',
  previous: 'Previous word',
  next: 'Next word',
  sliderLabel: 'Word',
  sliderValue: (t: number, count: number, word: string) =>
    `Word ${String(t)} of ${String(count)}: ${quoted(word)}`,
  formula: (t: number, count: number, word: string) =>
    `Word ${String(t)} of ${String(count)}: ${h(t)} = f(${quoted(word)}, ${h(t - 1)}) = tanh(W·x(${quoted(word)}) + U·${h(t - 1)} + b)`,
  previousState: (t: number) =>
    t === 1 ? `${h(0)}: the RNN starts from zeros` : `${h(t - 1)}: what the RNN carried in`,
  currentState: (t: number, word: string) => `${h(t)}: after reading ${quoted(word)}`,
  stateSize: (size: number) =>
    `Each hidden state is ${String(size)} numbers, whatever the length of the sentence. When the RNN reaches the last word, everything it kept about the first must fit in these ${String(size)} numbers.`,
  weightsNote: (seed: number, size: number, gain: number) =>
    `W weighs the word’s numbers, U the state carried in, b is a constant added to each unit, and tanh squashes every sum to between −1 and 1. W, U and b are random numbers (seed ${String(seed)}), not trained: this RNN shows how the state is carried, not what a trained one would keep. Its size (${String(size)}) and recurrent gain g = ${String(gain)} are set in the next figure.`,
  legend:
    'Colour repeats each number (purple–orange scale, safe for colour-blind readers): orange for −1, purple for +1, fading into the background at 0. The printed number is the value.',
} as const;
