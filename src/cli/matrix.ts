// `attention-matrix "The cat sat down" [--format table|csv|json] [--causal] [--temperature T]`:
// the numbers the page shows, from the same engine, rule and word table. The sentence may also
// come on standard input (./readSentence); the messages are in ./messages.
import { fileURLToPath } from 'node:url';
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
import { MAX_TOKENS } from '../engine/tokenize';
import { encodeSentence, runTinyModel } from '../engine/transformer';
import { parseWordTable } from '../engine/wordFeatures';
import { loadModel } from './loadModel';
import { cliMessages, MIN_TEMPERATURE, echoed, USAGE } from './messages';
import { readSentence, type StdinSource } from './readSentence';

export interface CliIo {
  out: (text: string) => void;
  err: (text: string) => void;
  /** The folder holding the trained model's model.json and weights.bin. */
  modelFolder: URL;
  /** Where a sentence is read when none is given; without it, one must be given. */
  stdin?: StdinSource;
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
        // No defaults: given with the rule model, they are an error, not ignored.
        layer: { type: 'string' },
        head: { type: 'string' },
        help: { type: 'boolean', short: 'h', default: false },
      },
    });
  } catch (error) {
    io.err(`${echoed(error instanceof Error ? error.message : String(error))}\n\n${USAGE}\n`);
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
  const fromStdin =
    positionals.length === 0 ? io.stdin !== undefined && !io.stdin.isTTY : positionals[0] === '-';
  if (positionals.length > 1 || (positionals.length === 0 && !fromStdin)) {
    return usageError(cliMessages.oneSentence);
  }
  const format = values.format;
  if (format !== 'table' && format !== 'csv' && format !== 'json') {
    return usageError(cliMessages.unknownFormat(format));
  }
  const temperature = Number(values.temperature);
  if (!Number.isFinite(temperature) || temperature <= 0) {
    return usageError(cliMessages.temperatureNotPositive(values.temperature));
  }
  // A subnormal T passes "> 0" but 1/T overflows, and the engine refuses it.
  if (temperature < MIN_TEMPERATURE) {
    return usageError(cliMessages.temperatureTooSmall(values.temperature));
  }
  if (values.model !== 'rule' && values.model !== 'trained') {
    return usageError(cliMessages.unknownModel(values.model));
  }
  if (values.model === 'rule' && (values.layer !== undefined || values.head !== undefined)) {
    return usageError(cliMessages.layerHeadNeedTrained);
  }
  if (values.model === 'trained' && values.temperature !== '1') {
    return usageError(cliMessages.trainedHasNoTemperature);
  }
  const loaded = values.model === 'trained' ? loadModel(io.modelFolder) : undefined;
  if (loaded && 'problem' in loaded) {
    io.err(`${loaded.problem}\n`);
    return 2;
  }
  const model = loaded?.model;
  const layerText = values.layer ?? '1';
  const headText = values.head ?? '1';
  const layer = Number(layerText);
  const head = Number(headText);
  if (model && (!Number.isInteger(layer) || layer < 1 || layer > model.config.layers)) {
    return usageError(cliMessages.layerRange(layerText, model.config.layers));
  }
  if (model && (!Number.isInteger(head) || head < 1 || head > model.config.heads)) {
    return usageError(cliMessages.headRange(headText, model.config.heads));
  }

  let sentence = positionals[0] ?? '';
  if (fromStdin && io.stdin) {
    const limit = model ? model.config.contextLength - 1 : MAX_TOKENS;
    let read;
    try {
      read = readSentence(io.stdin, limit);
    } catch (error) {
      const code = (error as NodeJS.ErrnoException | undefined)?.code;
      io.err(`${cliMessages.stdinUnreadable(code ?? echoed(String(error)))}\n`);
      return 2;
    }
    sentence = read.text;
    if (read.cut === 'words') io.err(cliMessages.stdinCutAtWords(limit));
    if (read.cut === 'size') io.err(cliMessages.stdinCutAtSize);
  }

  let settings = { sentence, causal: values.causal, temperature, model: RULE_MODEL };
  let matrix: MatrixForExport;
  if (model) {
    const encoded = encodeSentence(model, sentence);
    if (encoded.tokens.length === 0) return usageError(cliMessages.noWords);
    const chosen = runTinyModel(model, encoded.ids).layers[layer - 1]?.heads[head - 1];
    if (!chosen) return usageError('No such head.');
    // Weights holding NaN or ±Infinity give no attention to print.
    if (!chosen.weights.data.every(Number.isFinite)) {
      io.err(
        `${cliMessages.modelUnusable(fileURLToPath(new URL('weights.bin', io.modelFolder)), cliMessages.notFinite)}\n`,
      );
      return 2;
    }
    matrix = {
      words: ['<bos>', ...encoded.tokens.map((t) => t.text)],
      known: encoded.ids.map((id) => id !== model.unkId),
      weights: chosen.weights,
      scores: chosen.scores,
    };
    if (encoded.unknown.length > 0)
      io.err(cliMessages.unknownWords(encoded.unknown.map((t) => t.text)));
    if (encoded.dropped > 0) io.err(cliMessages.wordsCut(encoded.dropped));
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
    if (result.tokens.length === 0) return usageError(echoed(problems.join(' ')));
    for (const problem of problems) io.err(`Note: ${echoed(problem)}\n`);
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
