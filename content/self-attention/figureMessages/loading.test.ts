import { describe, expect, it } from 'vitest';
import { loadingMessages, type LoadFailureWords } from './loading';
import { matrixFigureMessages } from './matrix';
import { headPatternsMessages } from './trainedModel';

const kinds: readonly LoadFailureWords['kind'][] = ['timeout', 'http', 'network', 'unusable'];
const facts = (kind: LoadFailureWords['kind']): LoadFailureWords => ({
  kind,
  files: ['model.json', 'weights.bin'],
  detail: kind === 'http' ? 'HTTP 404' : 'Failed to fetch',
  timeLimitMs: 30_000,
});

describe('loadingMessages', () => {
  it('says what happened in plain words, with no file name, for every kind of failure', () => {
    for (const kind of kinds) {
      const reason = loadingMessages.reason(facts(kind));
      expect(reason, kind).not.toMatch(/\.json|\.bin|HTTP|fetch/);
      for (const message of [
        matrixFigureMessages.modelFailed(reason),
        headPatternsMessages.failed(reason),
      ]) {
        expect(message, kind).toMatch(/^The [a-z ]+ could not load: [a-z]/);
        expect(message, kind).toContain('Try again');
      }
    }
  });

  it('names the files and the loader’s words only in the detail that follows', () => {
    expect(loadingMessages.detail(facts('network'))).toBe(
      'Detail: model.json and weights.bin could not be fetched (Failed to fetch).',
    );
    expect(loadingMessages.detail(facts('http'))).toBe(
      'Detail: the server answered HTTP 404 for model.json and weights.bin.',
    );
    expect(
      loadingMessages.detail({ ...facts('unusable'), files: ['heads.json'], detail: 'not JSON.' }),
    ).toBe('Detail: heads.json is damaged: not JSON.');
    expect(
      loadingMessages.detail({ ...facts('unusable'), files: [], detail: 'weights.bin: tensor x' }),
    ).toBe('Detail: weights.bin: tensor x.');
    expect(loadingMessages.detail(facts('timeout'))).toContain('model.json and weights.bin');
    expect(loadingMessages.reason(facts('timeout'))).toBe('nothing arrived within 30 seconds');
  });
});
