import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import { type AtlasPage, openAtlas } from './harness.ts';
import { provinceViewProblems, switchLanguage, waitForMapIdle } from './driver.ts';

// `npm run dev` is the README's first command. In development React's StrictMode mounts every
// effect twice (mount, clean up, mount), which a production build never does: map setup that does
// not clean up after itself breaks only here.
let server: ViteDevServer;
let atlas: AtlasPage | null = null;

beforeAll(async () => {
  server = await createServer({ root: resolve(import.meta.dirname, '../..'), logLevel: 'error', server: { host: '127.0.0.1', port: 0 } });
  await server.listen();
}, 120_000);

afterEach(async () => {
  await atlas?.close();
  atlas = null;
});

afterAll(async () => {
  await server?.close();
});

describe('the development server (npm run dev)', () => {
  it('draws the map, its labels and markers with no error, and switches language', { timeout: 120_000 }, async () => {
    atlas = await openAtlas({ baseUrl: server.resolvedUrls!.local[0] });
    const page = atlas.page;
    const labels = () =>
      page.evaluate(() => {
        const map = window.__atlas?.map;
        return map?.loaded() ? map.queryRenderedFeatures({ layers: ['city-labels'] }).length : 0;
      });
    // Until the labels are drawn, or stop at the first page error (which names what broke).
    const firstError = new Promise<void>((resolve) => {
      page.on('pageerror', () => resolve());
      page.on('console', (message) => message.type() === 'error' && resolve());
    });
    const labelled = page.waitForFunction(
      () => {
        const map = window.__atlas?.map;
        return Boolean(map?.loaded() && map.getLayer('city-labels') && map.queryRenderedFeatures({ layers: ['city-labels'] }).length >= 21);
      },
      null,
      { timeout: 90_000, polling: 250 },
    );
    await Promise.race([labelled, firstError]);
    expect(atlas.errors).toEqual([]);
    expect(await labels()).toBe(21);
    expect(await page.evaluate(() => window.__atlas!.rendered().projects.length)).toBeGreaterThan(100);
    // Effects run twice here: the markers must still be on screen where they belong, in their colours.
    await waitForMapIdle(page);
    expect(await provinceViewProblems(page)).toEqual([]);
    await switchLanguage(page);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.locator('.maplibregl-ctrl-attrib').count()).toBe(1);
    expect(atlas.errors).toEqual([]);
    expect(atlas.offOrigin).toEqual([]);
  });
});
