// Runs slow jobs one at a time and keeps only the newest: while one job runs, a new one replaces
// any job still waiting, and a finished job's result is delivered only if no newer job was
// submitted (or cancelled) since. A burst of key presses is then one job running and one waiting,
// never a queue, and the page never shows a sentence older than one it has already shown.

export interface LatestWins<I> {
  /** Runs `input` as soon as the running job (if any) has finished; supersedes earlier inputs. */
  submit(input: I): void;
  /** Drops the waiting job and makes the running one's result stale (e.g. a newer answer came by another way). */
  cancel(): void;
}

export function latestWins<I, O>(
  run: (input: I) => Promise<O>,
  deliver: (output: O, input: I) => void,
  fail: (error: unknown, input: I) => void,
): LatestWins<I> {
  let latest = 0;
  let running = false;
  let waiting: { readonly id: number; readonly input: I } | null = null;

  async function pump(): Promise<void> {
    if (running || waiting === null) return;
    const job = waiting;
    waiting = null;
    running = true;
    try {
      const output = await run(job.input);
      if (job.id === latest) deliver(output, job.input);
    } catch (error) {
      if (job.id === latest) fail(error, job.input);
    } finally {
      running = false;
      void pump();
    }
  }

  return {
    submit(input) {
      latest += 1;
      waiting = { id: latest, input };
      void pump();
    },
    cancel() {
      latest += 1;
      waiting = null;
    },
  };
}
