import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { ICONS } from './icons.js';

const root = new URL('../../', import.meta.url);

/** Width and height from a PNG's header (its IHDR chunk), or null when the file is not a PNG. */
function pngSize(bytes: Buffer): { width: number; height: number } | null {
  const signature = '89504e470d0a1a0a';
  if (bytes.subarray(0, 8).toString('hex') !== signature) return null;
  if (bytes.subarray(12, 16).toString('ascii') !== 'IHDR') return null;
  return { width: bytes.readUInt32BE(16), height: bytes.readUInt32BE(20) };
}

describe('the icons', () => {
  it('are PNGs of their stated size in public/', () => {
    for (const { file, size } of ICONS) {
      expect(pngSize(readFileSync(new URL(`public/${file}`, root))), file).toEqual({
        width: size,
        height: size,
      });
    }
  });

  it('are what the page and the web app manifest name, with no SVG icon', () => {
    const html = readFileSync(new URL('index.html', root), 'utf8');
    expect(html).toContain(
      '<link rel="icon" href="./icon-32.png" sizes="32x32" type="image/png" />',
    );
    expect(html).not.toMatch(/rel="icon"[^>]*\.svg/);
    const offline = readFileSync(new URL('scripts/build/offline.js', root), 'utf8');
    expect(offline).toContain("{ src: 'icon-192.png', sizes: '192x192', type: 'image/png'");
    expect(offline).toContain("{ src: 'icon-512.png', sizes: '512x512', type: 'image/png'");
    expect(offline).not.toMatch(/src: '[^']*\.svg'/);
  });
});
