// The built command line runs under plain Node, with no loader, and prints the engine's numbers.
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import ruleJson from '../content/self-attention/attention-rule.json';
import tableJson from '../src/data/word-classes.json';
import { parseAttentionRule } from '../src/engine/attentionRule';
import { lessonAttention } from '../src/engine/lessonAttention';
import { toRows } from '../src/engine/matrix';
import { parseWordTable } from '../src/engine/wordFeatures';

const CLI = 'dist-cli/attention-matrix.js';

describe('dist-cli/attention-matrix.js', () => {
  it('prints the same weights as the engine', () => {
    const out = execFileSync('node', [CLI, 'The cat sat down', '--format', 'json'], {
      encoding: 'utf8',
    });
    const result = lessonAttention(
      'The cat sat down',
      parseWordTable(tableJson),
      parseAttentionRule(ruleJson),
    );
    expect((JSON.parse(out) as { weights: number[][] }).weights).toEqual(
      toRows(result.attention.heads[0]?.weights ?? result.x),
    );
  });

  it('exits with 2 and the usage on bad arguments', () => {
    const run = spawnSync('node', [CLI, '--format', 'yaml', 'x'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage: attention-matrix');
  });
});
