// The corpus word table (about 65 kB gzip) loads when a figure first needs it, not on first paint,
// and is read in a worker (wordTable.worker.ts) so the page stays responsive while it is parsed.
// Where there is no Worker (the unit tests in Node), it is parsed here, with the same function.
import { parseWordTable, type WordTable } from '../../engine/wordFeatures';
import { unpackWordTable } from './wordTablePacking';
import type { WordTableReply } from './wordTable.worker';

let pending: Promise<WordTable> | undefined;

export function loadWordTable(): Promise<WordTable> {
  pending ??= typeof Worker === 'function' ? parseInWorker() : parseHere();
  // A failed load may be a passing network fault: let the next call try again.
  pending.catch(() => (pending = undefined));
  return pending;
}

function parseHere(): Promise<WordTable> {
  return import('../../data/word-classes.json').then((module) => parseWordTable(module.default));
}

function parseInWorker(): Promise<WordTable> {
  return new Promise((resolve, reject) => {
    const worker = new Worker(new URL('./wordTable.worker.ts', import.meta.url), {
      type: 'module',
    });
    const finish = () => {
      worker.terminate();
    };
    worker.onmessage = (event: MessageEvent<WordTableReply>) => {
      finish();
      const reply = event.data;
      if (reply.ok) resolve(unpackWordTable(reply.table));
      else reject(new Error(reply.message));
    };
    // The worker's script could not load (offline, a fault on the way) or threw.
    worker.onerror = (event) => {
      finish();
      event.preventDefault();
      reject(new Error(event.message || 'The word table could not be loaded.'));
    };
  });
}
