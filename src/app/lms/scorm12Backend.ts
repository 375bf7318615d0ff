// The SCORM 1.2 backend: the LmsAdapter's calls as the API object's LMS* functions, values from
// scorm12Values.ts. Knows nothing of the page: it is handed the API object findScormApi found.
import type { LmsAdapter } from './lmsAdapter';
import {
  parseEntry,
  scorm12Completion,
  scorm12Location,
  scorm12Score,
  scorm12SuspendData,
  type Scorm12Values,
} from './scorm12Values';

/** SCORM 1.2's runtime API (the standard's names; results are the strings "true" and "false"). */
export interface Scorm12Api {
  LMSInitialize(parameter: ''): string | boolean;
  LMSFinish(parameter: ''): string | boolean;
  LMSGetValue(element: string): string;
  LMSSetValue(element: string, value: string): string | boolean;
  LMSCommit(parameter: ''): string | boolean;
  LMSGetLastError(): string | number;
}

// Some runtimes return booleans, the standard says strings.
const ok = (result: string | boolean) => result === true || result === 'true';

export function scorm12Backend(api: Scorm12Api): LmsAdapter {
  const call = (run: () => string | boolean): boolean => {
    try {
      return ok(run());
    } catch {
      return false;
    }
  };
  const get = (element: string): string => {
    try {
      const value = api.LMSGetValue(element);
      return typeof value === 'string' ? value : '';
    } catch {
      return '';
    }
  };
  const send = (values: Scorm12Values): boolean =>
    values.length > 0 &&
    values.every(([element, value]) => call(() => api.LMSSetValue(element, value)));

  return {
    backend: 'scorm12',
    initialise() {
      if (!call(() => api.LMSInitialize(''))) return null;
      return {
        entry: parseEntry(get('cmi.core.entry')),
        location: get('cmi.core.lesson_location'),
        suspendData: get('cmi.suspend_data'),
      };
    },
    setLocation: (location) => send(scorm12Location(location)),
    // SCORM 1.2 has no progress element: the status says incomplete until the quiz is finished.
    setProgress: () => true,
    setScore: (percent) => send(scorm12Score(percent)),
    setCompletion: (status) => send(scorm12Completion(status)),
    setSuspendData: (data) => send(scorm12SuspendData(data)),
    commit: () => call(() => api.LMSCommit('')),
    terminate: () => call(() => api.LMSFinish('')),
  };
}
