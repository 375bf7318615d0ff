// @vitest-environment jsdom
// The trained model's loader: damaged weights, a server that never answers and an HTTP error each
// end in a LoadFailure saying what happened, and nothing failed is kept (issue 12, items 2 and 4).
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { LOAD_TIME_LIMIT_MS, LoadFailure } from './fetchModelFiles';
import { loadTrainedModel, TRAINED_MODEL_BYTES } from './trainedModelLoader';

// jsdom's URL cannot resolve file: URLs, so the path is joined by hand.
const folder = join(import.meta.dirname, '../../../public/models/brown-tiny/');
const modelText = readFileSync(join(folder, 'model.json'), 'utf8');
const weights = new Uint8Array(readFileSync(join(folder, 'weights.bin')));
const weightsOf = (bits: number) => {
  const bytes = new Uint8Array(weights.length);
  const view = new DataView(bytes.buffer);
  for (let i = 0; i < bytes.length; i += 2) view.setUint16(i, bits, true);
  return bytes;
};

type Answer = (file: string, signal: AbortSignal) => Promise<Response>;
/** A fetch answering each file through `answer`, recording what was asked and how. */
const serving = (answer: Answer) => {
  const asked: { file: string; cache: RequestCache | undefined }[] = [];
  // The loader always asks by URL and always passes a signal.
  const fetch = (url: URL, init: RequestInit & { signal: AbortSignal }) => {
    const file = url.pathname.split('/').pop() ?? '';
    asked.push({ file, cache: init.cache });
    return answer(file, init.signal);
  };
  return { fetch: fetch as typeof globalThis.fetch, asked };
};
const files = (weightBytes: Uint8Array<ArrayBuffer>) => (file: string) =>
  Promise.resolve(new Response(file === 'model.json' ? modelText : weightBytes));
/** Never answers, but gives up as a real fetch does when its signal aborts. */
const never = (signal: AbortSignal) =>
  new Promise<Response>((_, reject) => {
    signal.addEventListener('abort', () => {
      reject(new DOMException('aborted', 'AbortError'));
    });
  });

const failureOf = async (attempt: Promise<unknown>) => {
  const error: unknown = await attempt.then(
    () => undefined,
    (e: unknown) => e,
  );
  if (!(error instanceof LoadFailure))
    throw new Error(`expected a LoadFailure, got ${String(error)}`);
  return error.facts;
};

afterEach(() => {
  vi.useRealTimers();
});

describe('loadTrainedModel', () => {
  it('knows the size of the weights before loading them (the card’s, checked here)', () => {
    expect(TRAINED_MODEL_BYTES).toBe(weights.length);
  });

  it.each([
    ['NaN (0xFFFF)', 0xffff, 'NaN'],
    ['+Infinity (0x7C00)', 0x7c00, 'Infinity'],
  ])(
    'refuses right-sized weights of %s, keeps nothing, and reads a fixed file on retry',
    async (_, bits, shown) => {
      const broken = serving(files(weightsOf(bits)));
      const facts = await failureOf(loadTrainedModel(true, { fetch: broken.fetch }));
      expect(facts.kind).toBe('unusable');
      expect(facts.detail).toMatch(
        new RegExp(`^weights\\.bin: tensor tokenEmbedding holds ${shown} at number 0 of`),
      );
      // The next request starts again and asks the server, not the cache, for both files.
      const fixed = serving(files(weights));
      const model = await loadTrainedModel(true, { fetch: fixed.fetch });
      expect(model.parameterCount).toBe(weights.length / 2);
      expect(fixed.asked).toEqual([
        { file: 'model.json', cache: 'no-cache' },
        { file: 'weights.bin', cache: 'no-cache' },
      ]);
      // Once loaded, the model is shared: no further fetch.
      const again = serving(files(weights));
      expect(await loadTrainedModel(false, { fetch: again.fetch })).toBe(model);
      expect(again.asked).toEqual([]);
    },
  );

  it('gives up on a model.json that never answers after the time limit, naming it', async () => {
    vi.useFakeTimers();
    const slow = serving((file, signal) =>
      file === 'model.json' ? never(signal) : files(weights)(file),
    );
    const attempt = loadTrainedModel(true, { fetch: slow.fetch });
    const facts = failureOf(attempt);
    await vi.advanceTimersByTimeAsync(LOAD_TIME_LIMIT_MS - 1);
    let settled = false;
    void facts.then(() => (settled = true));
    await vi.advanceTimersByTimeAsync(0);
    expect(settled).toBe(false);
    await vi.advanceTimersByTimeAsync(1);
    expect(await facts).toEqual({
      kind: 'timeout',
      files: ['model.json'],
      detail: '',
      timeLimitMs: LOAD_TIME_LIMIT_MS,
    });
  });

  it('says which file answered with an HTTP error', async () => {
    const missing = serving((file) =>
      Promise.resolve(new Response('', { status: file === 'weights.bin' ? 404 : 200 })),
    );
    expect(await failureOf(loadTrainedModel(true, { fetch: missing.fetch }))).toMatchObject({
      kind: 'http',
      files: ['weights.bin'],
      detail: 'HTTP 404',
    });
  });
});
