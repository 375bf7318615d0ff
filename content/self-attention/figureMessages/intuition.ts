// What Step 3's figures say: the lines from one token, and the shuffle that shows attention alone
// ignores word order. Authored content: edit the words here, not in a component.
import { formatWeight, roundingPlace } from '../../../src/app/numberFormat';
import type { OrderComparison } from '../../../src/app/wordOrder';

export const attentionLinesMessages = {
  heading: 'Every token looks at every token',
  noWords: 'Your sentence in Step 5 has no words; type one there to see its lines.',
  tooManyTokens: (tokens: number) =>
    `Your sentence has ${tokens} tokens: too many lines to read. Step 5 shows its matrix as a heatmap.`,
  intro: (sentence: string) =>
    `Sentence: “${sentence}” (change it in Step 5). Each line’s thickness is the attention weight, and its number is written beside the word it reaches. The weights come from the lesson’s rule, written by hand (Step 5 shows it), not from a trained model.`,
  pickerLegend: 'Which token is looking?',
} as const;

const shuffleButton = 'Shuffle the words';

export const wordOrderMessages = {
  heading: 'Shuffle the words',
  tooFewWords: 'Shuffling needs at least two words; type a sentence in Step 5.',
  shuffleButton,
  putBackButton: 'Put them back',
  shuffled: (original: string, shuffled: string) =>
    `Original: “${original}”. Shuffled: “${shuffled}”.`,
  notShuffled: (original: string) =>
    `Original: “${original}”. Not shuffled yet: press “${shuffleButton}”.`,
  /** What the comparison of the two matrices shows, from its numbers. */
  comparison: ({ changedPairs, pairs, maxDifference }: OrderComparison) =>
    changedPairs === 0
      ? `Every pair of words has ${
          maxDifference === 0
            ? 'exactly the same weight in both orders'
            : `the same weight in both orders, up to rounding in the ${roundingPlace(maxDifference)} decimal place`
        }: the shuffled matrix is the original with its rows and columns reordered. Attention alone does not see word order.`
      : `${changedPairs} of ${pairs} pairs of words changed weight (by up to ${formatWeight(maxDifference)}): the causal mask depends on order, because each word sees only the words before it.`,
  computing: 'Computing…',
  originalCaption: 'Original order',
  shuffledCaption: 'Shuffled order',
} as const;
