/**
 * Screenshots of the built app, for the README and for looking at visual changes:
 *   npm run screenshot -- [--out DIR] [--size 1280x800] NAME=HASH ...
 * e.g. npm run screenshot -- province= prd='#map=8.6/22.6/113.7'
 */
import { mkdirSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { chromium } from 'playwright-core';
import { preview } from 'vite';
import { CHROMIUM_ARGS, CHROMIUM_PATH } from '../tests/e2e/global-setup.ts';

const args = process.argv.slice(2);
const option = (name: string, fallback: string) => {
  const i = args.indexOf(name);
  return i >= 0 ? args.splice(i, 2)[1] : fallback;
};
const outDir = resolve(option('--out', '.tmp/screenshots'));
const [width, height] = option('--size', '1280x800').split('x').map(Number);
const shots = args.map((a) => a.split(/=(.*)/s).slice(0, 2) as [string, string]);

mkdirSync(outDir, { recursive: true });
const root = resolve(import.meta.dirname, '..');
const server = await preview({ root, logLevel: 'warn', preview: { port: 4318, strictPort: false, host: '127.0.0.1' } });
const baseUrl = server.resolvedUrls!.local[0];
const browser = await chromium.launch({ executablePath: CHROMIUM_PATH, args: CHROMIUM_ARGS });
try {
  for (const [name, hash] of shots) {
    const page = await browser.newPage({ viewport: { width, height }, serviceWorkers: 'block' });
    // tsx compiles with esbuild's keepNames, whose __name helper does not exist inside the page.
    await page.addInitScript('globalThis.__name = (f) => f');
    await page.goto(baseUrl + hash);
    // Complete: markers and routes on the map, and the labels, which wait for their font.
    await page.waitForFunction(() => {
      const atlas = (window as unknown as { __atlas?: import('../src/test-hook.ts').AtlasHook }).__atlas;
      return Boolean(atlas?.map?.getLayer('city-labels') && atlas.complete());
    });
    await page.evaluate(
      () =>
        new Promise<void>((done) => {
          const map = (window as unknown as { __atlas: { map: import('maplibre-gl').Map } }).__atlas.map;
          map.once('idle', () => done());
          map.triggerRepaint();
        }),
    );
    const file = join(outDir, `${name}.png`);
    await page.screenshot({ path: file });
    console.log(`screenshot ${file}`);
    await page.close();
  }
} finally {
  await browser.close();
  server.httpServer.close();
}
