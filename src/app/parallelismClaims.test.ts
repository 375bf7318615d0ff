// Step 6's section on parallelism states numbers and comparisons; each is checked here against the
// cost model, so the prose cannot claim more (or other) than the figure shows.
import { describe, expect, it } from 'vitest';
import {
  attentionCost,
  crossoverProcessors,
  favouredModel,
  rnnCost,
  type Cost,
} from '../engine/parallelCost';
import { formatCount, formatRatio, gpuDetailsTitle } from '../ui/figures/parallel/parallelMessages';
import { steps } from './lesson';
import { proseHtml } from './lessonSteps';

const D = 64;
const costsAt = (n: number) => ({
  rnn: rnnCost({ n, inputSize: D, hiddenSize: D }),
  attention: attentionCost({ n, modelSize: D, keySize: D }),
});
/** HTML as a reader reads it: tags dropped, entities decoded, white space joined. */
const asText = (html: string) =>
  html
    .replace(/<[^>]+>/g, ' ')
    .replace(/&#39;/g, '’')
    .replace(/&quot;/g, '"')
    .replace(/\s+/g, ' ');
/** Step 6's section on parallelism, from its heading to the next one. */
const sectionHtml = (() => {
  const html = proseHtml(steps[5]?.blocks ?? []);
  const start = html.indexOf('1. Parallelism');
  const end = html.indexOf('2. Constant-length paths');
  if (start < 0 || end < start) throw new Error('Step 6 has no section "1. Parallelism"');
  return html.slice(start, end);
})();
/** What the section always shows, and what its "Go deeper" disclosures hold. */
const [visible, deeper] = (['visible', 'deeper'] as const).map((part) =>
  asText(proseHtml([{ kind: 'prose', html: sectionHtml }], part)),
) as [string, string];
const thousands = (p: number) => formatCount(Math.round(p / 1000) * 1000);
const crossoverBounds = (rnn: Cost, attention: Cost) => {
  const lower = crossoverProcessors(rnn, attention, 'lower');
  const upper = crossoverProcessors(rnn, attention, 'upper');
  if (lower === null || upper === null) throw new Error('no crossover');
  return { low: Math.min(lower, upper), high: Math.max(lower, upper) };
};

describe('Step 6, parallelism: the prose against the cost model', () => {
  it('states both depths at n = 512, in the always-visible text', () => {
    const { rnn, attention } = costsAt(512);
    expect(visible).toContain(
      `for a 512-token sequence it is ${formatCount(rnn.depth)} for an RNN and ${formatCount(attention.depth)} for one attention layer`,
    );
  });

  it('states how much more work attention does, and that the RNN is faster on a few processors', () => {
    const { rnn, attention } = costsAt(512);
    expect(visible).toContain(
      `At n = 512 it does ${formatRatio(attention.work / rnn.work)} times as much work as the RNN`,
    );
    expect(visible).toContain('On a few processors that is what counts, so the RNN is faster.');
    for (const p of [1, 2, 4, 8, 16, 32, 64, 128, 256, 512, 1024, 2048, 4096]) {
      expect(favouredModel(rnn, attention, p)).toBe('rnn');
    }
  });

  it('places the crossover where the engine computes it, at n = 512 and n = 2,048', () => {
    const at512 = costsAt(512);
    const c512 = crossoverBounds(at512.rnn, at512.attention);
    expect(visible).toContain(
      `at n = 512, between about ${thousands(c512.low)} and ${thousands(c512.high)} processors`,
    );
    const at2048 = costsAt(2048);
    const c2048 = crossoverBounds(at2048.rnn, at2048.attention);
    // "about 31,000" stands for both bounds only if they round alike.
    expect(thousands(c2048.low)).toBe(thousands(c2048.high));
    expect(deeper).toContain(`at n = 2,048, about ${thousands(c2048.low)}.`);
  });

  it('leaves the GPU to the figure, which counts it for any n, and names where', () => {
    // The figure's GPU paragraph is generated from the same marks (parallelMessages.test.ts).
    expect(`${visible} ${deeper}`).not.toMatch(/16,896|270,000|tensor cores|FP32 lanes/);
    expect(deeper).toContain(`the figure’s “${gpuDetailsTitle}” counts one H100 both ways`);
  });

  it('is right that B sequences move the crossover B times further out', () => {
    expect(deeper).toContain('the crossover moves B times further out');
    const { rnn, attention } = costsAt(512);
    const one = crossoverBounds(rnn, attention);
    for (const b of [4, 32]) {
      const batch = (cost: Cost) => ({ work: b * cost.work, depth: cost.depth });
      const many = crossoverBounds(batch(rnn), batch(attention));
      expect(many.low / one.low).toBeCloseTo(b, 2);
      expect(many.high / one.high).toBeCloseTo(b, 2);
    }
  });

  it('no longer says a GPU with thousands of cores makes attention far faster', () => {
    expect(`${visible} ${deeper}`).not.toMatch(/thousands of cores/);
  });
});
