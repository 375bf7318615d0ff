import { describe, expect, it } from 'vitest';
import { exportFileName, NAME_LIMIT } from './exportName';

describe('exportFileName', () => {
  it('names the file after the sentence', () => {
    expect(exportFileName('The cat sat down', 'csv')).toBe('attention-the-cat-sat-down.csv');
    expect(exportFileName('  Don’t panic, Zoë!  ', 'svg')).toBe('attention-don-t-panic-zoe.svg');
  });

  it('keeps only safe characters, whatever the sentence holds', () => {
    for (const sentence of ['../../etc/passwd', 'a<b>c:"d"|e?*f', 'C:\\x\\y', 'x\u0000y\u202Ez']) {
      expect(exportFileName(sentence, 'json')).toMatch(/^attention-[a-z0-9-]+\.json$/);
    }
  });

  it('cuts a long sentence at a word within the limit', () => {
    const name = exportFileName('the old man who lived by the sea finally caught the fish', 'csv');
    expect(name).toBe('attention-the-old-man-who-lived-by-the-sea-finally.csv');
    expect(name.length).toBeLessThanOrEqual('attention-.csv'.length + NAME_LIMIT);
    expect(exportFileName('x'.repeat(500), 'csv')).toBe(`attention-${'x'.repeat(NAME_LIMIT)}.csv`);
  });

  it('falls back to a plain name when the sentence has no letters or digits', () => {
    expect(exportFileName('', 'csv')).toBe('attention-weights.csv');
    expect(exportFileName('🙂 !! 漢字', 'svg')).toBe('attention-weights.svg');
  });
});
