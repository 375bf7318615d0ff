// What progress and settings both need from the browser's storage: each kind of problem recorded
// once, and a storage getter that reports "unavailable" whether it throws or gives null.

export interface ProblemList<P extends string> {
  readonly problems: readonly P[];
  report: (found: P) => void;
}

/** Problems in the order first met, each once: the page says each once. */
export function problemList<P extends string>(): ProblemList<P> {
  const problems: P[] = [];
  return {
    problems,
    report(found) {
      if (!problems.includes(found)) problems.push(found);
    },
  };
}

/**
 * `getStorage` may throw (a browser that blocks storage throws on `window.localStorage`) or give
 * null (some embedded browsers): both are reported as unavailable.
 */
export function storageOrNull(
  getStorage: () => Storage,
  onUnavailable: () => void,
): () => Storage | null {
  return () => {
    try {
      const store = getStorage() as Storage | null;
      if (!store) onUnavailable();
      return store;
    } catch {
      onUnavailable();
      return null;
    }
  };
}
