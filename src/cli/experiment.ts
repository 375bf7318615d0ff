// `npm run experiment -- --n 8,32,128,256`: trains the RNN and the attention model on long-range
// recall for each n, with the same seeds as the page, prints the table and writes it to
// content/self-attention/experiment-results.json (the file the quiz is keyed to).
import { parseArgs } from 'node:util';
import {
  EXPERIMENT_DEFAULTS,
  runExperiment,
  type ExperimentResult,
} from '../engine/experiment/experiment';
import {
  experimentResultsFile,
  type ExperimentResultsFile,
} from '../engine/experiment/experimentResults';
import { RECALL_TASK } from '../engine/experiment/recallTask';
import { shown } from './messages';

const { minDistractorCount: MIN_N, maxDistractorCount: MAX_N } = RECALL_TASK;
export const DEFAULT_NS = [8, 16, 32, 64, 128, 256] as const;

export const EXPERIMENT_USAGE = `Usage: npm run experiment -- [--n ${DEFAULT_NS.join(',')}]

Trains an Elman RNN and a one-head self-attention model on long-range recall (remember the
first of n + 2 tokens) for each n, with the lesson's seeds and settings, and prints both
models' accuracy on held-out sequences. Writes the table to
content/self-attention/experiment-results.json, the file the lesson's quiz is keyed to.
  --n   distractor counts, comma-separated whole numbers from ${MIN_N} to ${MAX_N}
        (default ${DEFAULT_NS.join(',')})`;

export const experimentMessages = {
  badN: (value: string) =>
    `--n must be whole numbers from ${MIN_N} to ${MAX_N}, separated by commas, got ${shown(value)}`,
  repeatedN: (n: number) => `--n names ${n} twice`,
  wrote: (path: string) => `Wrote ${path}`,
  training: (n: number) => `n = ${n}: training both models…`,
};

/** Parses `--n`: distinct whole numbers in [8, 256]; a message when it cannot. */
export function parseNs(value: string): number[] | string {
  const parts = value.split(',').map((part) => part.trim());
  const ns: number[] = [];
  for (const part of parts) {
    const n = /^\d+$/.test(part) ? Number(part) : NaN;
    if (!(n >= MIN_N && n <= MAX_N)) return experimentMessages.badN(value);
    if (ns.includes(n)) return experimentMessages.repeatedN(n);
    ns.push(n);
  }
  return ns;
}

const percent = (fraction: number) => `${(100 * fraction).toFixed(1)} %`;

/** The Markdown the command prints: settings, parameter counts, one table row per n. */
export function experimentTable(file: ExperimentResultsFile, seconds: readonly number[]): string {
  const { sizes, parameterCounts: counts } = file;
  const lines = [
    `Long-range recall: k = ${file.task.answers} answers, ${file.task.distractors} distractor symbols; ` +
      `seed ${file.seed}, Adam with learning rate ${file.learningRate}, ` +
      `${file.heldOut} held-out sequences per n.`,
    `Parameters: RNN ${counts.rnn} (embedding ${sizes.rnn.embedding}, hidden ${sizes.rnn.hidden}), ` +
      `attention ${counts.attention} (d ${sizes.attention.model}, one head, sinusoidal positions).`,
    '',
    '| n | RNN held-out accuracy | Attention held-out accuracy | Chance | Steps | Batch | Seconds |',
    '| ---: | ---: | ---: | ---: | ---: | ---: | ---: |',
    ...file.results.map(
      (row, i) =>
        `| ${row.n} | ${percent(row.rnnAccuracy)} | ${percent(row.attentionAccuracy)} | ` +
        `${percent(file.task.chance)} | ${file.steps} | ${file.batchSize} | ${(seconds[i] ?? NaN).toFixed(1)} |`,
    ),
  ];
  return `${lines.join('\n')}\n`;
}

export interface ExperimentIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** Writes the results file; returns where it went, for the message. */
  writeResults: (json: string) => string;
  /** Milliseconds, for the table's timings. */
  now: () => number;
}

/** Returns the exit code: 0 done, 2 bad arguments. */
export function runExperimentCli(argv: readonly string[], io: ExperimentIo): number {
  let values;
  try {
    ({ values } = parseArgs({
      args: [...argv],
      options: {
        n: { type: 'string', default: DEFAULT_NS.join(',') },
        help: { type: 'boolean', short: 'h', default: false },
      },
    }));
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\n${EXPERIMENT_USAGE}\n`);
    return 2;
  }
  if (values.help) {
    io.out(`${EXPERIMENT_USAGE}\n`);
    return 0;
  }
  const ns = parseNs(values.n);
  if (typeof ns === 'string') {
    io.err(`${ns}\n\n${EXPERIMENT_USAGE}\n`);
    return 2;
  }
  const runs: ExperimentResult[] = [];
  const seconds: number[] = [];
  for (const n of ns) {
    io.err(`${experimentMessages.training(n)}\n`);
    const start = io.now();
    runs.push(runExperiment({ ...EXPERIMENT_DEFAULTS, n }));
    seconds.push((io.now() - start) / 1000);
  }
  const command = `npm run experiment -- --n ${ns.join(',')}`;
  const file = experimentResultsFile(runs, command);
  io.out(experimentTable(file, seconds));
  io.err(`${experimentMessages.wrote(io.writeResults(`${JSON.stringify(file, null, 2)}\n`))}\n`);
  return 0;
}
