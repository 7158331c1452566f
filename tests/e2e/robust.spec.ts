import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { afterEach, describe, expect, it } from 'vitest';
import type { Page } from 'playwright-core';
import { type AtlasPage, openAtlas } from './harness.ts';
import { LIGHT_THEME } from '../../src/map/theme.ts';
import { colourDistance, hexRgb, lngLatScreenPoint, type Rgb, rendered, screenPixels, waitForMapIdle } from './driver.ts';
import { ports, projects, railRoutes } from './geodata.ts';

let atlas: AtlasPage | null = null;
afterEach(async () => {
  expect(atlas?.offOrigin ?? []).toEqual([]);
  await atlas?.close();
  atlas = null;
});

const cspViolations = (page: Page) => page.evaluate(() => (window as unknown as { __cspViolations: string[] }).__cspViolations);

describe('security', () => {
  it('runs under the strict Content-Security-Policy with no violation', async () => {
    atlas = await openAtlas({ hash: '#panel=stats&choro=projects&display=clusters' });
    await waitForMapIdle(atlas.page);
    const response = await atlas.page.request.get(atlas.baseUrl);
    expect(response.headers()['content-security-policy']).toContain("script-src 'self'");
    expect(response.headers()['content-security-policy']).not.toContain('unsafe-eval');
    // The map drew under that policy: Qingyuan's north (100 km from any port or project) shows its
    // choropleth class's colour over the land, as the layer's paint says.
    const fill = (await atlas.page.evaluate(() => window.__atlas!.map!.getPaintProperty('choropleth-fill', 'fill-color'))) as unknown[];
    const qingyuan = hexRgb(String(fill[fill.indexOf('441800') + 1]));
    const land = hexRgb(LIGHT_THEME.city);
    const expected = qingyuan.map((v, i) => Math.round(0.85 * v + 0.15 * land[i])) as Rgb;
    const [got] = await screenPixels(atlas.page, [await lngLatScreenPoint(atlas.page, [112.6, 24.6])]);
    expect(colourDistance(got, expected), `Qingyuan shows ${got}, expected ${expected}`).toBeLessThanOrEqual(10);
    await atlas.page.getByTestId('stats-table').waitFor();
    expect(await cspViolations(atlas.page)).toEqual([]);
    expect(atlas.errors.filter((e) => /Content Security Policy/i.test(e))).toEqual([]);
  });

  it('opens every source link in a new tab without giving it the opener', async () => {
    atlas = await openAtlas({ hash: '#sel=port-luohu' });
    await atlas.page.getByTestId('card-sources').waitFor();
    const rels = await atlas.page.locator('a[target="_blank"]').evaluateAll((links) => links.map((a) => a.getAttribute('rel')));
    expect(rels.length).toBeGreaterThan(0);
    for (const rel of rels) expect(rel).toContain('noopener');
  });
});

describe('resilience', () => {
  it('names a corrupt route file and keeps the rest of the atlas working', async () => {
    atlas = await openAtlas({ corrupt: { urlPart: '/routes-sea-', body: '{"type":"Feature' } });
    const warning = atlas.page.getByTestId('load-warning');
    await warning.waitFor({ timeout: 20_000 });
    expect(await warning.textContent()).toContain('routes-sea.geojson');
    await waitForMapIdle(atlas.page);
    const layers = await rendered(atlas.page);
    expect(layers.ports.length).toBe(ports.length);
    expect(layers['sea-routes']).toEqual([]);
    expect(layers['rail-routes'].length).toBe(railRoutes.length);
  });

  it('names a corrupt world file, which the map\'s worker fetches itself, and keeps the map working', async () => {
    // On a tall phone the first view reaches past the neighbouring provinces, so the world loads at once.
    atlas = await openAtlas({ viewport: { width: 390, height: 844 }, corrupt: { urlPart: '/world-', body: '{"type":"Feature' } });
    const warning = atlas.page.getByTestId('load-warning');
    await warning.waitFor({ timeout: 30_000 });
    expect(await warning.textContent()).toContain('world.geojson');
    await waitForMapIdle(atlas.page);
    expect((await rendered(atlas.page)).ports.length).toBeGreaterThan(50);
  });

  it('shows the list of ports and projects, with a message, where WebGL is missing', async () => {
    atlas = await openAtlas({ hash: '#types=land', noWebgl: true });
    const fallback = atlas.page.getByTestId('no-webgl');
    await fallback.waitFor({ timeout: 20_000 });
    expect(await fallback.getByRole('alert').textContent()).toMatch(/WebGL/);
    const rows = await fallback.locator('tbody tr').count();
    expect(rows).toBe([...ports, ...projects].filter((p) => p.port_type === 'land').length);
    expect(atlas.errors).toEqual([]);
  });
});

describe('accessibility (axe-core)', () => {
  const axeSource = readFileSync(createRequire(import.meta.url).resolve('axe-core/axe.min.js'), 'utf8');

  async function seriousViolations(page: Page): Promise<string[]> {
    await page.addScriptTag({ content: axeSource });
    return page.evaluate(async () => {
      const axe = (window as unknown as { axe: { run: (context: unknown, options: unknown) => Promise<{ violations: { id: string; impact: string; nodes: { target: string[] }[] }[] }> } }).axe;
      const result = await axe.run(document, { resultTypes: ['violations'] });
      return result.violations
        .filter((v) => v.impact === 'serious' || v.impact === 'critical')
        .map((v) => `${v.id} (${v.impact}): ${v.nodes.slice(0, 3).map((n) => n.target.join(' ')).join(' | ')}`);
    });
  }

  it.each([
    ['browse', ''],
    ['browse, English, a card open', '#lang=en&sel=proj-c3-01'],
    ['filters', '#panel=filters'],
    ['list', '#panel=list'],
    ['statistics', '#panel=stats&choro=projects'],
    ['presentation', '#present=1&tour=2'],
  ])('finds no serious or critical problem in the %s view', async (_name, hashText) => {
    atlas = await openAtlas({ hash: hashText, bypassCsp: true });
    await waitForMapIdle(atlas.page);
    if (hashText.includes('panel=stats')) await atlas.page.getByTestId('stats-table').waitFor();
    if (hashText.includes('tour=')) await atlas.page.getByTestId('tour-title').waitFor();
    expect(await seriousViolations(atlas.page)).toEqual([]);
  });
});
