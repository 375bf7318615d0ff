// Draws the lesson's icon (icon.svg, beside this file) as the PNG files in public/: the page's
// favicon and the web app manifest's install icons. Run it after changing icon.svg
// (`node scripts/icons/render-icons.js`, Debian's Chromium) and commit the PNGs.
//
// Why PNGs: Chromium reads a page's icons in the page's own process, and an SVG icon is a little
// document of its own there (created, parsed and laid out on the page's thread, about 10-25 ms
// each on a slow phone while the step is still being built). A PNG is only decoded.
import { readFileSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { chromium } from 'playwright-core';
import { ICONS } from './icons.js';

const here = new URL('.', import.meta.url);
const svg = readFileSync(new URL('icon.svg', here), 'utf8');
const browser = await chromium.launch({
  executablePath: process.env.CHROME_PATH ?? '/usr/bin/chromium',
  args: [
    '--no-sandbox',
    '--disable-background-networking',
    '--disable-component-update',
    '--disable-sync',
  ],
});
try {
  for (const { file, size } of ICONS) {
    const page = await browser.newPage({ viewport: { width: size, height: size } });
    await page.setContent(
      `<style>html,body{margin:0;background:transparent}svg{display:block;width:${String(size)}px;height:${String(size)}px}</style>${svg}`,
    );
    await page.screenshot({
      path: fileURLToPath(new URL(`../../public/${file}`, here)),
      omitBackground: true,
    });
    await page.close();
  }
} finally {
  await browser.close();
}
