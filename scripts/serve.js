// Serves the built lesson (dist/) as the static folder it is, optionally under a sub-path, and
// prints its URL. Used by `npm start` and by the browser tests.
import { createServer } from 'node:http';
import { existsSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import sirv from 'sirv';

const DIST = fileURLToPath(new URL('../dist', import.meta.url));

/**
 * @param {{ port?: number; host?: string; basePath?: string; root?: string }} [options] `root`
 *   is the folder served (dist/ unless a test serves its own)
 * @returns {Promise<{ url: string; close: () => Promise<void> }>}
 */
export async function serveLesson({
  port = 4173,
  host = '127.0.0.1',
  basePath = '/',
  root = DIST,
} = {}) {
  if (!existsSync(root)) throw new Error('dist/ is missing: run `npm run build` first.');
  const base = basePath.endsWith('/') ? basePath : `${basePath}/`;
  // The build writes .br and .gz copies beside each text file (scripts/build/precompress.js):
  // send one when the browser accepts it.
  const files = sirv(root, { dev: false, etag: true, gzip: true, brotli: true });
  const server = createServer((request, response) => {
    const url = request.url ?? '/';
    if (!url.startsWith(base)) {
      response.writeHead(302, { location: base }).end();
      return;
    }
    request.url = `/${url.slice(base.length)}`;
    files(request, response, () => {
      response.writeHead(404, { 'content-type': 'text/plain; charset=utf-8' }).end('Not found');
    });
  });
  await new Promise((resolve, reject) => {
    server.once('error', reject);
    server.listen(port, host, () => {
      resolve(undefined);
    });
  });
  const address = server.address();
  const actualPort = typeof address === 'object' && address ? address.port : port;
  return {
    url: `http://${host}:${actualPort}${base}`,
    close: () =>
      new Promise((resolve) => {
        server.close(() => {
          resolve();
        });
      }),
  };
}

if (process.argv[1] === fileURLToPath(import.meta.url)) {
  const port = Number(process.env.PORT ?? 4173);
  const { url } = await serveLesson({ port });
  console.log(`The lesson is being served at ${url}\nPress Ctrl+C to stop.`);
}
