// Who computes Step 2's influence curves: a module worker, started by the first job (its code is a
// chunk of its own), or this thread where no worker can run.
import { workerRunner } from '../../state/workerJobs';
import { gradientCurves, type GradientCurves, type GradientJob } from './gradientCurves';

export const runGradientJob = workerRunner<GradientJob, GradientCurves>(
  () => new Worker(new URL('./gradientCurves.worker.ts', import.meta.url), { type: 'module' }),
  gradientCurves,
);
