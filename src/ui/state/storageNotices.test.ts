import { describe, expect, it } from 'vitest';
import { storageNotices } from './storageNotices.svelte';

describe('storageNotices', () => {
  it('tells each message once, even after it is dismissed', () => {
    storageNotices.tell('Storage is full.');
    storageNotices.tell('Storage is full.');
    storageNotices.tell('Progress could not be read.');
    expect(storageNotices.shown).toEqual(['Storage is full.', 'Progress could not be read.']);
    storageNotices.dismiss();
    storageNotices.tell('Storage is full.');
    expect(storageNotices.shown).toEqual([]);
  });
});
