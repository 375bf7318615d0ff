// The static server sends the build's precompressed copies (scripts/build/precompress.js) to a
// browser that accepts them, and the plain file to one that does not: a folder built and served
// here, as `npm start` and the browser tests serve dist/.
import { mkdirSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { request } from 'node:http';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { brotliDecompressSync, gunzipSync } from 'node:zlib';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { precompressFolder } from './build/precompress.js';
import { serveLesson } from './serve.js';

/** Text that compresses well and is above the precompressor's lower limit. */
const script = 'export const words = ["the", "cat", "sat", "down"];\n'.repeat(40);
const html = `<!doctype html><title>Test</title>${'<p>The cat sat down.</p>\n'.repeat(40)}`;
const picture = Buffer.alloc(2048, 7);

let root = '';
let server: Awaited<ReturnType<typeof serveLesson>>;

beforeAll(async () => {
  root = mkdtempSync(join(tmpdir(), 'serve-test-'));
  mkdirSync(join(root, 'assets'));
  writeFileSync(join(root, 'index.html'), html);
  writeFileSync(join(root, 'assets', 'main.js'), script);
  writeFileSync(join(root, 'assets', 'picture.png'), picture);
  precompressFolder(root);
  server = await serveLesson({ port: 0, basePath: '/lesson/', root });
});

afterAll(async () => {
  await server.close();
  rmSync(root, { recursive: true, force: true });
});

/** A raw GET (Node's fetch would decompress and hide the encoding). */
function get(path: string, acceptEncoding: string | null) {
  return new Promise<{ headers: Record<string, unknown>; body: Buffer }>((resolve, reject) => {
    const headers = acceptEncoding === null ? {} : { 'accept-encoding': acceptEncoding };
    request(new URL(path, server.url), { headers }, (response) => {
      const chunks: Buffer[] = [];
      response.on('data', (chunk: Buffer) => chunks.push(chunk));
      response.on('end', () => {
        resolve({ headers: response.headers, body: Buffer.concat(chunks) });
      });
    })
      .on('error', reject)
      .end();
  });
}

describe('the build precompresses', () => {
  it('text files, as .br and .gz copies that decompress to the file, and not binary ones', () => {
    const js = join(root, 'assets', 'main.js');
    expect(brotliDecompressSync(readFileSync(`${js}.br`)).toString()).toBe(script);
    expect(gunzipSync(readFileSync(`${js}.gz`)).toString()).toBe(script);
    expect(precompressFolder(root)).toEqual(['assets/main.js', 'index.html']);
  });
});

describe('the server', () => {
  it('sends a script as Brotli to a browser that accepts it, and says so', async () => {
    const { headers, body } = await get('assets/main.js', 'gzip, deflate, br, zstd');
    expect(headers['content-encoding']).toBe('br');
    expect(headers['content-type']).toMatch(/javascript/);
    expect(headers['vary']).toBe('Accept-Encoding');
    expect(body.length).toBeLessThan(script.length / 4);
    expect(brotliDecompressSync(body).toString()).toBe(script);
  });

  it('sends gzip to a browser that accepts only gzip', async () => {
    const { headers, body } = await get('assets/main.js', 'gzip');
    expect(headers['content-encoding']).toBe('gzip');
    expect(gunzipSync(body).toString()).toBe(script);
  });

  it('sends the plain file to a client that accepts no encoding', async () => {
    const { headers, body } = await get('assets/main.js', null);
    expect(headers['content-encoding']).toBeUndefined();
    expect(body.toString()).toBe(script);
  });

  it('compresses the page itself, served for the folder', async () => {
    const { headers, body } = await get('', 'br');
    expect(headers['content-encoding']).toBe('br');
    expect(headers['content-type']).toMatch(/^text\/html/);
    expect(brotliDecompressSync(body).toString()).toBe(html);
  });

  it('sends a picture as it is', async () => {
    const { headers, body } = await get('assets/picture.png', 'br, gzip');
    expect(headers['content-encoding']).toBeUndefined();
    expect(body.equals(picture)).toBe(true);
  });
});
