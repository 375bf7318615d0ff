// The built command line runs under plain Node, with no loader, and prints the engine's numbers.
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { engineWeights } from './engineNumbers';

const CLI = 'dist-cli/attention-matrix.js';

describe('dist-cli/attention-matrix.js', () => {
  it('prints the same weights as the engine', () => {
    const out = execFileSync('node', [CLI, 'The cat sat down', '--format', 'json'], {
      encoding: 'utf8',
    });
    expect((JSON.parse(out) as { weights: number[][] }).weights).toEqual(
      engineWeights('The cat sat down'),
    );
  });

  it('exits with 2 and the usage on bad arguments', () => {
    const run = spawnSync('node', [CLI, '--format', 'yaml', 'x'], { encoding: 'utf8' });
    expect(run.status).toBe(2);
    expect(run.stderr).toContain('Usage: attention-matrix');
  });
});
