// @vitest-environment jsdom
// The figure driven by a fake runner: what the learner presses reaches the runner, and what the
// runner reports (progress, a result, an error) is what the page shows.
import { fireEvent, screen, within } from '@testing-library/svelte';
import { tick } from 'svelte';
import { afterEach, describe, expect, it } from 'vitest';
import type { ExperimentOutcome, ExperimentReply, ExperimentRequest } from './experimentProtocol';
import type { ExperimentRunner } from './experimentRunner';
import { experimentRuns } from './experimentRuns.svelte';
import RecallExperimentFigure from './RecallExperimentFigure.svelte';
import { renderBuilt } from '../../../testing/built';
import { turnsTaken } from '../../figureTurns';

function fakeRunner() {
  const sent: ExperimentRequest[] = [];
  let listener: (reply: ExperimentReply) => void = () => {};
  let made = 0;
  const runner: ExperimentRunner = {
    send: (request) => sent.push(request),
    listen: (next) => {
      listener = next;
    },
    dispose: () => {},
  };
  return {
    sent,
    made: () => made,
    makeRunner: () => {
      made += 1;
      return runner;
    },
    say: async (reply: ExperimentReply) => {
      listener(reply);
      await tick();
      await turnsTaken();
    },
  };
}

const outcome = (n: number, rnnAccuracy: number): ExperimentOutcome => ({
  kind: 'result',
  settings: { n, seed: 1, steps: 1000, batchSize: 32, learningRate: 0.01, heldOut: 512 },
  parameterCounts: { rnn: 968, attention: 980 },
  evaluation: { rnnAccuracy, attentionAccuracy: 1, attentionOnFirstToken: 0.99, heldOut: 512 },
  exampleTokens: [2, ...Array.from({ length: n }, () => 5), 8],
  exampleTarget: 2,
  attentionRow: [0.97, ...Array.from({ length: n }, (_, i) => (i === 3 ? 0.02 : 0.01 / n)), 0],
  untrainedInfluence: Array.from({ length: n + 2 }, (_, t) => -0.1 * t),
  trainedInfluence: Array.from({ length: n + 2 }, (_, t) => -0.05 * t),
  trainingMs: 2000,
});

const main = () => screen.getByRole('button', { name: /^(Start|Pause|Resume)$/ });
const status = () => document.querySelector('[data-experiment-status]')?.textContent.trim();

afterEach(() => {
  experimentRuns.points = [];
});

