import { describe, expect, it } from 'vitest';
import committed from '../../content/self-attention/experiment-results.json';
import { EXPERIMENT_DEFAULTS, runExperiment } from '../engine/experiment/experiment';
import { experimentResultsFile } from '../engine/experiment/experimentResults';
import { DEFAULT_NS, experimentTable, parseNs, runExperimentCli } from './experiment';

function fakeIo() {
  const io = { out: '', err: '', written: '', clock: 0 };
  return {
    io,
    cli: {
      out: (text: string) => (io.out += text),
      err: (text: string) => (io.err += text),
      writeResults: (json: string) => {
        io.written = json;
        return 'experiment-results.json';
      },
      now: () => (io.clock += 500),
    },
  };
}

describe('npm run experiment', () => {
  it('reads --n as distinct whole numbers from 8 to 256', () => {
    expect(parseNs('8,32, 128,256')).toEqual([8, 32, 128, 256]);
    for (const bad of ['7', '257', '8,', '8.5', '1e2', '-8', 'eight', '']) {
      expect(parseNs(bad)).toMatch(/^--n must be whole numbers from 8 to 256, separated by commas/);
    }
    expect(parseNs('8,32,8')).toBe('--n names 8 twice');
  });

  it('refuses bad arguments with exit code 2, one message and the usage', () => {
    for (const args of [['--n', '300'], ['--steps', '5'], ['extra']]) {
      const { io, cli } = fakeIo();
      expect(runExperimentCli(args, cli)).toBe(2);
      expect(io.err).toMatch(/Usage: npm run experiment/);
      expect(io.out).toBe('');
      expect(io.written).toBe('');
    }
  });

  it('prints a Markdown row per n, with the settings and parameter counts', () => {
    const runs = [8, 9].map((n) => runExperiment({ n, steps: 2, heldOut: 4 }));
    const table = experimentTable(experimentResultsFile(runs, 'test'), [1.25, 2]);
    const lines = table.trimEnd().split('\n');
    expect(lines[0]).toMatch(/seed 1, Adam with learning rate 0.01, 4 held-out sequences per n/);
    expect(lines[1]).toBe(
      'Parameters: RNN 968 (embedding 16, hidden 20), attention 980 (d 16, one head, sinusoidal positions).',
    );
    const percent = (x: number) => `${(100 * x).toFixed(1)} %`;
    runs.forEach(({ settings, evaluation }, i) => {
      expect(lines[5 + i]).toBe(
        `| ${settings.n} | ${percent(evaluation.rnnAccuracy)} | ${percent(evaluation.attentionAccuracy)} | 25.0 % | 2 | 32 | ${['1.3', '2.0'][i] ?? ''} |`,
      );
    });
  });

  it('wrote the committed results file: its settings are the defaults and its n = 8 row reruns', () => {
    expect(committed.results.map((row) => row.n)).toEqual([...DEFAULT_NS]);
    const { seed, steps, batchSize, learningRate, heldOut } = committed;
    expect({ seed, steps, batchSize, learningRate, heldOut }).toEqual(EXPERIMENT_DEFAULTS);
    const { io, cli } = fakeIo();
    expect(runExperimentCli(['--n', '8'], cli)).toBe(0);
    const rerun = JSON.parse(io.written) as typeof committed;
    expect(rerun.results[0]).toEqual(committed.results[0]);
    expect(rerun.parameterCounts).toEqual(committed.parameterCounts);
    expect(rerun.sizes).toEqual(committed.sizes);
    expect(io.out).toMatch(/^\| 8 \| .* \| 1000 \| 32 \| 0\.5 \|$/m);
    expect(io.err).toMatch(/Wrote experiment-results.json/);
  });
});
