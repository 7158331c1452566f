import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import { SECURITY_HEADERS } from '../../deploy/security-headers.ts';
import { openPanel, provinceViewProblems, searchAndChoose, selectedCardId, waitForMapIdle } from './driver.ts';
import { ports, projects } from './geodata.ts';
import { type AtlasPage, openAtlas } from './harness.ts';
import { serveStatic, type StaticServer } from './static-server.ts';

// Installable and offline after the first visit: the service worker of the normal build (dist/sw.js).
// Each test serves its own copy of dist/ from a server it can stop or change.
const DIST = resolve(import.meta.dirname, '../../dist');
let copy = '';
let server: StaticServer | null = null;
let atlas: AtlasPage | null = null;

beforeAll(() => {
  copy = mkdtempSync(join(tmpdir(), 'atlas-ship-'));
  cpSync(DIST, copy, { recursive: true });
});

afterEach(async () => {
  await atlas?.close();
  atlas = null;
  await server?.close();
  server = null;
});

afterAll(() => rmSync(copy, { recursive: true, force: true }));

async function openControlled(): Promise<AtlasPage> {
  server = await serveStatic(copy, { ...SECURITY_HEADERS });
  const opened = await openAtlas({ baseUrl: server.url, serviceWorkers: true });
  await waitForMapIdle(opened.page);
  // The worker registers after the first complete view and takes control once it has cached everything.
  await opened.page.waitForFunction(() => navigator.serviceWorker.controller !== null, null, { timeout: 60_000 });
  return opened;
}

describe('installable, and offline after the first visit', () => {
  it('reloads with no network and no server: the map draws, the list and the search work, nothing leaves the origin', { timeout: 120_000 }, async () => {
    atlas = await openControlled();
    const { page, context } = atlas;
    const origin = new URL(atlas.baseUrl).origin;
    await server!.close();
    server = null;
    await context.setOffline(true);
    const requested: string[] = [];
    page.on('request', (request) => requested.push(request.url()));
    await page.reload();
    await waitForMapIdle(page);
    expect(await provinceViewProblems(page)).toEqual([]);
    expect(await page.evaluate(() => window.__atlas!.rendered().projects.length)).toBe(projects.length);
    await openPanel(page, 'list');
    const rows = page.getByTestId('feature-list').locator('tbody tr');
    await expect.poll(() => rows.count()).toBe(ports.length + projects.length);
    await searchAndChoose(page, '罗湖');
    await expect.poll(() => selectedCardId(page)).toBe('port-luohu');
    expect(requested.length).toBeGreaterThan(10);
    expect(requested.filter((url) => !/^(data|blob):/.test(url) && new URL(url).origin !== origin)).toEqual([]);
    expect(atlas.offOrigin).toEqual([]);
    expect(await page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
    // Another of its files opened in the browser is that file, not the app's page.
    const manifest = await page.goto(`${atlas.baseUrl}manifest.webmanifest`);
    expect(manifest?.headers()['content-type']).toMatch(/^application\/manifest\+json/);
  });

  it('meets the browser\'s installability criteria: manifest, icons, a service worker with a fetch handler', { timeout: 120_000 }, async () => {
    atlas = await openControlled();
    const { page, context } = atlas;
    const cdp = await context.newCDPSession(page);
    const { installabilityErrors } = (await cdp.send('Page.getInstallabilityErrors')) as { installabilityErrors: { errorId: string }[] };
    // Every test context is an incognito one, where Chromium installs nothing; any other reason is the app's.
    expect(installabilityErrors.map((e) => e.errorId).filter((id) => id !== 'in-incognito')).toEqual([]);
    const manifest = (await cdp.send('Page.getAppManifest')) as { url: string; errors: unknown[]; data?: string };
    expect(manifest.errors).toEqual([]);
    const fields = JSON.parse(manifest.data!) as {
      name: string;
      lang: string;
      theme_color: string;
      display: string;
      start_url: string;
      icons: { src: string; sizes: string; purpose?: string }[];
    };
    expect(fields).toMatchObject({ name: '广东口岸地图', lang: 'zh-CN', display: 'standalone', start_url: './' });
    expect(fields.theme_color).toMatch(/^#[0-9a-f]{6}$/i);
    // Every icon exists at the size it claims; 192 and 512 px are what browsers ask for, and a maskable one.
    const sizes = await page.evaluate(async (icons) => {
      const measured: string[] = [];
      for (const icon of icons) {
        const image = new Image();
        image.src = new URL(icon.src, document.baseURI).href;
        await image.decode();
        measured.push(icon.sizes === 'any' ? 'any' : `${image.naturalWidth}x${image.naturalHeight}`);
      }
      return measured;
    }, fields.icons);
    expect(sizes).toEqual(fields.icons.map((icon) => icon.sizes));
    expect(fields.icons.map((icon) => icon.sizes)).toEqual(expect.arrayContaining(['192x192', '512x512']));
    expect(fields.icons.some((icon) => icon.purpose === 'maskable' && icon.sizes === '512x512')).toBe(true);
    const worker = readFileSync(join(copy, 'sw.js'), 'utf8');
    expect(worker).toMatch(/addEventListener\('fetch'/);
  });

  it('offers a new version with a notice, never reloads on its own, and reloads onto it when asked', { timeout: 120_000 }, async () => {
    atlas = await openControlled();
    const { page } = atlas;
    await page.evaluate(() => ((window as unknown as { sameSession: boolean }).sameSession = true));
    // A new build: its worker differs (its version is the hash of the files it caches).
    const file = join(copy, 'sw.js');
    const current = readFileSync(file, 'utf8');
    const next = current.replace(/const VERSION = "([0-9a-f]+)"/, 'const VERSION = "$1-next"');
    expect(next).not.toBe(current);
    writeFileSync(file, next);
    await page.evaluate(async () => {
      await (await navigator.serviceWorker.getRegistration())!.update();
    });
    const notice = page.getByTestId('update-notice');
    await notice.waitFor({ timeout: 60_000 });
    expect(await notice.textContent()).toContain('新版本已可用');
    // The new worker waits; the page is the one that was open, with its state.
    expect(await page.evaluate(async () => Boolean((await navigator.serviceWorker.getRegistration())!.waiting))).toBe(true);
    expect(await page.evaluate(() => (window as unknown as { sameSession?: boolean }).sameSession)).toBe(true);
    await Promise.all([page.waitForEvent('load', { timeout: 60_000 }), page.getByTestId('update-reload').click()]);
    expect(await page.evaluate(() => (window as unknown as { sameSession?: boolean }).sameSession)).toBeUndefined();
    await expect.poll(() => page.evaluate(async () => (await navigator.serviceWorker.getRegistration())?.waiting ?? null)).toBeNull();
    await waitForMapIdle(page);
    expect(await page.getByTestId('update-notice').count()).toBe(0);
  });
});
