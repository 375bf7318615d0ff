// The command line's link to the real process: its output streams and standard input.
import { readSync } from 'node:fs';
import { isatty } from 'node:tty';
import type { CliIo } from './matrix';
import { cliMessages } from './messages';
import type { StdinSource } from './readSentence';

interface ErrorEmitter {
  on: (event: 'error', handler: (error: NodeJS.ErrnoException) => void) => unknown;
}

/**
 * A reader that stopped early (`attention-matrix … | head`) closes the pipe; the next write
 * fails with EPIPE. That is the reader's choice, not a fault: end quietly, as command-line
 * tools do. Any other write error is reported in one line.
 */
export function quietOnClosedPipe(
  stream: ErrorEmitter,
  exit: (code: number) => void,
  err: (text: string) => void,
): void {
  stream.on('error', (error) => {
    if (error.code !== 'EPIPE') err(cliMessages.writeFailed(error.code ?? error.message));
    exit(error.code === 'EPIPE' ? 0 : 1);
  });
}

const pause = (milliseconds: number) =>
  Atomics.wait(new Int32Array(new SharedArrayBuffer(4)), 0, 0, milliseconds);

/** File descriptor 0, read synchronously; a non-blocking pipe with nothing yet is waited on. */
const stdin: StdinSource = {
  isTTY: isatty(0),
  read(into) {
    for (;;) {
      try {
        return readSync(0, into, 0, into.length, null);
      } catch (error) {
        const code = (error as NodeJS.ErrnoException).code;
        if (code === 'EOF') return 0;
        if (code !== 'EAGAIN') throw error;
        pause(10);
      }
    }
  },
};

export function processIo(modelFolder: URL): CliIo {
  const err = (text: string) => void process.stderr.write(text);
  const exit = (code: number) => process.exit(code);
  quietOnClosedPipe(process.stdout, exit, err);
  quietOnClosedPipe(process.stderr, exit, () => {});
  return { out: (text) => void process.stdout.write(text), err, modelFolder, stdin };
}
