// Keeps a course platform told: each change of the lesson's report sends only the values that
// changed, then commits, as SCORM asks ("commit on each change"); the page's hide ends it.
import type { LessonCompletion, LessonStatus } from '../progress/completion';
import type { Progress } from '../progress/progressStore';
import type { Question } from '../quiz/quizTypes';
import type { LmsAdapter } from './lmsAdapter';
import { encodeSuspendData } from './suspendData';

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
