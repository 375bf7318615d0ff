// @vitest-environment jsdom
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { render, screen } from '@testing-library/svelte';
import { afterEach, describe, expect, it, vi } from 'vitest';
import { headPatternsMessages } from '../../../../content/self-attention/figureMessages/trainedModel';
import { summariseHeads } from '../../../engine/headPatterns';
import { headGrid, parseHeadsFile } from '../../../engine/headPatternsFile';
import { appears } from '../../../testing/appears';
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
});

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
      headPatternsMessages.failed(
        'Error: heads.json: heads[2].metrics.self.share must be a number from 0 to 1, got "high"',
      ),
    );
    expect(screen.queryByRole('table')).toBeNull();
  });

  it('says when the file cannot be fetched', async () => {
    serve('', 404);
    render(HeadPatternsFigure);
    expect(text(await appears(() => screen.queryByRole('alert')))).toBe(
      'The measured head patterns could not load (Error: heads.json: HTTP 404). Reloading may help.',
    );
  });
});
