// What the lesson tells a course platform (an LMS), whichever standard carries it. Each backend
// maps these calls onto its own data model; `noLms` is the plain lesson, which tells no one.
import type { LessonStatus } from '../progress/completion';

/** What the platform handed over at launch. */
export interface LmsLaunch {
  /** SCORM 1.2's cmi.core.entry: "ab-initio" for a first launch, "resume" after a suspend. */
  readonly entry: 'ab-initio' | 'resume' | '';
  /** The route saved last time (cmi.core.lesson_location), or "". */
  readonly location: string;
  /** The saved progress (cmi.suspend_data), or "". */
  readonly suspendData: string;
}

/**
 * One course platform session. Every setter returns false when the platform refused the value;
 * nothing is kept until `commit`.
 */
export interface LmsAdapter {
  readonly backend: 'none' | 'scorm12';
  /** Null when there is no platform to talk to or it refused to start. */
  initialise(): LmsLaunch | null;
  /** Where the learner is: the step's route. */
  setLocation(location: string): boolean;
  /** Steps done of all; SCORM 1.2 has no element for it, so its backend keeps it to itself. */
  setProgress(doneSteps: number, stepCount: number): boolean;
  /** The first-try score as a percentage, or null while the quiz is not finished. */
  setScore(percent: number | null): boolean;
  setCompletion(status: LessonStatus): boolean;
  /** Step progress and quiz state, encoded by suspendData.ts. */
  setSuspendData(data: string): boolean;
  commit(): boolean;
  terminate(): boolean;
}

/** The plain lesson: no platform, nothing to tell. */
export const noLms: LmsAdapter = {
  backend: 'none',
  initialise: () => null,
  setLocation: () => true,
  setProgress: () => true,
  setScore: () => true,
  setCompletion: () => true,
  setSuspendData: () => true,
  commit: () => true,
  terminate: () => true,
};
