import type { Page } from 'playwright-core';

/** Domain verbs over the page; specs read as sentences built from these. */

// window.__atlas is declared by the app's test hook (src/test-hook.ts).
import type {} from '../../src/test-hook.ts';

/** Waits until the map is complete (markers, routes and, once their font has loaded, labels) and idle. */
export async function waitForMapIdle(page: Page): Promise<void> {
  // Labels are added after the rest of the map has drawn; a complete map has them.
  await page.waitForFunction(() => Boolean(window.__atlas?.map?.getLayer('city-labels') && window.__atlas.complete()), null, { timeout: 30_000 });
  // A repaint is followed by 'idle' once nothing loads or moves any more. Not isStyleLoaded()/'load':
  // adding the labels re-parses sources, and 'load' has fired long before.
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__atlas!.map!;
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
  );
}

export interface MapState {
  zoom: number;
  center: { lng: number; lat: number };
  bounds: [number, number, number, number];
}

export function mapState(page: Page): Promise<MapState> {
  return page.evaluate(() => {
    const map = window.__atlas!.map!;
    const b = map.getBounds();
    const c = map.getCenter();
    return { zoom: map.getZoom(), center: { lng: c.lng, lat: c.lat }, bounds: [b.getWest(), b.getSouth(), b.getEast(), b.getNorth()] };
  });
}

/** The labels MapLibre actually placed on screen (collision-hidden ones are not returned). */
export function renderedLabels(page: Page, layer: string, key: string): Promise<string[]> {
  return page.evaluate(
    ({ layer, key }) => {
      const features = window.__atlas!.map!.queryRenderedFeatures({ layers: [layer] });
      return [...new Set(features.map((f) => String(f.properties[key])))].sort();
    },
    { layer, key },
  );
}

/** Distinct colours in a 64×64 downsample of the map canvas, read in the frame it was drawn. */
export function canvasColourCount(page: Page): Promise<number> {
  return page.evaluate(
    () =>
      new Promise<number>((resolve) => {
        const map = window.__atlas!.map!;
        map.once('render', () => {
          const sample = document.createElement('canvas');
          sample.width = 64;
          sample.height = 64;
          const context = sample.getContext('2d')!;
          context.drawImage(map.getCanvas(), 0, 0, 64, 64);
          const pixels = context.getImageData(0, 0, 64, 64).data;
          const colours = new Set<number>();
          for (let i = 0; i < pixels.length; i += 4) colours.add((pixels[i] << 16) | (pixels[i + 1] << 8) | pixels[i + 2]);
          resolve(colours.size);
        });
        map.triggerRepaint();
      }),
  );
}

export async function switchLanguage(page: Page): Promise<void> {
  await page.getByTestId('lang-switch').click();
}

export function labelLanguageField(page: Page, layer: string): Promise<unknown> {
  return page.evaluate((layer) => window.__atlas!.map!.getLayoutProperty(layer, 'text-field'), layer);
}

export type Rendered = Record<string, string[]>;

/** Feature ids each layer draws right now (ports, projects, sea-routes, rail-routes; deck.gl layers by their ids). */
export function rendered(page: Page): Promise<Rendered> {
  return page.evaluate(() => window.__atlas!.rendered());
}

export async function openPanel(page: Page, panel: 'filters' | 'list' | 'legend' | 'about'): Promise<void> {
  const button = page.getByTestId(`panel-${panel}`);
  if ((await button.getAttribute('aria-pressed')) !== 'true') await button.click();
  await page.getByTestId('side-panel').waitFor();
}

/** Ticks or unticks one option of a filter group (facet-types, facet-status, …). */
export async function toggleFacet(page: Page, facet: string, value: string): Promise<void> {
  await page.getByTestId(facet).locator(`input[data-value="${value}"]`).click();
}

export async function shownCount(page: Page): Promise<number> {
  return Number(await page.getByTestId('shown-count').getAttribute('data-count'));
}

export function hash(page: Page): Promise<string> {
  return page.evaluate(() => decodeURIComponent(location.hash));
}

export async function searchAndChoose(page: Page, text: string): Promise<void> {
  const input = page.getByTestId('search-input');
  await input.fill(text);
  await page.getByTestId('search-results').locator('[role=option]').first().waitFor();
  await input.press('Enter');
}

export async function selectedCardId(page: Page): Promise<string | null> {
  const card = page.getByTestId('detail-card');
  return (await card.count()) > 0 ? card.getAttribute('data-id') : null;
}

export function waitForMoveEnd(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__atlas!.map!;
        if (!map.isMoving()) return resolve();
        map.once('moveend', () => resolve());
      }),
  );
}

/** For each feature id: what a click at that feature's marker hits, wherever it was fanned out to. */
export function pickAtMarkers(page: Page, ids: string[]): Promise<Record<string, string | null>> {
  return page.evaluate((ids) => {
    const atlas = window.__atlas!;
    const map = atlas.map!;
    const shown = new Set([...atlas.rendered().ports, ...atlas.rendered().projects]);
    const result: Record<string, string | null> = {};
    for (const id of ids.filter((id) => shown.has(id))) {
      const point = atlas.markerPoint(id)!;
      const top = map
        .queryRenderedFeatures([point.x, point.y], { layers: ['projects', 'ports'] })
        .filter((f) => !f.state?.hidden)
        .sort((a, b) => (a.layer.id === b.layer.id ? 0 : a.layer.id === 'projects' ? -1 : 1))[0];
      result[id] = top ? String(top.properties.id) : null;
    }
    return result;
  }, ids);
}
