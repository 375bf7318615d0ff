import { describe, expect, it } from 'vitest';
import { latestWins } from './latestWins';

/** A job runner whose jobs finish only when the test says so. */
function controlledRunner() {
  const started: { input: string; finish: (output: string) => void }[] = [];
  const run = (input: string) =>
    new Promise<string>((resolve) => {
      started.push({ input, finish: resolve });
    });
  return { started, run };
}

const settle = () => new Promise((resolve) => setTimeout(resolve, 0));

describe('latestWins', () => {
  it('runs one job at a time and, of those submitted meanwhile, only the newest', async () => {
    const { started, run } = controlledRunner();
    const delivered: string[] = [];
    const jobs = latestWins(
      run,
      (output) => delivered.push(output),
      () => undefined,
    );
    jobs.submit('a');
    jobs.submit('b');
    jobs.submit('c');
    await settle();
    expect(started.map((s) => s.input)).toEqual(['a']);
    started[0]?.finish('A');
    await settle();
    // 'b' was replaced by 'c' while 'a' ran; 'a' itself was stale by then.
    expect(started.map((s) => s.input)).toEqual(['a', 'c']);
    expect(delivered).toEqual([]);
    started[1]?.finish('C');
    await settle();
    expect(delivered).toEqual(['C']);
  });

  it('drops a result that finishes after a newer job was submitted or cancelled', async () => {
    const { started, run } = controlledRunner();
    const delivered: string[] = [];
    const jobs = latestWins(
      run,
      (output, input) => delivered.push(`${input}→${output}`),
      () => undefined,
    );
    jobs.submit('a');
    await settle();
    jobs.cancel();
    started[0]?.finish('A');
    await settle();
    expect(delivered).toEqual([]);
    jobs.submit('b');
    await settle();
    started[1]?.finish('B');
    await settle();
    expect(delivered).toEqual(['b→B']);
  });

  it('reports a failure only for the newest job, and keeps running after it', async () => {
    const failures: string[] = [];
    const delivered: string[] = [];
    let calls = 0;
    const jobs = latestWins(
      (input: string) => {
        calls += 1;
        return input === 'bad' ? Promise.reject(new Error('no')) : Promise.resolve(input);
      },
      (output) => delivered.push(output),
      (_, input) => failures.push(input),
    );
    jobs.submit('bad');
    await settle();
    jobs.submit('good');
    await settle();
    expect(failures).toEqual(['bad']);
    expect(delivered).toEqual(['good']);
    expect(calls).toBe(2);
  });
});
