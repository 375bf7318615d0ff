// The built command line runs under plain Node, with no loader, and prints the engine's numbers.
import { execFileSync, spawnSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { inputProblems } from '../src/app/messages';
import { MAX_TOKENS } from '../src/engine/tokenize';
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

describe('dist-cli/attention-matrix.js with real pipes', () => {
  it('exits quietly when the output pipe closes early (… | head -c 10)', () => {
    const words = Array.from({ length: MAX_TOKENS + 88 }, () => 'cat').join(' ');
    // 512 columns make a table far larger than the pipe's buffer, so the write meets EPIPE.
    const run = spawnSync(
      'bash',
      ['-c', `node ${CLI} "$0" | head -c 10 >/dev/null; exit \${PIPESTATUS[0]}`, words],
      { encoding: 'utf8' },
    );
    expect(run.stderr).not.toContain('EPIPE');
    // The same note the page gives a sentence cut to the token limit.
    const [cut] = inputProblems({ tokens: ['cat'], truncated: true, ignored: [], embeddings: [] });
    expect(run.stderr).toBe(`Note: ${cut ?? ''}\n`);
    expect(run.stderr).toContain(`first ${MAX_TOKENS} words`);
    expect(run.status).toBe(0);
  });

  it('reads the sentence from stdin when none is given, or with -', () => {
    const expected = execFileSync('node', [CLI, 'The cat sat down', '--format', 'csv'], {
      encoding: 'utf8',
    });
    for (const args of [
      ['--format', 'csv'],
      ['-', '--format', 'csv'],
    ]) {
      const run = spawnSync('node', [CLI, ...args], {
        input: 'The cat sat down\n',
        encoding: 'utf8',
      });
      expect(run.stdout, args.join(' ')).toBe(expected);
      expect(run.status).toBe(0);
    }
  });

  it('stops reading an endless stdin once it has the words it can use', () => {
    const run = spawnSync('bash', ['-c', `yes cat | node ${CLI} --format json`], {
      encoding: 'utf8',
      timeout: 20_000,
      // 512 × 512 weights at full precision.
      maxBuffer: 64 * 1024 * 1024,
    });
    expect(run.status).toBe(0);
    expect((JSON.parse(run.stdout) as { tokens: string[] }).tokens).toHaveLength(MAX_TOKENS);
    expect(run.stderr).toContain('standard input holds more, and the rest was not read');
  });
});
