// @vitest-environment jsdom
import { fireEvent, render } from '@testing-library/svelte';
import { createRawSnippet, flushSync } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { scrollRegionMessages as m } from '../../../content/self-attention/figureMessages/scrollRegion';
import ScrollRegion from './ScrollRegion.svelte';

// jsdom lays nothing out: the test gives the region its sizes and calls the observer itself.
let observed: (() => void)[] = [];
beforeEach(() => {
  observed = [];
  vi.stubGlobal(
    'ResizeObserver',
    class {
      constructor(callback: () => void) {
        observed.push(callback);
      }
      observe() {}
      disconnect() {}
    },
  );
});
afterEach(() => {
  vi.unstubAllGlobals();
});

const wide = createRawSnippet(() => ({ render: () => '<table><tr><td>1</td></tr></table>' }));

function sized(region: HTMLElement, sizes: { client: number; scroll: number; left: number }) {
  Object.defineProperty(region, 'clientWidth', { configurable: true, value: sizes.client });
  Object.defineProperty(region, 'scrollWidth', { configurable: true, value: sizes.scroll });
  Object.defineProperty(region, 'scrollLeft', { configurable: true, value: sizes.left });
}

describe('ScrollRegion', () => {
  it('says it scrolls only while its content is wider than it, on the side that hides more', async () => {
    const { container, getByRole } = render(ScrollRegion, {
      props: { labelledby: 'caption', children: wide },
    });
    const region = getByRole('region');
    const cue = () => container.querySelector('.scroll-cue')?.textContent ?? null;
    const wrapper = () => container.querySelector('.scroll-region');
    expect(region.getAttribute('tabindex')).toBe('0');
    expect(region.getAttribute('aria-labelledby')).toBe('caption');
    expect(cue()).toBeNull();

    sized(region, { client: 300, scroll: 600, left: 0 });
    for (const callback of observed) callback();
    flushSync();
    expect(cue()).toBe(m.cue);
    expect(wrapper()?.classList.contains('hidden-end')).toBe(true);
    expect(wrapper()?.classList.contains('hidden-start')).toBe(false);

    sized(region, { client: 300, scroll: 600, left: 300 });
    await fireEvent.scroll(region);
    expect(cue()).toBe(m.cueBack);
    expect(wrapper()?.classList.contains('hidden-start')).toBe(true);
    expect(wrapper()?.classList.contains('hidden-end')).toBe(false);

    // The page grew wide enough: nothing hidden, nothing said.
    sized(region, { client: 600, scroll: 600, left: 0 });
    for (const callback of observed) callback();
    flushSync();
    expect(cue()).toBeNull();
    expect(wrapper()?.getAttribute('data-overflowing')).toBe('false');
  });

  it('keeps the cue out of the scrolling region itself', () => {
    const { container, getByRole } = render(ScrollRegion, {
      props: { labelledby: 'caption', children: wide },
    });
    const region = getByRole('region');
    sized(region, { client: 100, scroll: 600, left: 0 });
    for (const callback of observed) callback();
    flushSync();
    expect(container.querySelector('.scroll-cue')).not.toBeNull();
    expect(region.querySelector('.scroll-cue')).toBeNull();
  });
});
