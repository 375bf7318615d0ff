// What the built folder ships: the lesson and its assets, not the build's own bookkeeping.
import { existsSync } from 'node:fs';
import { describe, expect, inject, it } from 'vitest';
import { BUILD_MANIFEST } from '../scripts/build/manifest-outside-dist.js';

const dist = new URL('../dist/', import.meta.url);

describe('the built folder', () => {
  it('holds no build manifest, which is kept beside it for the size check', () => {
    expect(existsSync(new URL('.vite/', dist))).toBe(false);
    expect(existsSync(new URL(`../${BUILD_MANIFEST}`, dist))).toBe(true);
  });

  it('serves no build manifest', async () => {
    const response = await fetch(new URL('.vite/manifest.json', inject('lessonUrl')));
    expect(response.status).toBe(404);
  });
});
