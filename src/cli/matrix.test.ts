import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import ruleJson from '../../content/self-attention/attention-rule.json';
import { formatWeight } from '../app/numberFormat';
import tableJson from '../data/word-classes.json';
import { parseAttentionRule } from '../engine/attentionRule';
import { lessonAttention } from '../engine/lessonAttention';
import { toRows } from '../engine/matrix';
import { parseTinyModel } from '../engine/modelFile';
import { encodeSentence, runTinyModel } from '../engine/transformer';
import { parseWordTable } from '../engine/wordFeatures';
import { runCli } from './matrix';

const modelFolder = new URL('../../public/models/brown-tiny/', import.meta.url);

function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = runCli(argv, { out: (t) => (out += t), err: (t) => (err += t), modelFolder });
  return { code, out, err };
}

const engineWeights = (sentence: string, options = {}) => {
  const result = lessonAttention(
    sentence,
    parseWordTable(tableJson),
    parseAttentionRule(ruleJson),
    options,
  );
  return toRows(result.attention.heads[0]?.weights ?? result.x);
};

describe('the attention-matrix command line', () => {
  it('prints the page’s two-decimal table, from the engine', () => {
    const { code, out } = run('The cat sat down');
    expect(code).toBe(0);
    const lines = out.trim().split('\n');
    expect(lines[0]?.trim().split(/\s+/)).toEqual(['The', 'cat', 'sat', 'down', 'sum']);
    const weights = engineWeights('The cat sat down');
    lines.slice(1).forEach((line, i) => {
      const cells = line.trim().split(/\s+/);
      expect(cells.slice(1, 5)).toEqual(weights[i]?.map(formatWeight));
      expect(cells[5]).toBe('1.00');
    });
  });

  it('prints full-precision CSV and JSON with the causal mask and temperature applied', () => {
    const options = { causal: true, temperature: 0.5 };
    const csv = run('The cat sat down', '--format', 'csv', '--causal', '--temperature', '0.5');
    const weights = engineWeights('The cat sat down', options);
    const rows = csv.out
      .trim()
      .split('\n')
      .slice(1)
      .map((l) => l.split(',').slice(1, 5).map(Number));
    expect(rows).toEqual(weights);
    const json = JSON.parse(
      run('The cat sat down', '--format=json', '--causal', '--temperature=0.5').out,
    ) as {
      weights: number[][];
      causal: boolean;
    };
    expect(json.weights).toEqual(weights);
    expect(json.causal).toBe(true);
  });

  it('marks unknown words and notes what it left out', () => {
    const { code, out, err } = run('The zyxwv sat!');
    expect(code).toBe(0);
    expect(out.split('\n')[0]).toContain('zyxwv*');
    expect(err).toMatch(/Not words, so left out: !/);
  });

  it('prints a trained head’s causal weights from the engine’s forward pass', () => {
    const model = parseTinyModel(
      JSON.parse(readFileSync(new URL('model.json', modelFolder), 'utf8')) as unknown,
      new Uint8Array(readFileSync(new URL('weights.bin', modelFolder))).buffer,
    );
    const ids = encodeSentence(model, 'The jury said it').ids;
    const expected = toRows(
      runTinyModel(model, ids).layers[1]?.heads[2]?.weights ?? model.tokenEmbedding,
    );
    const json = JSON.parse(
      run(
        'The jury said it',
        '--model',
        'trained',
        '--layer',
        '2',
        '--head',
        '3',
        '--format',
        'json',
      ).out,
    ) as { weights: number[][]; tokens: string[]; causal: boolean };
    expect(json.tokens).toEqual(['<bos>', 'The', 'jury', 'said', 'it']);
    expect(json.weights).toEqual(expected);
    expect(json.causal).toBe(true);
    expect(json.weights[0]?.slice(1).every((w) => w === 0)).toBe(true);
    for (const bad of [
      ['--layer', '3'],
      ['--head', '0'],
      ['--temperature', '2'],
      ['--model', 'gpt'],
    ]) {
      expect(run('x', '--model', 'trained', ...bad).code, bad.join(' ')).toBe(2);
    }
  });

  it('answers bad arguments with the usage and exit code 2', () => {
    for (const argv of [
      [],
      ['a', 'b'],
      ['x', '--format', 'xml'],
      ['x', '--temperature', '0'],
      ['x', '--temperature', 'hot'],
      ['x', '--bogus'],
      ['?!'],
    ]) {
      const { code, err } = run(...argv);
      expect(code, argv.join(' ')).toBe(2);
      expect(err).toContain('Usage: attention-matrix');
    }
    expect(run('--help').code).toBe(0);
  });
});
