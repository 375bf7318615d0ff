// Keeps a course platform told: each change of the lesson's report sends only the values that
// changed, then commits, as SCORM asks ("commit on each change"); the page's hide ends it.
import type { LessonCompletion, LessonStatus } from '../progress/completion';
import type { Progress } from '../progress/progressStore';
import type { Question } from '../quiz/quizTypes';
import type { LmsAdapter, LmsLaunch } from './lmsAdapter';
import { decodeSuspendData, encodeSuspendData, type DecodedSuspendData } from './suspendData';

/** Where a launch starts: the progress to restore, what could not be read, and the saved place. */
export interface LmsResume extends DecodedSuspendData {
  /** The route saved last time, or null to stay where the page opened. */
  readonly location: string | null;
}

/**
 * A first launch ("ab-initio") starts afresh whatever the platform holds; a resume, or an LMS
 * that says neither, brings back the suspend data and the place.
 */
export function lmsResume(
  launch: LmsLaunch,
  questions: readonly Question[],
  stepCount: number,
): LmsResume {
  if (launch.entry === 'ab-initio') {
    return { progress: { visited: [], quiz: null }, problems: [], location: null };
  }
  const saved = decodeSuspendData(launch.suspendData, questions, stepCount);
  return { ...saved, location: launch.location === '' ? null : launch.location };
}

/** Everything the platform is told, derived from the progress and the one completion rule. */
export interface LmsReport {
  readonly location: string;
  readonly status: LessonStatus;
  readonly scorePercent: number | null;
  readonly doneSteps: number;
  readonly stepCount: number;
  readonly suspendData: string;
}

export function lmsReportOf(
  progress: Progress,
  completion: LessonCompletion,
  location: string,
  questions: readonly Question[],
  stepCount: number,
): LmsReport {
  return {
    location,
    status: completion.status,
    scorePercent: completion.scorePercent,
    doneSteps: completion.doneSteps.length,
    stepCount,
    suspendData: encodeSuspendData(progress, questions),
  };
}

export interface LmsSession {
  /** Sends what changed since the last report and commits; false if the platform refused any. */
  report(next: LmsReport): boolean;
  /** Commits and ends the session (the page is going); later reports are ignored. */
  end(): boolean;
}

export function lmsSession(adapter: LmsAdapter): LmsSession {
  let last: LmsReport | null = null;
  let ended = false;
  return {
    report(next) {
      if (ended) return true;
      const before = last;
      const changed = (key: keyof LmsReport) => !before || before[key] !== next[key];
      const sent: boolean[] = [];
      if (changed('location')) sent.push(adapter.setLocation(next.location));
      if (changed('status')) sent.push(adapter.setCompletion(next.status));
      // A blank score before any result is nothing to tell.
      if (changed('scorePercent') && (before || next.scorePercent !== null)) {
        sent.push(adapter.setScore(next.scorePercent));
      }
      if (changed('doneSteps') || changed('stepCount')) {
        sent.push(adapter.setProgress(next.doneSteps, next.stepCount));
      }
      if (changed('suspendData')) sent.push(adapter.setSuspendData(next.suspendData));
      last = next;
      if (sent.length === 0) return true;
      const committed = adapter.commit();
      return committed && sent.every(Boolean);
    },
    end() {
      if (ended) return true;
      ended = true;
      const committed = adapter.commit();
      return adapter.terminate() && committed;
    },
  };
}
