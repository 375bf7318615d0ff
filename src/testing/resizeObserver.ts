// jsdom has no layout, so no ResizeObserver: figures that measure their width then keep their
// default width. Call at the top of a test file.
import { afterAll, beforeAll, vi } from 'vitest';

export function withoutResizeObserver(): void {
  beforeAll(() => {
    vi.stubGlobal(
      'ResizeObserver',
      class {
        observe() {}
        unobserve() {}
        disconnect() {}
      },
    );
  });
  afterAll(() => {
    vi.unstubAllGlobals();
  });
}
