// Registers the service worker with workbox-window, loaded after the first load (a dynamic
// import), so the first screen carries none of it. A new worker waits until the learner asks for
// it, then the page reloads once it has taken over: old and new files are never mixed.
import { Workbox } from 'workbox-window';
import { SERVICE_WORKER_FILE, TRAINED_MODEL_CACHE_PREFIX } from './offlineNames.js';

/** This build's cache of the trained model (scripts/build/offline.js defines it). */
declare const __TRAINED_MODEL_CACHE__: string;

/**
 * Deletes the caches of models this build no longer uses (a model retrained since), once this
 * version's worker controls the page: the page and its worker are then the same version.
 */
async function forgetEarlierModels(): Promise<void> {
  for (const name of await caches.keys()) {
    if (name.startsWith(TRAINED_MODEL_CACHE_PREFIX) && name !== __TRAINED_MODEL_CACHE__) {
      await caches.delete(name);
    }
  }
}

/**
 * @param onUpdateWaiting called when a new version is installed and waiting, with the function
 *   that hands over to it and reloads the page
 */
export async function registerServiceWorker(
  onUpdateWaiting: (applyUpdate: () => void) => void,
): Promise<void> {
  // The page's folder is the worker's scope: the lesson works from any sub-path.
  const workbox = new Workbox(new URL(SERVICE_WORKER_FILE, document.baseURI).href, {
    scope: './',
  });
  workbox.addEventListener('waiting', () => {
    onUpdateWaiting(() => {
      workbox.addEventListener('controlling', () => {
        window.location.reload();
      });
      workbox.messageSkipWaiting();
    });
  });
  await workbox.register();
  if (navigator.serviceWorker.controller) await forgetEarlierModels();
}
