import { mkdtempSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Frame } from 'playwright-core';
import { afterAll, afterEach, beforeAll, describe, expect, inject, it } from 'vitest';
import { contentSecurityPolicy, SECURITY_HEADERS } from '../../deploy/security-headers.ts';
import { type AtlasPage, openAtlas } from './harness.ts';
import { serveStatic, type StaticServer } from './static-server.ts';
import { projects } from './geodata.ts';

// embed=1 in an iframe of a page from another origin (a news site, say): the atlas is served under
// the frame-ancestors that README's "Embedding" section gives, listing that site.
const DIST = resolve(import.meta.dirname, '../../dist');
let site: StaticServer;
let app: StaticServer;
let sitePages = '';
let atlas: AtlasPage | null = null;

function hostPage(src: string): string {
  return `<!doctype html><html lang="zh-CN"><head><meta charset="utf-8"><title>新闻</title></head><body>
<h1>广东口岸新闻</h1>
<iframe src="${src}" width="720" height="480" title="广东口岸地图" style="border:0" allow="fullscreen"></iframe>
</body></html>`;
}

beforeAll(async () => {
  sitePages = mkdtempSync(join(tmpdir(), 'atlas-embed-'));
  site = await serveStatic(sitePages);
  app = await serveStatic(DIST, { ...SECURITY_HEADERS, 'Content-Security-Policy': contentSecurityPolicy(["'self'", site.origin]) });
  writeFileSync(join(sitePages, 'news.html'), hostPage(`${app.url}#embed=1&map=8.00/22.8000/113.6000&layers=ports,projects`));
  // The run's own server sends the default policy, frame-ancestors 'none'.
  writeFileSync(join(sitePages, 'refused.html'), hostPage(`${inject('baseUrl')}#embed=1`));
});

afterEach(async () => {
  await atlas?.close();
  atlas = null;
});

afterAll(async () => {
  await site?.close();
  await app?.close();
  rmSync(sitePages, { recursive: true, force: true });
});

async function embeddedFrame(page: AtlasPage['page']): Promise<Frame> {
  const frame = await (await page.locator('iframe').elementHandle())!.contentFrame();
  if (!frame) throw new Error('the iframe has no frame');
  await frame.waitForFunction(() => Boolean(window.__atlas?.map?.getLayer('city-labels') && window.__atlas.complete()), null, { timeout: 30_000 });
  return frame;
}

describe('embed=1 in another site\'s page', () => {
  it('shows the map with its legend and no header, and links to the same view in the full atlas in a new tab', { timeout: 90_000 }, async () => {
    atlas = await openAtlas({ baseUrl: `${site.url}news.html`, allowOrigins: [app.origin] });
    const frame = await embeddedFrame(atlas.page);
    expect(await frame.locator('.app-header').count()).toBe(0);
    expect(await frame.getByTestId('legend').isVisible()).toBe(true);
    // The link's layers apply: markers, no routes.
    const drawn = await frame.evaluate(() => window.__atlas!.rendered());
    expect(drawn.projects.length).toBe(projects.length);
    expect(drawn['sea-routes'] ?? []).toEqual([]);
    const link = frame.getByTestId('embed-open-full');
    expect(await link.getAttribute('target')).toBe('_blank');
    const href = new URL((await link.getAttribute('href'))!);
    expect(href.origin).toBe(app.origin);
    expect(href.hash).not.toContain('embed');
    expect(href.hash).toContain('layers=ports,projects');
    expect(href.hash).toMatch(/map=8\.00\/22\.8\d*\/113\.6\d*/);

    const [full] = await Promise.all([atlas.context.waitForEvent('page'), link.click()]);
    await full.waitForFunction(() => Boolean(window.__atlas?.complete()), null, { timeout: 30_000 });
    expect(await full.locator('.app-header').count()).toBe(1);
    expect(new URL(full.url()).hash).toBe(href.hash);
    await full.close();

    expect(atlas.errors).toEqual([]);
    expect(atlas.offOrigin).toEqual([]);
    expect(await frame.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations)).toEqual([]);
  });

  it('is refused by a site the policy does not list (the default frame-ancestors \'none\')', async () => {
    atlas = await openAtlas({ baseUrl: `${site.url}refused.html`, allowOrigins: [new URL(inject('baseUrl')).origin] });
    await expect.poll(() => atlas!.errors.join('\n'), { timeout: 20_000 }).toMatch(/frame-ancestors/);
    const frame = await (await atlas.page.locator('iframe').elementHandle())!.contentFrame();
    expect(await frame!.evaluate(() => Boolean((window as { __atlas?: unknown }).__atlas)).catch(() => false)).toBe(false);
  });
});
