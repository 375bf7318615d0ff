import { describe, expect, it } from 'vitest';
import { COMPILE_HINT, compileHints, withCompileHint } from './compile-hints.js';

describe('compile hints', () => {
  it('puts the hint on the first line, once', () => {
    expect(withCompileHint('export const a = 1;')).toBe(`${COMPILE_HINT}\nexport const a = 1;`);
    expect(withCompileHint(withCompileHint('x()'))).toBe(`${COMPILE_HINT}\nx()`);
  });

  it('marks every script chunk of a bundle and leaves other files alone', () => {
    const bundle = {
      'index.js': { type: 'chunk', code: 'main()' },
      'Figure.js': { type: 'chunk', code: 'figure()' },
      'style.css': { type: 'asset', source: 'p{}' },
    };
    const plugin = compileHints() as unknown as {
      generateBundle: { handler: (options: unknown, files: typeof bundle) => void };
    };
    plugin.generateBundle.handler({}, bundle);
    expect(bundle['index.js'].code).toBe(`${COMPILE_HINT}\nmain()`);
    expect(bundle['Figure.js'].code).toBe(`${COMPILE_HINT}\nfigure()`);
    expect(bundle['style.css'].source).toBe('p{}');
  });
});
