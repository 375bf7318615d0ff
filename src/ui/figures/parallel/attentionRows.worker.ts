// One worker's share of attention: the rows [start, end) of the ready-made queries against every
// key (scores, scaling, softmax, weights·V; the projections are not timed, on either side).
// No row needs another row's result, which is why attention splits across cores. The inputs
// arrive once ("load"), so that a timed run ("rows") moves only its own output.
import { attendHead } from '../../../engine/attention';
import { matrix, type Matrix } from '../../../engine/matrix';

export type WorkerRequest =
  | {
      readonly kind: 'load';
      readonly n: number;
      readonly d: number;
      readonly queries: Float64Array;
      readonly keys: Float64Array;
      readonly values: Float64Array;
    }
  | { readonly kind: 'rows'; readonly job: number; readonly start: number; readonly end: number };

export type WorkerReply =
  | { readonly kind: 'loaded' }
  | {
      readonly kind: 'rows';
      readonly job: number;
      readonly start: number;
      /** (end − start) × d output rows. */
      readonly output: Float64Array;
    };

let inputs: { queries: Matrix; keys: Matrix; values: Matrix } | null = null;

self.onmessage = (event: MessageEvent<WorkerRequest>) => {
  const request = event.data;
  if (request.kind === 'load') {
    const { n, d } = request;
    inputs = {
      queries: matrix(n, d, request.queries),
      keys: matrix(n, d, request.keys),
      values: matrix(n, d, request.values),
    };
    self.postMessage({ kind: 'loaded' } satisfies WorkerReply);
    return;
  }
  if (!inputs) throw new Error('rows requested before the inputs were loaded');
  const { job, start, end } = request;
  const d = inputs.queries.cols;
  const rows = matrix(end - start, d, inputs.queries.data.subarray(start * d, end * d));
  const head = attendHead(rows, inputs.keys, inputs.values);
  const reply: WorkerReply = { kind: 'rows', job, start, output: head.output.data };
  self.postMessage(reply, { transfer: [head.output.data.buffer] });
};
