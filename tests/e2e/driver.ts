import type { Page } from 'playwright-core';

/** Domain verbs over the page; specs read as sentences built from these. */

declare global {
  interface Window {
    __atlas?: { map: import('maplibre-gl').Map | null };
  }
}

export async function waitForMapIdle(page: Page): Promise<void> {
  await page.waitForFunction(() => Boolean(window.__atlas?.map), null, { timeout: 30_000 });
  await page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const map = window.__atlas!.map!;
        const settle = () => (map.loaded() && !map.isMoving() ? resolve() : map.once('idle', () => resolve()));
        if (map.isStyleLoaded()) settle();
        else map.once('load', settle);
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
