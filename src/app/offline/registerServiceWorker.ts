// Registers the service worker with workbox-window, loaded after the first load (a dynamic
// import), so the first screen carries none of it. A new worker waits until the learner asks for
// it, then the page reloads once it has taken over: old and new files are never mixed.
import { Workbox } from 'workbox-window';
import { SERVICE_WORKER_FILE } from './offlineNames.js';

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
}
