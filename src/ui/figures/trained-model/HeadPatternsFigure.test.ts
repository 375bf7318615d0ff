// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { fireEvent, render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import {
  loadingMessages,
  type LoadFailureWords,
} from '../../../../content/self-attention/figureMessages/loading';
import { headPatternsMessages } from '../../../../content/self-attention/figureMessages/trainedModel';
import { summariseHeads } from '../../../engine/headPatterns';
import { headGrid, parseHeadsFile } from '../../../engine/headPatternsFile';
import { appears } from '../../../testing/appears';
import { LOAD_TIME_LIMIT_MS } from '../../state/fetchModelFiles';
import HeadPatternsFigure from './HeadPatternsFigure.svelte';

// jsdom's URL cannot resolve file: URLs, so the path is joined by hand.
const headsText = readFileSync(
  join(import.meta.dirname, '../../../../public/models/brown-tiny/heads.json'),
  'utf8',
);
const heads = parseHeadsFile(JSON.parse(headsText));

/** The page's fetch of heads.json answers with `body`. */
const serve = (body: string, status = 200) => {
  vi.stubGlobal('fetch', () => Promise.resolve(new Response(body, { status })));
};
const text = (element: Element | null) => (element?.textContent ?? '').replace(/\s+/g, ' ').trim();

afterEach(() => {
  vi.unstubAllGlobals();
  vi.useRealTimers();
});
/** The alert's words: the plain message from the catalogue, then the detail naming the file. */
const failed = (kind: LoadFailureWords['kind'], detail = '') => {
  const facts = { kind, files: ['heads.json'], detail, timeLimitMs: LOAD_TIME_LIMIT_MS };
  return `${headPatternsMessages.failed(loadingMessages.reason(facts))} ${loadingMessages.detail(facts)}`;
};
const retryButton = () => screen.getByRole('button', { name: loadingMessages.retry });

describe('HeadPatternsFigure', () => {
  it('says what heads.json holds: the model’s shape, the sentences, the sharpest pattern', async () => {
    serve(headsText);
    const { container } = render(HeadPatternsFigure);
    await appears(() => screen.queryByRole('table'));
    const { layers, headsPerLayer } = headGrid(heads);
    const paragraphs = [...container.querySelectorAll('p')].map(text);
    expect(paragraphs).toContain(
      headPatternsMessages.intro(layers, headsPerLayer, heads.heldOut.sentencesAnalysed),
    );
    const { strongest, maxShare } = summariseHeads(heads.heads);
    expect(paragraphs).toContain(headPatternsMessages.summary(strongest.ratio, maxShare));
    expect(container.querySelectorAll('tbody tr')).toHaveLength(heads.heads.length);
  });

  it('names what is wrong with a malformed heads.json instead of drawing it', async () => {
    const broken = JSON.parse(headsText) as { heads: { metrics: { self: { share: unknown } } }[] };
    const third = broken.heads[2];
    if (third) third.metrics.self.share = 'high';
    serve(JSON.stringify(broken));
    render(HeadPatternsFigure);
    const alert = await appears(() => screen.queryByRole('alert'));
    expect(text(alert)).toBe(
      failed('unusable', 'heads[2].metrics.self.share must be a number from 0 to 1, got "high"'),
    );
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says when the file cannot be fetched', async () => {
    serve('', 404);
    render(HeadPatternsFigure);
    const alert = text(await appears(() => screen.queryByRole('alert')));
    expect(alert).toBe(failed('http', 'HTTP 404'));
    // Plain words first; the file name only in the detail at the end.
    expect(alert.indexOf('heads.json')).toBeGreaterThan(alert.indexOf('Try again'));
  });

  it('names what is wrong with valid JSON of the wrong shape, then draws the file on a retry', async () => {
    serve('{"heldOut":{},"heads":[{}]}');
    render(HeadPatternsFigure);
    const alert = await appears(() => screen.queryByRole('alert'));
    expect(text(alert)).toBe(failed('unusable', 'model must be a non-empty string, got nothing'));
    serve(headsText);
    await fireEvent.click(retryButton());
    await appears(() => screen.queryByRole('table'));
    expect(screen.queryByRole('alert')).toBeNull();
  });

  it('says a file that is not JSON is damaged', async () => {
    serve('{"heads": [');
    render(HeadPatternsFigure);
    expect(text(await appears(() => screen.queryByRole('alert')))).toMatch(
      /^The measured head patterns could not load: what arrived is damaged\..* Detail: heads\.json is damaged: not valid JSON \(/,
    );
  });

  it('stops waiting for a heads.json that never answers, and offers a retry', async () => {
    vi.useFakeTimers();
    vi.stubGlobal(
      'fetch',
      (_: unknown, init: RequestInit) =>
        new Promise((_resolve, reject) => {
          init.signal?.addEventListener('abort', () => {
            reject(new DOMException('aborted', 'AbortError'));
          });
        }),
    );
    render(HeadPatternsFigure);
    await vi.advanceTimersByTimeAsync(LOAD_TIME_LIMIT_MS - 1);
    expect(screen.getByText(headPatternsMessages.loading)).toBeTruthy();
    await vi.advanceTimersByTimeAsync(1);
    expect(text(screen.getByRole('alert'))).toBe(failed('timeout'));
    expect(screen.queryByText(headPatternsMessages.loading)).toBeNull();
    serve(headsText);
    await fireEvent.click(retryButton());
    await vi.advanceTimersByTimeAsync(0);
    vi.useRealTimers();
    await appears(() => screen.queryByRole('table'));
  });
});
