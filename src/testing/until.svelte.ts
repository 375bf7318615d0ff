// Waiting on the app's reactive state by promise, not by polling with a timeout.

/** Resolves when `condition`, read as Svelte state, first holds. */
export function until(condition: () => boolean): Promise<void> {
  return new Promise((resolve) => {
    const stop = $effect.root(() => {
      $effect(() => {
        if (!condition()) return;
        resolve();
        queueMicrotask(stop);
      });
    });
  });
}
