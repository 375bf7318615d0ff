// What the lesson tells the page that embeds it (src/app/embed.ts: `?parent=<origin>`), and the one
// thing it accepts from that page. Messages go with postMessage to that exact origin only; a
// message from any other origin, or of any other shape, is ignored.
//
// Sent (on load, and on every change of place or progress):
//   { source: 'self-attention-lesson', version: 1, type: 'progress',
//     step: 3 | null,               the open step (null on the overview or in a figure embed)
//     stepsDone: [1, 2, 3],         steps done under the completion rule
//     status: 'incomplete' | 'passed' | 'failed',
//     scorePercent: 85 | null }     the quiz's first-try score, once finished
// Accepted (only in a figure embed):
//   { source: 'self-attention-host', version: 1, type: 'set-sentence', sentence: 'The dog ran' }
import type { LessonCompletion } from './progress/completion';
import { EMBED_SENTENCE_CHARACTERS } from './embed';

export const MESSAGE_VERSION = 1;

export interface ProgressMessage {
  readonly source: 'self-attention-lesson';
  readonly version: typeof MESSAGE_VERSION;
  readonly type: 'progress';
  readonly step: number | null;
  readonly stepsDone: readonly number[];
  readonly status: LessonCompletion['status'];
  readonly scorePercent: number | null;
}

export function progressMessage(
  step: number | null,
  completion: LessonCompletion,
): ProgressMessage {
  return {
    source: 'self-attention-lesson',
    version: MESSAGE_VERSION,
    type: 'progress',
    step,
    stepsDone: [...completion.doneSteps],
    status: completion.status,
    scorePercent: completion.scorePercent,
  };
}

/**
 * The sentence a host's message asks for, or null when the message is not one the lesson accepts:
 * from another origin than the named parent, another shape, or a sentence that is not a string of
 * at most EMBED_SENTENCE_CHARACTERS.
 */
export function acceptedSentence(
  event: { readonly origin: string; readonly data: unknown },
  parentOrigin: string,
): string | null {
  if (event.origin !== parentOrigin) return null;
  const data = event.data;
  if (typeof data !== 'object' || data === null) return null;
  const fields = data as Record<string, unknown>;
  if (
    fields.source !== 'self-attention-host' ||
    fields.version !== MESSAGE_VERSION ||
    fields.type !== 'set-sentence'
  ) {
    return null;
  }
  const sentence = fields.sentence;
  if (typeof sentence !== 'string' || sentence.length > EMBED_SENTENCE_CHARACTERS) return null;
  return sentence;
}
