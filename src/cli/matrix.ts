// `attention-matrix "The cat sat down" [--format table|csv|json] [--causal] [--temperature T]`:
// the numbers the page shows, from the same engine, rule and word table.
import { parseArgs } from 'node:util';
import ruleJson from '../../content/self-attention/attention-rule.json';
import { inputProblems } from '../app/messages';
import { weightsCsv, weightsJson, weightsTable } from '../app/matrixExport';
import tableJson from '../data/word-classes.json';
import { parseAttentionRule } from '../engine/attentionRule';
import { lessonAttention } from '../engine/lessonAttention';
import { parseWordTable } from '../engine/wordFeatures';

export const USAGE = `Usage: attention-matrix "<sentence>" [--format table|csv|json] [--causal] [--temperature T]

Prints the lesson's attention weights for a sentence: rows are queries, columns keys.
  --format       table (default: two decimals, as on the page), csv or json (full precision)
  --causal       each token sees only itself and earlier tokens
  --temperature  sharpness, a number > 0 (default 1; below 1 sharpens, above 1 flattens)`;

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
}

/** Returns the exit code: 0 done, 2 bad arguments or an unusable sentence. */
export function runCli(argv: readonly string[], io: CliIo): number {
  let parsed;
  try {
    parsed = parseArgs({
      args: [...argv],
      allowPositionals: true,
      options: {
        format: { type: 'string', default: 'table' },
        causal: { type: 'boolean', default: false },
        temperature: { type: 'string', default: '1' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.err(`${error instanceof Error ? error.message : String(error)}\n\n${USAGE}\n`);
    return 2;
  }
  const { values, positionals } = parsed;
  if (values.help) {
    io.out(`${USAGE}\n`);
    return 0;
  }
  const usageError = (message: string) => {
    io.err(`${message}\n\n${USAGE}\n`);
    return 2;
  };
  if (positionals.length !== 1) return usageError('Give exactly one sentence, in quotes.');
  const sentence = positionals[0] ?? '';
  const format = values.format;
  if (format !== 'table' && format !== 'csv' && format !== 'json') {
    return usageError(`Unknown format "${format}": use table, csv or json.`);
  }
  const temperature = Number(values.temperature);
  if (!Number.isFinite(temperature) || temperature <= 0) {
    return usageError(
      `The temperature must be a number greater than 0, not "${values.temperature}".`,
    );
  }

  const result = lessonAttention(
    sentence,
    parseWordTable(tableJson),
    parseAttentionRule(ruleJson),
    {
      causal: values.causal,
      temperature,
    },
  );
  const problems = inputProblems(result);
  if (result.tokens.length === 0) return usageError(problems.join(' '));
  for (const problem of problems) io.err(`Note: ${problem}\n`);
  const settings = { sentence, causal: values.causal, temperature };
  io.out(
    format === 'csv'
      ? weightsCsv(result)
      : format === 'json'
        ? weightsJson(result, settings)
        : weightsTable(result),
  );
  return 0;
}
