import { describe, expect, it } from 'vitest';
import { OVERVIEW_HASH, parseRoute, stepHash } from './router';

describe('parseRoute', () => {
  it('reads the overview from an empty or root hash', () => {
    for (const hash of ['', '#', '#/']) expect(parseRoute(hash, 7)).toEqual({ kind: 'overview' });
  });

  it('reads a step with or without its slug', () => {
    expect(parseRoute('#/step/3', 7)).toEqual({ kind: 'step', step: 3 });
    expect(parseRoute('#/step/3/', 7)).toEqual({ kind: 'step', step: 3 });
    expect(parseRoute('#/step/7/test-your-understanding', 7)).toEqual({ kind: 'step', step: 7 });
  });

  it('lets the number decide when the slug is stale', () => {
    expect(parseRoute('#/step/2/an-old-title', 7)).toEqual({ kind: 'step', step: 2 });
  });

  it('refuses steps out of range and anything else', () => {
    for (const hash of ['#/step/0', '#/step/8', '#/step/-1', '#/step/1.5', '#/step/x', '#main']) {
      expect(parseRoute(hash, 7)).toEqual({ kind: 'not-found', hash });
    }
  });
});

describe('stepHash', () => {
  it('round-trips through parseRoute', () => {
    const hash = stepHash({ number: 5, slug: 'the-cat-sat-down' });
    expect(hash).toBe('#/step/5/the-cat-sat-down');
    expect(parseRoute(hash, 7)).toEqual({ kind: 'step', step: 5 });
    expect(parseRoute(OVERVIEW_HASH, 7)).toEqual({ kind: 'overview' });
  });
});
