// The service worker and web app manifest (vite-plugin-pwa, Workbox's generateSW): after one
// visit the lesson works with no network. Every built file is precached under its content's
// revision, so an update arrives whole; the trained model (0.9 MB, loaded only when a learner
// asks for it) is cached when first fetched, in a cache named for its files' contents.
import { createHash } from 'node:crypto';
import { readFileSync } from 'node:fs';
import { VitePWA } from 'vite-plugin-pwa';
import {
  NO_SERVICE_WORKER_MODE,
  SERVICE_WORKER_FILE,
  TRAINED_MODEL_CACHE_PREFIX,
} from '../../src/app/offline/offlineNames.js';

export const WEB_MANIFEST_FILE = 'manifest.webmanifest';

const MODEL_FOLDER = 'models/brown-tiny/';
/** The model's files the page fetches when asked (heads.json, for Step 6, is precached). */
export const MODEL_FILES = ['model.json', 'weights.bin'];
/** The model's folder holds these too; the page never fetches them. */
const MODEL_FILES_NOT_FETCHED = ['card.json', 'MODEL_CARD.md'];

/** @param {string} text */
const escapeRegExp = (text) => text.replace(/[.*+?^${}()|[\]\\/]/g, '\\$&');

/** A short hash of the model's files, so a retrained model is never read from an old cache. */
export function trainedModelRevision(publicDir = 'public') {
  const hash = createHash('sha256');
  for (const file of MODEL_FILES) hash.update(readFileSync(`${publicDir}/${MODEL_FOLDER}${file}`));
  return hash.digest('hex').slice(0, 12);
}

/**
 * The page's two backgrounds, light and dark, read from the design tokens (`--bg`), so the
 * installed app's splash and bar match the page.
 * @returns {{ light: string; dark: string }}
 */
export function pageBackground(tokensFile = 'src/ui/styles/tokens.css') {
  const match = /--bg:\s*light-dark\(\s*(#[0-9a-f]{3,8})\s*,\s*(#[0-9a-f]{3,8})\s*\)/i.exec(
    readFileSync(tokensFile, 'utf8'),
  );
  if (!match?.[1] || !match[2]) throw new Error(`${tokensFile}: no --bg: light-dark(…) token`);
  return { light: match[1], dark: match[2] };
}

/** The cache the worker keeps the trained model in: named for the model's files. */
export const trainedModelCache = (publicDir = 'public') =>
  `${TRAINED_MODEL_CACHE_PREFIX}${trainedModelRevision(publicDir)}`;

/**
 * @param {string} mode Vite's mode
 * @returns {import('vite').PluginOption[]}
 */
export function offline(mode) {
  const background = pageBackground();
  const modelCache = trainedModelCache();
  /** @type {import('vite').Plugin} */
  const modelCacheName = {
    name: 'trained-model-cache-name',
    // The page deletes the caches of earlier models (registerServiceWorker.ts), so it needs the
    // name this build's worker uses.
    config: () => ({ define: { __TRAINED_MODEL_CACHE__: JSON.stringify(modelCache) } }),
  };
  const worker = VitePWA({
    disable: mode === NO_SERVICE_WORKER_MODE,
    // Registered by src/app/offline/ from a file (the page's CSP forbids inline scripts), after
    // the first load, and the learner chooses when an update takes over.
    injectRegister: false,
    registerType: 'prompt',
    filename: SERVICE_WORKER_FILE,
    manifestFilename: WEB_MANIFEST_FILE,
    includeManifestIcons: true,
    manifest: {
      name: 'Self-Attention: The Core Mechanism',
      short_name: 'Self-Attention',
      description:
        'An interactive lesson on self-attention: every number computed live in your browser.',
      lang: 'en',
      start_url: './',
      scope: './',
      display: 'standalone',
      background_color: background.light,
      theme_color: background.light,
      icons: [
        // PNGs drawn from scripts/icons/icon.svg (render-icons.js): 192 and 512 px, the sizes
        // Chromium asks of an install icon (e2e/offline.e2e.ts). Not the SVG: Chromium reads a
        // page's icons on the page's own thread, where an SVG is a little document to lay out.
        { src: 'icon-192.png', sizes: '192x192', type: 'image/png', purpose: 'any' },
        { src: 'icon-512.png', sizes: '512x512', type: 'image/png', purpose: 'any' },
      ],
    },
    workbox: {
      // The app shell, every step's chunks and styles, the workers, the word table, Step 6's
      // heads.json and the icons; not the .br/.gz copies (the server picks an encoding per fetch).
      globPatterns: ['**/*.{html,js,css,svg,png,json,webmanifest}'],
      globIgnores: [...MODEL_FILES, ...MODEL_FILES_NOT_FETCHED].map(
        (file) => `${MODEL_FOLDER}${file}`,
      ),
      // The word table's chunk and worker are about 210 kB each: well inside the default.
      maximumFileSizeToCacheInBytes: 2 * 1024 * 1024,
      // Hashed file names already name their revision.
      dontCacheBustURLsMatching: /assets\/.+-[\w-]{8}\./,
      cleanupOutdatedCaches: true,
      // Controls the first visit's page at once, so a learner who loses the network later in that
      // visit still gets every step; an update waits for the learner (skipWaiting on request).
      clientsClaim: true,
      skipWaiting: false,
      // Routes are hashes: the only page is index.html, and other files (the model card) must
      // not be answered with it.
      navigateFallback: null,
      runtimeCaching: [
        {
          // A RegExp, not a function: the worker's code is generated, so a function could not
          // take MODEL_FILES with it.
          urlPattern: new RegExp(
            `/${escapeRegExp(MODEL_FOLDER)}(?:${MODEL_FILES.map(escapeRegExp).join('|')})$`,
          ),
          handler: 'CacheFirst',
          options: {
            cacheName: modelCache,
            cacheableResponse: { statuses: [200] },
          },
        },
      ],
    },
  });
  return [modelCacheName, worker];
}
