// Names the build (scripts/build/offline.js) and the page (registerServiceWorker.ts) must agree on.
// Plain JavaScript, so the build's Node code can import it too.

/** The service worker's file, at the top of dist/. */
export const SERVICE_WORKER_FILE = 'sw.js';

/** `vite build --mode scorm` makes the LMS package: the LMS controls caching, so no worker. */
export const NO_SERVICE_WORKER_MODE = 'scorm';

/** The trained model's caches: this, then a hash of its files (one cache per model). */
export const TRAINED_MODEL_CACHE_PREFIX = 'trained-model-';
