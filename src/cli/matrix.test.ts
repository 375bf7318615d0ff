import { describe, expect, it } from 'vitest';
import ruleJson from '../../content/self-attention/attention-rule.json';
import { formatWeight } from '../app/matrixExport';
import tableJson from '../data/word-classes.json';
import { parseAttentionRule } from '../engine/attentionRule';
import { lessonAttention } from '../engine/lessonAttention';
import { toRows } from '../engine/matrix';
import { parseWordTable } from '../engine/wordFeatures';
import { runCli } from './matrix';

function run(...argv: string[]) {
  let out = '';
  let err = '';
  const code = runCli(argv, { out: (t) => (out += t), err: (t) => (err += t) });
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
