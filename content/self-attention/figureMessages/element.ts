// What the <attention-matrix> element says around its matrix, on an author's page. Authored
// content: edit the words here, not in the component.
import { MAX_TOKENS } from '../../../src/engine/tokenize';

export const attentionMatrixElementMessages = {
  /** The figure's name, for a screen reader moving between figures. */
  label: (sentence: string) => `Attention matrix for “${sentence}”`,
  /** What the table's numbers are and where they come from, opening its caption. */
  about: (sentence: string) =>
    `Self-attention weights for “${sentence}”, from the lesson’s teaching rule (authored, not trained)`,
  /** The link back to the whole lesson, under the figure. */
  fromLesson: 'From the lesson',
  noSentence:
    'This attention matrix has no sentence to show. Its page should give one, as in <attention-matrix sentence="The cat sat down">.',
  cut: (kept: number) =>
    `The sentence had more than ${MAX_TOKENS} words; the matrix shows the first ${MAX_TOKENS} (${kept.toLocaleString('en')} characters).`,
  causal: 'Causal mask on: each token attends only to itself and the tokens before it.',
  /** `given`: the attribute's text, shortened; `steps`: the sharpness values on offer. */
  badSharpness: (given: string, steps: readonly number[]) =>
    `The sharpness attribute, “${given}”, is not one of ${steps.join(', ')}; sharpness 1 is used.`,
} as const;
