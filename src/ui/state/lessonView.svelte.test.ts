// @vitest-environment jsdom
// (jsdom: Svelte's browser build, whose effects run; the server build's never do.)
import { flushSync } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import { lessonAttention } from '../../engine/lessonAttention';
import { defaultSettings, lessonSettings as settings } from './lessonSettings.svelte';
import { lessonView, SYNC_TOKEN_LIMIT, type LessonView } from './lessonView.svelte';
import { loadWordTable } from './wordTableLoader';
import { runHere, type AttentionRunner } from './ruleAttentionRunner';
import type { AttentionJob } from './ruleAttentionJob';

const words = (n: number, last = 'cat') =>
  [...Array.from({ length: n - 1 }, (_, i) => ['the', 'dog', 'sat', 'down'][i % 4]), last].join(
    ' ',
  );

/** A runner that answers only when the test says so, as a busy worker would. */
function heldRunner() {
  const held: { job: AttentionJob; answer: () => void }[] = [];
  const runner: AttentionRunner = (job) =>
    new Promise((resolve) => {
      held.push({ job, answer: () => void runHere(job).then(resolve) });
    });
  return { held, runner };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

async function openView(options: Parameters<typeof lessonView>[0]) {
  let view: LessonView | undefined;
  const stop = $effect.root(() => {
    view = lessonView(options);
  });
  // The root's function runs at the next flush.
  flushSync();

  await loadWordTable();
  await settle();
  flushSync();
  if (!view) throw new Error('no view');
  return { view, stop };
}

describe('lessonView off the main thread', () => {
  afterEach(() => {
    Object.assign(settings, defaultSettings());
  });

  it('computes short sentences at once and long ones by the runner, newest result only', async () => {
    const table = await loadWordTable();
    settings.sentence = 'The cat sat down';
    const { held, runner } = heldRunner();
    const { view, stop } = await openView({ offMainThread: true, runner });
    expect(view.renderedSentence).toBe('The cat sat down');
    expect(held).toHaveLength(0);

    const first = words(SYNC_TOKEN_LIMIT + 8, 'cat');
    const second = words(SYNC_TOKEN_LIMIT + 8, 'mat');
    settings.sentence = first;
    flushSync();
    await settle();
    // The worker has it; the page keeps showing the last sentence it had numbers for.
    expect(held).toHaveLength(1);
    expect(view.renderedSentence).toBe('The cat sat down');
    settings.sentence = second;
    flushSync();
    await settle();
    expect(held).toHaveLength(1);
    held[0]?.answer();
    await settle();
    await settle();
    // The first answer is stale: never shown. The second sentence was sent as soon as it came.
    expect(view.renderedSentence).toBe('The cat sat down');
    expect(held).toHaveLength(2);
    held[1]?.answer();
    await settle();
    await settle();
    flushSync();
    expect(view.renderedSentence).toBe(second);
    const expected = lessonAttention(second, table, settings.rule);
    expect(Array.from(view.result?.head.weights.data ?? [])).toEqual(
      Array.from(expected.head.weights.data),
    );
    // The heatmap's pixels came with them, painted from these very weights.
    expect(view.heatmapPixels?.weights).toBe(view.result?.head.weights);
    expect(view.rowSummaries?.weights).toBe(view.result?.head.weights);
    expect(view.rowSummaries?.lines).toHaveLength(SYNC_TOKEN_LIMIT + 8);

    // Back to a short sentence: computed at once, and a late answer cannot replace it.
    settings.sentence = 'The cat sat down';
    flushSync();
    expect(view.renderedSentence).toBe('The cat sat down');
    stop();
  });

  it('computes everything at once without offMainThread, as the other steps do', async () => {
    const long = words(SYNC_TOKEN_LIMIT + 8);
    settings.sentence = long;
    const { held, runner } = heldRunner();
    const { view, stop } = await openView({ runner });
    expect(view.renderedSentence).toBe(long);
    expect(held).toHaveLength(0);
    stop();
  });
});
