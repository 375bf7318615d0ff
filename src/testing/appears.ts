// Waiting for what a figure draws once its lazy data arrives (a fetched file), by watching the
// DOM rather than polling on a timer: only the test's own time limit bounds the wait.

/** Resolves with `find()`'s element once there is one, checked now and after every DOM change. */
export function appears<T extends Element>(find: () => T | null): Promise<T> {
  const now = find();
  if (now) return Promise.resolve(now);
  return new Promise((resolve) => {
    const observer = new MutationObserver(() => {
      const found = find();
      if (!found) return;
      observer.disconnect();
      resolve(found);
    });
    observer.observe(document.body, { childList: true, subtree: true, characterData: true });
  });
}
