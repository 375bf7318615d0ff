// Who runs the experiment for the figure: a module worker (experiment.worker.ts), started on the
// first Start, so neither the worker nor the engine's training code loads before the learner asks.
// The figure takes any ExperimentRunner, so its tests can drive it with a fake.
import { experimentMessages as m } from '../../../../content/self-attention/figureMessages/experiment';
import type { ExperimentReply, ExperimentRequest } from './experimentProtocol';

export interface ExperimentRunner {
  /** Everything the worker says goes to `listener`, errors included (as `kind: 'error'`). */
  readonly send: (request: ExperimentRequest) => void;
  readonly listen: (listener: (reply: ExperimentReply) => void) => void;
  /** Stops the worker for good (the figure is gone). */
  readonly dispose: () => void;
}

export function workerRunner(): ExperimentRunner {
  let worker: Worker | null = null;
  let listener: (reply: ExperimentReply) => void = () => {};
  const fail = (message: string) => {
    worker?.terminate();
    worker = null;
    listener({ kind: 'error', message });
  };
  const started = (): Worker | null => {
    if (worker) return worker;
    if (typeof Worker === 'undefined') {
      fail(m.noWorker);
      return null;
    }
    try {
      worker = new Worker(new URL('./experiment.worker.ts', import.meta.url), { type: 'module' });
    } catch (error) {
      fail(m.workerFailed(error instanceof Error ? error.message : String(error)));
      return null;
    }
    worker.onmessage = (event: MessageEvent<ExperimentReply>) => {
      listener(event.data);
    };
    worker.onerror = (event) => {
      // The worker could not load, or threw outside its own error handling.
      event.preventDefault();
      fail(m.workerFailed(event.message || m.workerDidNotLoad));
    };
    worker.onmessageerror = () => {
      fail(m.workerFailed(m.unreadableMessage));
    };
    return worker;
  };
  return {
    send(request) {
      // Nothing to pause, resume or reset before the first start: no worker is loaded for that.
      if (!worker && request.kind !== 'start') return;
      started()?.postMessage(request);
    },
    listen(next) {
      listener = next;
    },
    dispose() {
      worker?.terminate();
      worker = null;
    },
  };
}
