// `attention-matrix "The cat sat down" [--format table|csv|json] [--causal] [--temperature T]`:
// the numbers the page shows, from the same engine, rule and word table.
import { readFileSync } from 'node:fs';
import { parseArgs } from 'node:util';
import ruleJson from '../../content/self-attention/attention-rule.json';
import { inputProblems } from '../app/messages';
import {
  lessonMatrix,
  RULE_MODEL,
  weightsCsv,
  weightsJson,
  weightsTable,
  type MatrixForExport,
} from '../app/export/matrixExport';
import tableJson from '../data/word-classes.json';
import { parseAttentionRule } from '../engine/attentionRule';
import { lessonAttention } from '../engine/lessonAttention';
import { parseTinyModel } from '../engine/modelFile';
import { encodeSentence, runTinyModel } from '../engine/transformer';
import { parseWordTable } from '../engine/wordFeatures';

export const USAGE = `Usage: attention-matrix "<sentence>" [--format table|csv|json] [--causal] [--temperature T]
       attention-matrix "<sentence>" --model trained [--layer L] [--head H] [--format ...]

Prints the lesson's attention weights for a sentence: rows are queries, columns keys.
  --format       table (default: two decimals, as on the page), csv or json (full precision)
  --model        rule (default: the teaching rule) or trained (the tiny transformer)
  --causal       each token sees only itself and earlier tokens (always on for trained)
  --temperature  sharpness, a number > 0 (default 1; below 1 sharpens, above 1 flattens)
  --layer, --head  which head of the trained model (from 1; default 1 and 1)`;

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** The folder holding the trained model's model.json and weights.bin. */
  modelFolder: URL;
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
        model: { type: 'string', default: 'rule' },
        layer: { type: 'string', default: '1' },
        head: { type: 'string', default: '1' },
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

  if (values.model !== 'rule' && values.model !== 'trained') {
    return usageError(`Unknown model "${values.model}": use rule or trained.`);
  }
  let settings = { sentence, causal: values.causal, temperature, model: RULE_MODEL };
  let matrix: MatrixForExport;
  if (values.model === 'trained') {
    if (values.temperature !== '1') {
      return usageError('The trained model has no temperature: its weights are what it learned.');
    }
    const model = parseTinyModel(
      JSON.parse(readFileSync(new URL('model.json', io.modelFolder), 'utf8')) as unknown,
      new Uint8Array(readFileSync(new URL('weights.bin', io.modelFolder))).buffer,
    );
    const layer = Number(values.layer);
    const head = Number(values.head);
    if (!Number.isInteger(layer) || layer < 1 || layer > model.config.layers) {
      return usageError(`--layer must be a whole number from 1 to ${model.config.layers}.`);
    }
    if (!Number.isInteger(head) || head < 1 || head > model.config.heads) {
      return usageError(`--head must be a whole number from 1 to ${model.config.heads}.`);
    }
    const encoded = encodeSentence(model, sentence);
    if (encoded.tokens.length === 0) return usageError('The sentence has no words to attend to.');
    const chosen = runTinyModel(model, encoded.ids).layers[layer - 1]?.heads[head - 1];
    if (!chosen) return usageError('No such head.');
    matrix = {
      words: ['<bos>', ...encoded.tokens.map((t) => t.text)],
      known: encoded.ids.map((id) => id !== model.unkId),
      weights: chosen.weights,
      scores: chosen.scores,
    };
    if (encoded.unknown.length > 0) {
      io.err(`Note: read as <unk> (marked *): ${encoded.unknown.map((t) => t.text).join(', ')}\n`);
    }
    if (encoded.dropped > 0) io.err(`Note: the last ${encoded.dropped} words were cut.\n`);
    settings = {
      ...settings,
      causal: true,
      model: `trained: layer ${layer}, head ${head} of public/models/brown-tiny`,
    };
  } else {
    const result = lessonAttention(
      sentence,
      parseWordTable(tableJson),
      parseAttentionRule(ruleJson),
      { causal: values.causal, temperature },
    );
    const problems = inputProblems(result);
    if (result.tokens.length === 0) return usageError(problems.join(' '));
    for (const problem of problems) io.err(`Note: ${problem}\n`);
    matrix = lessonMatrix(result);
  }
  io.out(
    format === 'csv'
      ? weightsCsv(matrix)
      : format === 'json'
        ? weightsJson(matrix, settings)
        : weightsTable(matrix),
  );
  return 0;
}
