import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { THEME_KEY, THEMES, readTheme, saveTheme } from './theme';

const blocked = (): Storage => {
  throw new DOMException('blocked', 'SecurityError');
};

describe('theme', () => {
  it('reads back a saved choice and falls back to system on garbage or blocked storage', () => {
    const items = new Map<string, string>();
    const storage = {
      getItem: (key: string) => items.get(key) ?? null,
      setItem: (key: string, value: string) => items.set(key, value),
    } as unknown as Storage;
    expect(readTheme(() => storage)).toBe('system');
    expect(saveTheme(() => storage, 'dark')).toBe(true);
    expect(readTheme(() => storage)).toBe('dark');
    items.set(THEME_KEY, '<script>');
    expect(readTheme(() => storage)).toBe('system');
    expect(readTheme(blocked)).toBe('system');
    expect(saveTheme(blocked, 'light')).toBe(false);
  });

  it('shares its key and values with the pre-paint script', () => {
    const script = readFileSync(new URL('../../public/theme-init.js', import.meta.url), 'utf8');
    expect(script).toContain(`'${THEME_KEY}'`);
    for (const theme of THEMES.filter((t) => t !== 'system'))
      expect(script).toContain(`'${theme}'`);
  });
});
