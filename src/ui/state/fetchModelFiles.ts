// Fetching the trained model's files (model.json, weights.bin, heads.json) under one time limit:
// a server that never answers, or a file that is damaged, must end in a message and a retry, not
// in "Loading…" forever.

/**
 * 30 s for all of a figure's files together: the model's 0.9 MB take about 18 s on a slow
 * mobile link (400 kbit/s), so a working connection finishes well inside it; past it, the
 * learner has waited long enough to be told.
 */
export const LOAD_TIME_LIMIT_MS = 30_000;

/** What went wrong, in facts a message can be written from. */
export interface LoadFailureFacts {
  /** `timeout`: no whole answer in time; `http`: an error status; `network`: no answer at all. */
  readonly kind: 'timeout' | 'http' | 'network' | 'unusable';
  /** The files concerned (those still unfinished, for a timeout). */
  readonly files: readonly string[];
  /** The status, the browser's or the parser's words; empty for a timeout. */
  readonly detail: string;
  readonly timeLimitMs: number;
}

export class LoadFailure extends Error {
  constructor(readonly facts: LoadFailureFacts) {
    super(`${facts.files.join(', ')}: ${facts.kind} ${facts.detail}`.trim());
    this.name = 'LoadFailure';
  }
}

export interface LoadOptions {
  /** The page's fetch unless a test gives another. */
  readonly fetch?: typeof fetch;
  readonly timeLimitMs?: number;
  /** After a failure, ask the server again rather than the browser's cache (a fixed file). */
  readonly fresh?: boolean;
}

export interface FolderReader {
  json(file: string): Promise<unknown>;
  bytes(file: string): Promise<ArrayBuffer>;
  /** The failure for a file that arrived but is not usable, in the parser's words. */
  damaged(file: string, error: unknown): LoadFailure;
}

const messageOf = (error: unknown) => (error instanceof Error ? error.message : String(error));

/**
 * Runs `read` on a folder's files with one deadline; a failure aborts every other download and
 * comes out as a LoadFailure. A parser's error inside `read` becomes `unusable`.
 */
export async function readFolder<T>(
  folder: URL,
  options: LoadOptions,
  read: (files: FolderReader) => Promise<T>,
): Promise<T> {
  const timeLimitMs = options.timeLimitMs ?? LOAD_TIME_LIMIT_MS;
  const fetchFile = options.fetch ?? globalThis.fetch.bind(globalThis);
  const controller = new AbortController();
  const waiting = new Set<string>();
  const deadline = { passed: false };
  const timer = setTimeout(() => {
    deadline.passed = true;
    controller.abort();
  }, timeLimitMs);
  const fail = (kind: LoadFailureFacts['kind'], files: readonly string[], detail: string) =>
    new LoadFailure({ kind, files, detail, timeLimitMs });

  async function body<B>(file: string, take: (response: Response) => Promise<B>): Promise<B> {
    waiting.add(file);
    let response: Response;
    try {
      response = await fetchFile(new URL(file, folder), {
        signal: controller.signal,
        cache: options.fresh ? 'no-cache' : 'default',
      });
      if (!response.ok) throw fail('http', [file], `HTTP ${response.status}`);
      const value = await take(response);
      waiting.delete(file);
      return value;
    } catch (error) {
      if (error instanceof LoadFailure) throw error;
      throw fail('network', [file], messageOf(error));
    }
  }
  const files: FolderReader = {
    json: (file) =>
      body(file, (r) => r.text()).then((text) => {
        try {
          return JSON.parse(text) as unknown;
        } catch (error) {
          throw fail('unusable', [file], `not valid JSON (${messageOf(error)})`);
        }
      }),
    bytes: (file) => body(file, (r) => r.arrayBuffer()),
    // The parsers' messages start with the file's name; the failure names it once.
    damaged: (file, error) => fail('unusable', [file], messageOf(error).replace(`${file}: `, '')),
  };
  try {
    return await read(files);
  } catch (error) {
    controller.abort();
    if (deadline.passed) throw fail('timeout', [...waiting], '');
    if (error instanceof LoadFailure) throw error;
    throw fail('unusable', [], messageOf(error));
  } finally {
    clearTimeout(timer);
  }
}
