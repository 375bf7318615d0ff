// Whether this page registers the lesson's service worker (scripts/build/offline.js builds it).
import { NO_SERVICE_WORKER_MODE } from './offlineNames.js';

export interface BuildFacts {
  /** Vite's mode (`import.meta.env.MODE`). */
  readonly mode: string;
  /** A production build: the development server builds no worker. */
  readonly production: boolean;
}

/**
 * True when the built lesson, served over http(s) by a browser that has service workers, should
 * register its worker.
 * @example wantsServiceWorker({ mode: 'scorm', production: true }, navigator) // false
 */
export function wantsServiceWorker(build: BuildFacts, browser: Navigator): boolean {
  return build.production && build.mode !== NO_SERVICE_WORKER_MODE && 'serviceWorker' in browser;
}
