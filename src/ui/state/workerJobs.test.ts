import { afterEach, describe, expect, it, vi } from 'vitest';
import { serveJobs, workerRunner } from './workerJobs';

/** A stand-in for a module worker: answers with `reply`, or fails to load when `reply` is null. */
function fakeWorker(reply: ((input: number) => number) | null) {
  const posted: unknown[] = [];
  const worker = {
    onmessage: null as ((event: { data: unknown }) => void) | null,
    onerror: null as ((event: { preventDefault: () => void }) => void) | null,
    terminated: false,
    postMessage(message: { id: number; input: number }) {
      posted.push(message);
      setTimeout(() => {
        if (reply === null) worker.onerror?.({ preventDefault: () => undefined });
        else worker.onmessage?.({ data: { id: message.id, output: reply(message.input) } });
      }, 0);
    },
    terminate() {
      worker.terminated = true;
    },
  };
  return { worker, posted };
}

afterEach(() => {
  vi.unstubAllGlobals();
});

describe('workerRunner', () => {
  it('runs a job in the worker, started by the first job only', async () => {
    vi.stubGlobal('Worker', vi.fn());
    const { worker, posted } = fakeWorker((n) => n * 10);
    const start = vi.fn(() => worker as unknown as Worker);
    const here = vi.fn((n: number) => n + 1);
    const run = workerRunner(start, here);
    expect(start).not.toHaveBeenCalled();
    await expect(run(4)).resolves.toBe(40);
    await expect(run(5)).resolves.toBe(50);
    expect(start).toHaveBeenCalledTimes(1);
    expect(posted).toEqual([
      { id: 1, input: 4 },
      { id: 2, input: 5 },
    ]);
    expect(here).not.toHaveBeenCalled();
  });

  it('computes here where there is no Worker', async () => {
    vi.stubGlobal('Worker', undefined);
    const start = vi.fn(() => fakeWorker((n) => n).worker as unknown as Worker);
    const run = workerRunner(start, (n: number) => n + 1);
    await expect(run(4)).resolves.toBe(5);
    expect(start).not.toHaveBeenCalled();
  });

  it('answers here, and stays here, once the worker fails', async () => {
    vi.stubGlobal('Worker', vi.fn());
    const { worker } = fakeWorker(null);
    const start = vi.fn(() => worker as unknown as Worker);
    const run = workerRunner(start, (n: number) => n + 1);
    await expect(run(4)).resolves.toBe(5);
    expect(worker.terminated).toBe(true);
    await expect(run(6)).resolves.toBe(7);
    expect(start).toHaveBeenCalledTimes(1);
  });

  it('passes on an error the computation itself throws', async () => {
    vi.stubGlobal('Worker', undefined);
    const run = workerRunner(
      () => {
        throw new Error('unused');
      },
      (): number => {
        throw new Error('no such length');
      },
    );
    await expect(run(1)).rejects.toThrow('no such length');
  });
});

describe('serveJobs', () => {
  it('answers each job by its id, handing over the buffers it names, and reports a throw', () => {
    const posted: unknown[][] = [];
    vi.stubGlobal('postMessage', (...args: unknown[]) => posted.push(args));
    serveJobs(
      (n: number) => {
        if (n < 0) throw new Error('negative');
        return new Float64Array([n, n * 2]);
      },
      (output) => [output.buffer],
    );
    const scope = globalThis as unknown as {
      onmessage: (event: { data: { id: number; input: number } }) => void;
    };
    scope.onmessage({ data: { id: 7, input: 3 } });
    scope.onmessage({ data: { id: 8, input: -1 } });
    const [first, second] = posted;
    const output = new Float64Array([3, 6]);
    expect(first).toEqual([{ id: 7, output }, [output.buffer]]);
    expect(second).toEqual([{ id: 8, error: 'Error: negative' }, []]);
    Reflect.deleteProperty(globalThis, 'onmessage');
  });
});
