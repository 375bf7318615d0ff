// An LMS in miniature for e2e/scorm.e2e.ts: window.API from scorm-again, each commit stored (every
// value the lesson set, as an LMS's database keeps it), and on a reload a new runtime loaded from
// the last commit with entry = "resume", as an LMS resumes a suspended attempt (one runtime will
// not initialise again after it has finished). `?api=none` gives the course no API at all.
const STORE = 'lms-stand-in/cmi';

/** @typedef {import('scorm-again/scorm12').default} Scorm12Runtime */
/** @typedef {{ values: Record<string, string>; commits: number; finished: boolean }} Stored */

// scorm-again's classic script sets the global Scorm12API; the lesson looks for window.API.
const host =
  /** @type {Window & { Scorm12API: typeof import('scorm-again/scorm12').default; API?: Scorm12Runtime }} */ (
    /** @type {unknown} */ (window)
  );

/** @returns {Stored | null} */
function stored() {
  const raw = localStorage.getItem(STORE);
  return raw ? /** @type {Stored} */ (JSON.parse(raw)) : null;
}

if (new URLSearchParams(location.search).get('api') !== 'none') {
  const api = new host.Scorm12API({ autocommit: false, lmsCommitUrl: false, logLevel: 5 });
  const last = stored();
  // Everything the lesson has set, by element name (cmi.core.exit can be written, not read).
  /** @type {Record<string, string>} */
  const values = { ...last?.values };
  if (last) {
    const value = (/** @type {string} */ element) => values[element] ?? '';
    api.loadFromJSON({
      core: {
        lesson_location: value('cmi.core.lesson_location'),
        lesson_status: value('cmi.core.lesson_status'),
        score: {
          raw: value('cmi.core.score.raw'),
          min: value('cmi.core.score.min'),
          max: value('cmi.core.score.max'),
        },
      },
      suspend_data: value('cmi.suspend_data'),
    });
    api.cmi.core.entry = 'resume';
  } else {
    api.cmi.core.entry = 'ab-initio';
  }
  api.on('LMSSetValue.cmi.*', (/** @type {string} */ element, /** @type {string} */ value) => {
    values[element] = value;
  });
  api.on('LMSCommit', () => {
    const commits = (stored()?.commits ?? 0) + 1;
    localStorage.setItem(STORE, JSON.stringify({ values, commits, finished: false }));
  });
  api.on('LMSFinish', () => {
    localStorage.setItem(STORE, JSON.stringify({ ...stored(), finished: true }));
  });
  host.API = api;
}
