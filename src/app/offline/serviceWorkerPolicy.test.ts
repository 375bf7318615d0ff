import { describe, expect, it } from 'vitest';
import { NO_SERVICE_WORKER_MODE } from './offlineNames.js';
import { wantsServiceWorker } from './serviceWorkerPolicy';

const withWorkers = { serviceWorker: {} } as unknown as Navigator;
const withoutWorkers = {} as Navigator;

describe('wantsServiceWorker', () => {
  it('registers in the built lesson, in a browser that has service workers', () => {
    expect(wantsServiceWorker({ mode: 'production', production: true }, withWorkers)).toBe(true);
  });

  it('never in the SCORM package (`vite build --mode scorm`): the LMS controls caching', () => {
    expect(NO_SERVICE_WORKER_MODE).toBe('scorm');
    expect(wantsServiceWorker({ mode: 'scorm', production: true }, withWorkers)).toBe(false);
  });

  it('never on the development server, nor where the browser has no service workers', () => {
    expect(wantsServiceWorker({ mode: 'development', production: false }, withWorkers)).toBe(false);
    expect(wantsServiceWorker({ mode: 'production', production: true }, withoutWorkers)).toBe(
      false,
    );
  });
});
