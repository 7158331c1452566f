import { resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { createServer, type ViteDevServer } from 'vite';
import type { Page } from 'playwright-core';
import { type AtlasPage, openAtlas } from './harness.ts';
import { provinceViewProblems, switchLanguage, waitForMapIdle } from './driver.ts';

// `npm run dev` is the README's first command. In development React's StrictMode mounts every
// effect twice (mount, clean up, mount), which a production build never does: map setup that does
// not clean up after itself, or a file that arrives for the map already removed, breaks only here.
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

/** Resolves at the page's first uncaught error or console error, so a wait stops at what broke. */
function firstError(page: Page): Promise<void> {
  return new Promise<void>((resolve) => {
    page.on('pageerror', () => resolve());
    page.on('console', (message) => message.type() === 'error' && resolve());
  });
}

/** How many names of a label layer MapLibre has placed on screen now. */
function placed(page: Page, layer: string): Promise<number> {
  return page.evaluate((layer) => {
    const map = window.__atlas?.map;
    return map?.getLayer(layer) ? map.queryRenderedFeatures({ layers: [layer] }).length : 0;
  }, layer);
}

/** Zoomed in, the link's map waits for files the province view does without: the rivers and the detailed outlines. */
async function waitForZoomedInFiles(atlas: AtlasPage): Promise<void> {
  await atlas.page.waitForFunction(() => Boolean(window.__atlas?.map?.getLayer('river-line')), null, { timeout: 60_000, polling: 250 });
  await expect.poll(() => atlas.requests.some((url) => url.includes('/detail.')), { timeout: 30_000 }).toBe(true);
  await waitForMapIdle(atlas.page);
}

const ZOOMED_IN = 'map=10.50/22.5500/114.1000';

describe('the development server (npm run dev)', () => {
  it('draws the map, its labels and markers with no error, and switches language', { timeout: 120_000 }, async () => {
    atlas = await openAtlas({ baseUrl: server.resolvedUrls!.local[0] });
    const page = atlas.page;
    const error = firstError(page);
    const labelled = page.waitForFunction(
      () => {
        const map = window.__atlas?.map;
        return Boolean(map?.loaded() && map.getLayer('city-labels') && map.queryRenderedFeatures({ layers: ['city-labels'] }).length >= 21);
      },
      null,
      { timeout: 90_000, polling: 250 },
    );
    await Promise.race([labelled, error]);
    expect(atlas.errors).toEqual([]);
    expect(await placed(page, 'city-labels')).toBe(21);
    expect(await page.evaluate(() => window.__atlas!.rendered().projects.length)).toBe(108);
    // Effects run twice here: the markers must still be on screen where they belong, in their colours.
    await waitForMapIdle(page);
    expect(await provinceViewProblems(page)).toEqual([]);
    await switchLanguage(page);
    await expect.poll(() => page.evaluate(() => document.documentElement.lang)).toBe('en');
    expect(await page.getByTestId('map-credits').count()).toBe(1);
    expect(await page.getByTestId('map-credits').textContent()).toContain('Basemap:');
    expect(atlas.errors).toEqual([]);
    expect(atlas.offOrigin).toEqual([]);
  });

  // Zoomed in, the map loads the detailed outlines and the rivers at once: each arrives after
  // StrictMode has removed the first map, and must reach only the map in use.
  const deepLinks: [string, string][] = [
    ['a zoomed-in view', ZOOMED_IN],
    ['English', `${ZOOMED_IN}&lang=en`],
    ['a selected port', `${ZOOMED_IN}&sel=port-luohu`],
    ['clusters', `${ZOOMED_IN}&display=clusters`],
    ['a past date', `${ZOOMED_IN}&asof=2023-06-30`],
    ['the tour in presentation mode', `${ZOOMED_IN}&present=1&tour=3`],
  ];
  it.each(deepLinks)('opens a link to %s with no error and draws port names zoomed in', { timeout: 150_000 }, async (_, hash) => {
    atlas = await openAtlas({ baseUrl: server.resolvedUrls!.local[0], hash: `#${hash}` });
    const page = atlas.page;
    const error = firstError(page);
    await Promise.race([waitForZoomedInFiles(atlas), error]);
    expect(atlas.errors).toEqual([]);
    // The tour's step moves the camera out to its column; port names are drawn from zoom 9 on.
    if ((await page.evaluate(() => window.__atlas!.map!.getZoom())) < 9) {
      await page.evaluate(() => window.__atlas!.map!.jumpTo({ zoom: 10.5, center: [114.1, 22.55] }));
      await Promise.race([waitForMapIdle(page), error]);
    }
    expect(await page.evaluate(() => window.__atlas!.map!.getZoom())).toBeGreaterThanOrEqual(9);
    await expect.poll(() => placed(page, 'port-labels'), { timeout: 30_000 }).toBeGreaterThan(0);
    expect(await placed(page, 'city-labels')).toBeGreaterThan(0);
    expect(atlas.errors).toEqual([]);
    expect(atlas.offOrigin).toEqual([]);
  });
});
