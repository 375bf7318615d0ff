// A computation run in a module worker, with the same function on this thread as the fallback:
// where there is no Worker (tests, old browsers), or the worker fails to load or crashes. Each
// job is one message out and one back, matched by id. The worker's side is `serveJobs`.

export type JobRunner<I, O> = (input: I) => Promise<O>;

interface JobMessage<I> {
  readonly id: number;
  readonly input: I;
}
type ReplyMessage<O> =
  { readonly id: number; readonly output: O } | { readonly id: number; readonly error: string };

/**
 * Runs jobs in the worker `start` makes (called on the first job, so its code loads only then;
 * `start` must hold the `new Worker(new URL(…, import.meta.url))` itself for the bundler to find
 * the worker's file). Falls back to `here` for good once the worker cannot start or fails.
 */
export function workerRunner<I, O>(start: () => Worker, here: (input: I) => O): JobRunner<I, O> {
  let worker: Worker | null = null;
  let broken = typeof Worker === 'undefined';
  let nextId = 0;
  const waiting = new Map<number, { resolve: (o: O) => void; reject: (e: unknown) => void }>();
  const runHere = (input: I) => Promise.resolve().then(() => here(input));

  const started = (): Worker => {
    const made = start();
    made.onmessage = (event: MessageEvent<ReplyMessage<O>>) => {
      const reply = event.data;
      const job = waiting.get(reply.id);
      waiting.delete(reply.id);
      if ('error' in reply) job?.reject(new Error(reply.error));
      else job?.resolve(reply.output);
    };
    made.onerror = (event) => {
      event.preventDefault();
      broken = true;
      made.terminate();
      worker = null;
      for (const [, job] of waiting) job.reject(new Error('worker failed'));
      waiting.clear();
    };
    return made;
  };

  return async (input) => {
    if (broken) return runHere(input);
    try {
      worker ??= started();
    } catch {
      broken = true;
      return runHere(input);
    }
    const id = ++nextId;
    const running = worker;
    return new Promise<O>((resolve, reject) => {
      waiting.set(id, { resolve, reject });
      running.postMessage({ id, input } satisfies JobMessage<I>);
    }).catch(() => runHere(input));
  };
}

/**
 * The worker's side: answers each job with `compute`'s output, or the error it threw. `transfer`
 * names the output's buffers to hand over rather than copy (the worker keeps no use of them).
 */
export function serveJobs<O>(
  compute: (input: never) => O,
  transfer: (output: O) => Transferable[] = () => [],
): void {
  const scope = globalThis as unknown as {
    onmessage: ((event: MessageEvent<JobMessage<never>>) => void) | null;
    postMessage: (message: ReplyMessage<O>, transfer: Transferable[]) => void;
  };
  scope.onmessage = (event) => {
    const { id, input } = event.data;
    try {
      const output = compute(input);
      scope.postMessage({ id, output }, transfer(output));
    } catch (error) {
      scope.postMessage({ id, error: String(error) }, []);
    }
  };
}
