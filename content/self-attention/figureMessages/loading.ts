// What a figure says when its files (the trained model, the measured head patterns) do not load:
// what happened, in the learner's words, and the button that tries again. The figure's own
// message (matrix.ts, trainedModel.ts) adds what was kept and what to do; the file names and the
// loader's own words come last, as a detail, so the message never opens with "model.json".

/** The facts of a failed load, as the loader reports them (src/ui/state/fetchModelFiles.ts). */
export interface LoadFailureWords {
  readonly kind: 'timeout' | 'http' | 'network' | 'unusable';
  readonly files: readonly string[];
  readonly detail: string;
  readonly timeLimitMs: number;
}

const fileList = (files: readonly string[]) =>
  files.length === 0 ? 'the files' : files.join(' and ');

/** The loader's words end in one full stop, whether or not they brought their own. */
const sentence = (words: string) => `${words.replace(/\.$/, '')}.`;

export const loadingMessages = {
  retry: 'Try again',
  /** One clause, without a full stop: what went wrong, in plain words (no file names). */
  reason: ({ kind, timeLimitMs }: LoadFailureWords): string => {
    switch (kind) {
      case 'timeout':
        return `nothing arrived within ${timeLimitMs / 1000} seconds`;
      case 'http':
        return 'the server did not send the files';
      case 'network':
        return 'the connection failed';
      case 'unusable':
        return 'what arrived is damaged';
    }
  },
  /** One sentence after the message, for whoever fixes it: the files and what the loader saw. */
  detail: ({ kind, files, detail }: LoadFailureWords): string => {
    switch (kind) {
      case 'timeout':
        return `Detail: still waiting for ${fileList(files)} when the time ran out.`;
      case 'http':
        return `Detail: the server answered ${detail} for ${fileList(files)}.`;
      case 'network':
        return `Detail: ${fileList(files)} could not be fetched (${detail}).`;
      case 'unusable':
        // Without file names the loader's own words already name the file ("weights.bin: …").
        return files.length === 0
          ? `Detail: ${sentence(detail)}`
          : `Detail: ${fileList(files)} ${files.length === 1 ? 'is' : 'are'} damaged: ${sentence(detail)}`;
    }
  },
  /** Shown when a figure fails while drawing what loaded. */
  drawFailed: 'an error stopped the drawing',
  drawFailedDetail: (detail: string) => `Detail: ${sentence(detail)}`,
} as const;
