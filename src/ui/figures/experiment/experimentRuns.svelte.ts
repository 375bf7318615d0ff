// The learner's finished runs in this visit, one per n, kept while they move between steps (in
// memory only: a reload starts afresh, and nothing is saved to storage).

/** One finished run's held-out accuracies (fractions, 0 … 1). */
export interface AccuracyPoint {
  readonly n: number;
  readonly rnnAccuracy: number;
  readonly attentionAccuracy: number;
}

export const experimentRuns: { points: AccuracyPoint[] } = $state({ points: [] });

/** Adds a run's point, replacing an earlier run at the same n; kept in order of n. */
export function recordRun(point: AccuracyPoint): void {
  experimentRuns.points = [...experimentRuns.points.filter((p) => p.n !== point.n), point].sort(
    (a, b) => a.n - b.n,
  );
}