describe('RecallExperimentFigure', () => {
  it('loads nothing until Start, then sends the chosen n', async () => {
    const fake = fakeRunner();
    await renderBuilt(RecallExperimentFigure, { makeRunner: fake.makeRunner });
    expect(fake.made()).toBe(0);
    expect(status()).toBe(
      'Choose n and press Start: both models train for 1,000 steps, then are measured on held-out sequences, drawn apart from the training batches.',
    );
    await fireEvent.click(screen.getByRole('radio', { name: '128' }));
    await fireEvent.click(main());
    expect(fake.made()).toBe(1);
    expect(fake.sent).toEqual([{ kind: 'start', n: 128 }]);
    expect(status()).toBe('Loading the training code…');
    // The loss plot's frame is built from Start (a turn after the click), empty until the
    // first report.
    expect(document.querySelectorAll('.loss-plot')).toHaveLength(0);
    await turnsTaken();
    expect(document.querySelectorAll('.loss-plot .chance-line')).toHaveLength(1);
    expect(document.querySelector('.loss-plot .curve-rnn')?.getAttribute('d')).toBe('');
    expect(document.querySelector('[data-loss-now]')?.textContent.trim()).toBe(
      'No point yet: each is the mean of 4 steps. Guessing gives a loss of 1.39.',
    );
  });

  it('shows progress, pauses and resumes through the one main button', async () => {
    const fake = fakeRunner();
    await renderBuilt(RecallExperimentFigure, { makeRunner: fake.makeRunner });
    await fireEvent.click(main());
    await fake.say({ kind: 'started', n: 8, steps: 1000 });
    expect(main().textContent).toBe('Pause');
    // The distance cannot change mid-run (its fieldset is disabled).
    expect(screen.getByRole('radio', { name: '16' }).matches(':disabled')).toBe(true);
    const point = {
      step: 4,
      rnnLoss: 1.4,
      attentionLoss: 1.3,
      rnnBatchAccuracy: 0.25,
      attentionBatchAccuracy: 0.3,
    };
    await fake.say({ kind: 'progress', n: 8, step: 250, steps: 1000, points: [point] });
    expect(screen.getByText('Step 250 of 1,000')).toBeTruthy();
    expect(screen.getByRole('progressbar', { name: 'Training progress' })).toHaveProperty(
      'value',
      250,
    );
    expect(document.querySelector('[data-loss-now]')?.textContent.trim()).toBe(
      'At step 4: loss RNN 1.40, attention 1.30 (guessing gives 1.39).',
    );
    // The same curves as accuracy on the training batches, with chance drawn.
    await fireEvent.click(screen.getByRole('radio', { name: 'batch accuracy' }));
    expect(document.querySelector('[data-loss-now]')?.textContent.trim()).toBe(
      'At step 4: batch accuracy RNN 25 %, attention 30 % (guessing gives 25 %).',
    );
    expect(document.querySelectorAll('.loss-plot .chance-line')).toHaveLength(1);
    await fireEvent.click(screen.getByRole('radio', { name: 'loss' }));
    expect(document.querySelectorAll('.loss-plot .chance-line')).toHaveLength(1);
    await fireEvent.click(main());
    expect(fake.sent.at(-1)).toEqual({ kind: 'pause' });
    await fake.say({ kind: 'paused', step: 260 });
    expect(status()).toBe('Paused at step 260.');
    expect(main().textContent).toBe('Resume');
    await fireEvent.click(main());
    expect(fake.sent.at(-1)).toEqual({ kind: 'resume' });
  });

  it('says the result in numbers, adds the run’s point, and draws the row and the influence', async () => {
    const fake = fakeRunner();
    await renderBuilt(RecallExperimentFigure, { makeRunner: fake.makeRunner });
    await fireEvent.click(screen.getByRole('radio', { name: '64' }));
    await fireEvent.click(main());
    await fake.say({ kind: 'started', n: 64, steps: 1000 });
    await fake.say(outcome(64, 0.24));
    expect(document.querySelector('[data-experiment-result]')?.textContent).toBe(
      'At n = 64, after 1,000 steps: attention 100 % on 512 held-out sequences, the RNN 24 % (chance 25 %).',
    );
    expect(document.querySelector('[data-experiment-reading]')?.textContent.trim()).toBe(
      // The seeded run now has n = 64 too (24.4 %, which this fake's 24 % differs from).
      'The RNN is near chance (24 %): in 1,000 steps it did not learn to carry the first token the 65 steps to the query. The lesson’s seeded run gave attention 100 % and the RNN 24 % at this n.',
    );
    expect(experimentRuns.points).toEqual([{ n: 64, rnnAccuracy: 0.24, attentionAccuracy: 1 }]);
    const table = screen.getByRole('table', { name: 'Accuracy on 512 held-out sequences' });
    const row64 = within(table).getByRole('row', { name: /^64/ });
    // n, the seeded run's attention and RNN at 64 (100 %, 24.4 %), then the learner's.
    expect(row64.textContent).toBe('64100 %24 %100 %24 %');
    expect(row64.querySelector('[data-your-rnn]')?.textContent).toBe('24 %');
    expect(document.querySelectorAll('[data-your-run]')).toHaveLength(1);
    expect(document.querySelector('[data-row-sentence]')?.textContent.trim()).toBe(
      'The query gives the first token 0.97 of its weight; no other token gets more than 0.02 (the most goes to position 5). Over all 512 held-out sequences it gives the first token 0.99 on average.',
    );
    expect(document.querySelectorAll('.row-plot rect.bar')).toHaveLength(66);
    expect(document.querySelectorAll('.row-plot rect.bar.first')).toHaveLength(1);
    expect(document.querySelector('[data-influence-sentence]')?.textContent.trim()).toBe(
      'At the query (t = 66): 3.2 × 10⁻⁷ before training, 5.6 × 10⁻⁴ after.',
    );
    expect(main().textContent).toBe('Start');
  });

  it('compares a run with the seeded run at the same n', async () => {
    const fake = fakeRunner();
    await renderBuilt(RecallExperimentFigure, { makeRunner: fake.makeRunner });
    await fireEvent.click(screen.getByRole('radio', { name: '128' }));
    await fireEvent.click(main());
    await fake.say(outcome(128, 0.244140625));
    expect(document.querySelector('[data-experiment-reading]')?.textContent).toContain(
      'The lesson’s seeded run gave the same numbers',
    );
    await fireEvent.click(main());
    await fake.say(outcome(128, 0.5));
    expect(document.querySelector('[data-experiment-reading]')?.textContent).toContain(
      'The lesson’s seeded run gave attention 100 % and the RNN 24 % at this n.',
    );
  });

  it('shows a worker’s error as an alert, and Reset clears the run', async () => {
    const fake = fakeRunner();
    await renderBuilt(RecallExperimentFigure, { makeRunner: fake.makeRunner });
    await fireEvent.click(main());
    await fake.say({ kind: 'progress', n: 8, step: 100, steps: 1000, points: [] });
    await fake.say({ kind: 'error', message: 'The experiment stopped: out of memory.' });
    expect(screen.getByRole('alert').textContent).toBe('The experiment stopped: out of memory.');
    await fireEvent.click(screen.getByRole('button', { name: 'Reset' }));
    expect(fake.sent.at(-1)).toEqual({ kind: 'reset' });
    expect(screen.queryByRole('alert')).toBeNull();
    expect(screen.getByText('Step 0 of 1,000')).toBeTruthy();
  });
});
