// The lesson's state as SCORM 1.2's data model spells it. Pure: the backend sends these strings,
// and the tests read them without a platform.
import type { LessonStatus } from '../progress/completion';

/** SCORM 1.2's limit on cmi.suspend_data (CMIString4096). */
export const SUSPEND_DATA_LIMIT = 4096;
/** SCORM 1.2's limit on cmi.core.lesson_location (CMIString255). */
export const LOCATION_LIMIT = 255;

export type Scorm12Element =
  | 'cmi.core.lesson_location'
  | 'cmi.core.lesson_status'
  | 'cmi.core.exit'
  | 'cmi.core.score.raw'
  | 'cmi.core.score.min'
  | 'cmi.core.score.max'
  | 'cmi.suspend_data';

export type Scorm12Values = readonly (readonly [Scorm12Element, string])[];

/** Status as the rule gives it; exit stays "suspend" until the lesson is finished, so the LMS resumes it. */
export const scorm12Completion = (status: LessonStatus): Scorm12Values => [
  ['cmi.core.lesson_status', status],
  ['cmi.core.exit', status === 'incomplete' ? 'suspend' : ''],
];

/** The first-try percentage out of 0 to 100; blank again once a retake clears the result. */
export const scorm12Score = (percent: number | null): Scorm12Values =>
  percent === null
    ? [['cmi.core.score.raw', '']]
    : [
        ['cmi.core.score.min', '0'],
        ['cmi.core.score.max', '100'],
        ['cmi.core.score.raw', String(Math.min(100, Math.max(0, percent)))],
      ];

/** A location longer than SCORM 1.2 allows is not sent (a route never is). */
export const scorm12Location = (location: string): Scorm12Values =>
  location.length <= LOCATION_LIMIT ? [['cmi.core.lesson_location', location]] : [];

/** Suspend data beyond 4,096 characters is not sent: the LMS would refuse it. */
export const scorm12SuspendData = (data: string): Scorm12Values =>
  data.length <= SUSPEND_DATA_LIMIT ? [['cmi.suspend_data', data]] : [];

/** Reads cmi.core.entry; anything else SCORM 1.2 allows is "". */
export function parseEntry(value: string): 'ab-initio' | 'resume' | '' {
  return value === 'ab-initio' || value === 'resume' ? value : '';
}
