// What an <attention-matrix> element's attributes ask for, read once per change, with a note in
// words for each value it could not use (the figure shows the notes above the matrix).
import { attentionMatrixElementMessages as m } from '../../content/self-attention/figureMessages/element';
import { DEFAULT_SHARPNESS_STEP, SHARPNESS_STEPS } from '../app/attentionDefaults';

export interface ElementSettings {
  readonly sentence: string;
  readonly causal: boolean;
  /** Index into SHARPNESS_STEPS. */
  readonly sharpnessStep: number;
  readonly notes: readonly string[];
}

/** The attributes the element watches; a change to any of them redraws the figure. */
export const ELEMENT_ATTRIBUTES = ['sentence', 'causal', 'sharpness'] as const;

/**
 * `attribute(name)` is the element's getAttribute. `causal` is a boolean attribute: present means
 * on, except `causal="false"`, which an author may write expecting it to mean off.
 */
export function readElementAttributes(attribute: (name: string) => string | null): ElementSettings {
  const notes: string[] = [];
  const causalText = attribute('causal');
  const causal = causalText !== null && causalText.trim().toLowerCase() !== 'false';
  let sharpnessStep = DEFAULT_SHARPNESS_STEP;
  const sharpnessText = attribute('sharpness');
  if (sharpnessText !== null && sharpnessText.trim() !== '') {
    const step = SHARPNESS_STEPS.findIndex((s) => s === Number(sharpnessText.trim()));
    if (step >= 0) sharpnessStep = step;
    else notes.push(m.badSharpness(sharpnessText.slice(0, 20), SHARPNESS_STEPS));
  }
  return { sentence: attribute('sentence') ?? '', causal, sharpnessStep, notes };
}
