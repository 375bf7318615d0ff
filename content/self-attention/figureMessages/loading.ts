// What a figure says when its files (the trained model, the measured head patterns) do not load:
// what happened, in the learner's words, and the button that tries again. The figure's own
// message (matrix.ts, trainedModel.ts) adds what was kept and what to do.

/** The facts of a failed load, as the loader reports them (src/ui/state/fetchModelFiles.ts). */
export interface LoadFailureWords {
  readonly kind: 'timeout' | 'http' | 'network' | 'unusable';
  readonly files: readonly string[];
  readonly detail: string;
  readonly timeLimitMs: number;
}

const fileList = (files: readonly string[]) =>
  files.length === 0 ? 'the files' : files.join(' and ');

export const loadingMessages = {
  retry: 'Try again',
  /** One clause, without a full stop: what went wrong. */
  reason: ({ kind, files, detail, timeLimitMs }: LoadFailureWords): string => {
    switch (kind) {
      case 'timeout':
        return `${fileList(files)} did not arrive within ${timeLimitMs / 1000} seconds`;
      case 'http':
        return `the server answered ${detail} for ${fileList(files)}`;
      case 'network':
        return `${fileList(files)} could not be fetched (${detail})`;
      case 'unusable':
        return files.length === 0
          ? `its files are damaged (${detail})`
          : `${fileList(files)} is damaged: ${detail}`;
    }
  },
  /** Shown when a figure fails while drawing what loaded. */
  drawFailed: (detail: string) => `it could not be drawn: ${detail}`,
} as const;
