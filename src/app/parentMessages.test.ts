import { describe, expect, it } from 'vitest';
import { EMBED_SENTENCE_CHARACTERS } from './embed';
import { acceptedSentence, progressMessage } from './parentMessages';

const PARENT = 'https://course.example';
const ask = (data: unknown, origin = PARENT) => acceptedSentence({ origin, data }, PARENT);
const request = (sentence: unknown) => ({
  source: 'self-attention-host',
  version: 1,
  type: 'set-sentence',
  sentence,
});

describe('progressMessage', () => {
  it('says the step, the steps done, the status and the score, and nothing else', () => {
    expect(
      progressMessage(7, { status: 'passed', scorePercent: 88, doneSteps: [1, 2, 3, 4, 5, 6, 7] }),
    ).toEqual({
      source: 'self-attention-lesson',
      version: 1,
      type: 'progress',
      step: 7,
      stepsDone: [1, 2, 3, 4, 5, 6, 7],
      status: 'passed',
      scorePercent: 88,
    });
  });
});

describe('acceptedSentence', () => {
  it('accepts a sentence from the named parent', () => {
    expect(ask(request('The dog ran'))).toBe('The dog ran');
  });

  it('ignores the same message from any other origin', () => {
    expect(ask(request('The dog ran'), 'https://evil.example')).toBeNull();
    expect(ask(request('The dog ran'), 'null')).toBeNull();
  });

  it.each([
    null,
    'The dog ran',
    { ...request('x'), type: 'progress' },
    { ...request('x'), version: 2 },
    { ...request('x'), source: 'self-attention-lesson' },
    request(42),
    request({ toString: () => 'x' }),
    request('a'.repeat(EMBED_SENTENCE_CHARACTERS + 1)),
  ])('ignores %j', (data) => {
    expect(ask(data)).toBeNull();
  });
});
