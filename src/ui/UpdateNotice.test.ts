// @vitest-environment jsdom
import { fireEvent, render, screen } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import { updateMessages } from '../app/messages';
import { normalisedHtml } from '../testing/normalisedHtml';
import { SETTLE_MS } from './figureTurns';
import UpdateNotice from './UpdateNotice.svelte';

// The worker's registration, as the built page would run it: here it reports a waiting update
// at once, handing over `applyUpdate`.
const applyUpdate = vi.fn();
const policy = vi.hoisted(() => ({ wanted: true }));
const registered = vi.hoisted(() => ({ count: 0 }));
vi.mock('../app/offline/serviceWorkerPolicy', () => ({
  wantsServiceWorker: () => policy.wanted,
}));
vi.mock('../app/offline/registerServiceWorker', () => ({
  registerServiceWorker: (onUpdateWaiting: (apply: () => void) => void) => {
    registered.count += 1;
    onUpdateWaiting(applyUpdate);
    return Promise.resolve();
  },
}));

/**
 * Lets the first paint (at the latest a second after the load) and the page's settling pass, the
 * dynamic import of the registration settle and the notice render.
 */
async function settle() {
  await vi.advanceTimersByTimeAsync(1000 + SETTLE_MS + 10);
  await vi.dynamicImportSettled();
  await tick();
}

describe('UpdateNotice', () => {
  beforeEach(() => {
    vi.useFakeTimers();
  });
  afterEach(() => {
    vi.useRealTimers();
    applyUpdate.mockClear();
    policy.wanted = true;
    registered.count = 0;
  });

  it('registers the worker only once the page has settled, after its figures', async () => {
    render(UpdateNotice);
    await vi.advanceTimersByTimeAsync(1000);
    await vi.dynamicImportSettled();
    expect(registered.count).toBe(0);
    await settle();
    expect(registered.count).toBe(1);
  });

  it('says quietly that an update is ready, and hands over to it on Reload', async () => {
    const { container } = render(UpdateNotice);
    await settle();
    expect(container.textContent).toContain(updateMessages.ready);
    expect(applyUpdate).not.toHaveBeenCalled();
    await fireEvent.click(screen.getByRole('button', { name: updateMessages.reload }));
    expect(applyUpdate).toHaveBeenCalledOnce();
    await expect(await normalisedHtml(container.innerHTML)).toMatchFileSnapshot(
      './__snapshots__/UpdateNotice.waiting.html',
    );
  });

  it('registers nothing and stays empty where no worker is wanted (the SCORM build)', async () => {
    policy.wanted = false;
    const { container } = render(UpdateNotice);
    await settle();
    expect(container.textContent.trim()).toBe('');
    expect(screen.queryByRole('button')).toBeNull();
  });
});
