// The experiment off the page's thread: one run (one n, both models) at a time. Steps run in
// slices of about SLICE_MS; between slices the worker yields through a MessageChannel (no 4 ms
// timer clamp), so pause, resume and reset are seen within one slice.
import { createExperiment, type Experiment } from '../../../engine/experiment/experiment';
import {
  curveThinner,
  stepsPerPoint,
  type CurvePoint,
  type ExperimentReply,
  type ExperimentRequest,
} from './experimentProtocol';

const SLICE_MS = 40;
const PROGRESS_MS = 100;

interface Run {
  readonly id: number;
  readonly experiment: Experiment;
  readonly untrainedInfluence: number[];
  readonly thin: (step: CurvePoint) => CurvePoint | null;
  pending: CurvePoint[];
  paused: boolean;
  lastPost: number;
  /** Milliseconds spent stepping and evaluating. */
  busyMs: number;
}

let run: Run | null = null;
let nextId = 0;
const post = (reply: ExperimentReply) => {
  self.postMessage(reply);
};

const channel = new MessageChannel();
let scheduled = false;
channel.port1.onmessage = () => {
  scheduled = false;
  slice();
};
function schedule() {
  if (scheduled) return;
  scheduled = true;
  channel.port2.postMessage(null);
}

function postProgress(current: Run) {
  const { experiment } = current;
  post({
    kind: 'progress',
    n: experiment.settings.n,
    step: experiment.stepsDone(),
    steps: experiment.settings.steps,
    points: current.pending,
  });
  current.pending = [];
  current.lastPost = performance.now();
}

function finish(current: Run) {
  post({ kind: 'evaluating' });
  const start = performance.now();
  const { experiment } = current;
  const evaluation = experiment.evaluate();
  const example = experiment.example();
  const attentionRow = [...experiment.attentionRow()];
  const trainedInfluence = [...experiment.rnnFirstTokenInfluence().log10Norms];
  current.busyMs += performance.now() - start;
  post({
    kind: 'result',
    settings: { ...experiment.settings },
    parameterCounts: { ...experiment.parameterCounts },
    evaluation: { ...evaluation },
    exampleTokens: [...example.tokens],
    exampleTarget: example.target,
    attentionRow,
    untrainedInfluence: current.untrainedInfluence,
    trainedInfluence,
    trainingMs: current.busyMs,
  });
  run = null;
}

function slice() {
  const current = run;
  if (!current || current.paused) return;
  const id = current.id;
  try {
    const { experiment } = current;
    const { steps } = experiment.settings;
    const start = performance.now();
    while (experiment.stepsDone() < steps && performance.now() - start < SLICE_MS) {
      const point = current.thin(experiment.step());
      if (point) current.pending.push(point);
    }
    current.busyMs += performance.now() - start;
    const done = experiment.stepsDone() >= steps;
    if (done || performance.now() - current.lastPost >= PROGRESS_MS) postProgress(current);
    if (done) finish(current);
    else if (run?.id === id) schedule();
  } catch (error) {
    run = null;
    post({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
}

function start(n: number) {
  const experiment = createExperiment({ n });
  const started = performance.now();
  // The RNN as it starts, before any step: the curve Step 2 measures for an untrained RNN.
  const untrainedInfluence = [...experiment.rnnFirstTokenInfluence().log10Norms];
  const { steps } = experiment.settings;
  run = {
    id: ++nextId,
    experiment,
    untrainedInfluence,
    thin: curveThinner(stepsPerPoint(steps), steps),
    pending: [],
    paused: false,
    lastPost: performance.now(),
    busyMs: performance.now() - started,
  };
  post({ kind: 'started', n, steps });
  schedule();
}

self.onmessage = (event: MessageEvent<ExperimentRequest>) => {
  const request = event.data;
  try {
    switch (request.kind) {
      case 'start':
        start(request.n);
        return;
      case 'pause':
        if (run && !run.paused) {
          run.paused = true;
          postProgress(run);
          post({ kind: 'paused', step: run.experiment.stepsDone() });
        }
        return;
      case 'resume':
        if (run?.paused) {
          run.paused = false;
          post({ kind: 'resumed', step: run.experiment.stepsDone() });
          schedule();
        }
        return;
      case 'reset':
        run = null;
        return;
    }
  } catch (error) {
    run = null;
    post({ kind: 'error', message: error instanceof Error ? error.message : String(error) });
  }
};
