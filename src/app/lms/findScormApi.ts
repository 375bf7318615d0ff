// Finds SCORM 1.2's API object the way the standard describes (and every LMS expects): up the
// chain of parent frames, then up the chain of the window that opened this one. A frame of
// another origin throws when read; it is passed over, not fatal.
import type { Scorm12Api } from './scorm12Backend';

/** The parts of a window the search reads; tests pass plain objects. */
export interface ApiHost {
  readonly API?: unknown;
  readonly parent?: ApiHost | null;
  readonly opener?: ApiHost | null;
}

/** How far up the frames to look; the usual wrappers give up after 7 parents too. */
export const MAX_PARENTS = 7;

const API_FUNCTIONS = [
  'LMSInitialize',
  'LMSFinish',
  'LMSGetValue',
  'LMSSetValue',
  'LMSCommit',
  'LMSGetLastError',
] as const;

/** An object with every function SCORM 1.2 names, or null: anything else is a wrong API. */
export function asScorm12Api(value: unknown): Scorm12Api | null {
  if (typeof value !== 'object' || value === null) return null;
  const api = value as Record<string, unknown>;
  return API_FUNCTIONS.every((name) => typeof api[name] === 'function')
    ? (value as Scorm12Api)
    : null;
}

function apiIn(host: ApiHost): unknown {
  try {
    return host.API;
  } catch {
    return undefined;
  }
}

function parentOf(host: ApiHost): ApiHost | null {
  try {
    const parent = host.parent ?? null;
    return parent === host ? null : parent;
  } catch {
    return null;
  }
}

/** The API in `start` or up to MAX_PARENTS above it, and the highest window reached. */
function searchUp(start: ApiHost): { api: Scorm12Api | null; top: ApiHost } {
  let host = start;
  for (let level = 0; ; level++) {
    const api = asScorm12Api(apiIn(host));
    const parent = parentOf(host);
    if (api || !parent || level === MAX_PARENTS) return { api, top: host };
    host = parent;
  }
}

function openerOf(host: ApiHost): ApiHost | null {
  try {
    return host.opener ?? null;
  } catch {
    return null;
  }
}

/**
 * The API in this window or its parents; else in the chain of the window that opened this one
 * or its top frame (an LMS that launches the lesson in a new window). Null when there is none.
 */
export function findScormApi(win: ApiHost): Scorm12Api | null {
  const here = searchUp(win);
  if (here.api) return here.api;
  for (const opener of [openerOf(win), openerOf(here.top)]) {
    const found = opener && searchUp(opener).api;
    if (found) return found;
  }
  return null;
}
