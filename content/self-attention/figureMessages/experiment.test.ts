// The experiment's sentences, for runs that went as expected and runs that did not.
import { describe, expect, it } from 'vitest';
import { experimentMessages as m, formatPercent, seededSummary, tokenLabel } from './experiment';

const run = (n: number, rnnAccuracy: number, attentionAccuracy: number) => ({
  n,
  steps: 1000,
  heldOut: 512,
  rnnAccuracy,
  attentionAccuracy,
  chance: 0.25,
});

describe('formatPercent', () => {
  it('rounds to whole percents, but never a miss up to 100 % or a hit down to 0 %', () => {
    expect(formatPercent(0.244140625)).toBe('24 %');
    expect(formatPercent(1)).toBe('100 %');
    expect(formatPercent(511 / 512)).toBe('99.8 %');
    expect(formatPercent(1 / 512)).toBe('0.2 %');
    expect(formatPercent(0)).toBe('0 %');
  });
});

describe('the result and its reading', () => {
  it('states the run in numbers', () => {
    expect(m.result(run(128, 0.244140625, 1))).toBe(
      'At n = 128, after 1,000 steps: attention 100 % on 512 held-out sequences, the RNN 24 % (chance 25 %).',
    );
  });

  it('says the RNN is near chance, with the steps it had to carry the token', () => {
    expect(m.reading(run(128, 0.244140625, 1))).toBe(
      'The RNN is near chance (24 %): in 1,000 steps it did not learn to carry the first token the 129 steps to the query.',
    );
  });

  it('says so when the RNN holds, at any n', () => {
    expect(m.reading(run(8, 1, 1))).toBe(
      'The RNN holds too at this distance (100 %): in 1,000 steps it learnt to carry the first token the 9 steps to the query.',
    );
    expect(m.reading(run(256, 0.97, 1))).toContain('The RNN holds too at this distance (97 %)');
  });

  it('says when attention falls short, and when the RNN is part of the way', () => {
    const reading = m.reading(run(64, 0.6, 0.8));
    expect(reading).toContain(
      'Attention stayed below 90 % here (80 %): 1,000 steps were not enough for it at this n.',
    );
    expect(reading).toContain(
      'The RNN learnt part of it: 60 %, above chance (25 %) but short of 90 %.',
    );
    expect(m.reading(run(64, 0.6, 1))).not.toContain('Attention');
  });
});

describe('the other sentences', () => {
  it('labels the task’s tokens', () => {
    expect([0, 3, 4, 7, 8].map((t) => tokenLabel(t, 4))).toEqual(['A', 'D', 'w', 'z', '?']);
    expect(m.intro(4, 4)).toContain(
      'one of 4 symbols (A to D), then n distractors drawn from 4 others (w to z)',
    );
  });

  it('sums up a table, grouping equal accuracies', () => {
    expect(
      seededSummary([
        { n: 8, rnnAccuracy: 1, attentionAccuracy: 1 },
        { n: 128, rnnAccuracy: 0.24, attentionAccuracy: 1 },
      ]),
    ).toBe(
      'In the lesson’s seeded run, attention reaches 100 % at n = 8 and 128; the RNN reaches 100 % at n = 8, and 24 % at n = 128.',
    );
  });

  it('writes the attention row and the influence in numbers', () => {
    expect(m.rowSentence(0.99996, 0.00002, 5, 0.9999, 512)).toBe(
      // Every other weight rounds to 0.00: said as “less than 0.01”, with no position named.
      'The query gives the first token 1.00 of its weight; every other token gets less than 0.01. Over all 512 held-out sequences it gives the first token 1.00 on average.',
    );
    expect(m.progress(250, 1000)).toBe('Step 250 of 1,000');
  });
});
