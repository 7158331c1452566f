import type { Page } from 'playwright-core';

/** Domain verbs over the page; specs read as sentences built from these. */

// window.__atlas is declared by the app's test hook (src/test-hook.ts).
import type {} from '../../src/test-hook.ts';
import { PORT_TYPE_SYMBOLS, PROJECT_STATUS_COLOURS } from '../../src/layers/symbols.ts';
import { LIGHT_THEME } from '../../src/map/theme.ts';

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

export type Rgb = [number, number, number];

/**
 * Colours at points of the page (page px) as a user sees them: one screenshot, so MapLibre's canvas,
 * deck.gl's overlaid canvas and the HTML on top are composed as on screen.
 */
export async function screenPixels(page: Page, points: { x: number; y: number }[]): Promise<Rgb[]> {
  return pngColours(page, await page.screenshot(), points, { pagePx: true });
}

/**
 * Colours of a PNG at the given points, decoded in the page: image pixels, or page px (`pagePx`) for a
 * screenshot taken at the device's pixel ratio.
 */
export async function pngColours(page: Page, png: Buffer, points: { x: number; y: number }[], options: { pagePx?: boolean } = {}): Promise<Rgb[]> {
  return page.evaluate(
    async ({ base64, points, pagePx }) => {
      const image = new Image();
      image.src = `data:image/png;base64,${base64}`;
      await image.decode();
      const canvas = document.createElement('canvas');
      canvas.width = image.width;
      canvas.height = image.height;
      const context = canvas.getContext('2d', { willReadFrequently: true })!;
      context.drawImage(image, 0, 0);
      const scale = pagePx ? image.width / window.innerWidth : 1;
      return points.map(({ x, y }) => {
        const d = context.getImageData(Math.round(x * scale), Math.round(y * scale), 1, 1).data;
        return [d[0], d[1], d[2]] as [number, number, number];
      });
    },
    { base64: png.toString('base64'), points, pagePx: options.pagePx ?? false },
  );
}

export function hexRgb(hex: string): Rgb {
  const n = Number.parseInt(hex.slice(1), 16);
  return [(n >> 16) & 255, (n >> 8) & 255, n & 255];
}

/** Largest difference of one channel: 0 for the same colour. */
export function colourDistance(a: Rgb, b: Rgb): number {
  return Math.max(...a.map((v, i) => Math.abs(v - b[i])));
}

/** Where ports' and projects' markers are drawn, in page px (fan-out included); null for one not drawn. */
export async function markerScreenPoints(page: Page, ids: string[]): Promise<Record<string, { x: number; y: number } | null>> {
  const box = (await page.getByTestId('map').boundingBox())!;
  const points = await page.evaluate((ids) => Object.fromEntries(ids.map((id) => [id, window.__atlas!.markerPoint(id)])), ids);
  return Object.fromEntries(Object.entries(points).map(([id, p]) => [id, p && { x: box.x + p.x, y: box.y + p.y }]));
}

/** Page px of a longitude/latitude on the map. */
export async function lngLatScreenPoint(page: Page, lngLat: [number, number]): Promise<{ x: number; y: number }> {
  const box = (await page.getByTestId('map').boundingBox())!;
  const p = await page.evaluate((lngLat) => window.__atlas!.map!.project(lngLat), lngLat);
  return { x: box.x + p.x, y: box.y + p.y };
}

export interface MarkerColour {
  id: string;
  type: string;
  /** The port type's colour (src/layers/symbols.ts). */
  expected: Rgb;
  /** What the screen shows at the marker's centre. */
  got: Rgb;
  /** The marker's centre, page px. */
  point: { x: number; y: number };
}

/**
 * Every open port drawn with no other marker within 14 px and well inside the map: its type's colour and
 * the colour on screen at its marker's centre (a port marker is a solid shape of that colour).
 */
export async function lonePortMarkerColours(page: Page): Promise<MarkerColour[]> {
  const drawn = await rendered(page);
  const all = [...drawn.ports, ...drawn.projects];
  const points = await markerScreenPoints(page, all);
  const box = (await page.getByTestId('map').boundingBox())!;
  const ports = await page.evaluate((ids) => ids.map((id) => window.__atlas!.data!.index.ports.get(id)!.properties), drawn.ports);
  const lone = ports.filter((p) => {
    const a = points[p.id];
    if (p.status !== 'open' || !a || a.x < box.x + 20 || a.x > box.x + box.width - 20 || a.y < box.y + 20 || a.y > box.y + box.height - 20) return false;
    return all.every((other) => other === p.id || !points[other] || Math.hypot(points[other]!.x - a.x, points[other]!.y - a.y) > 14);
  });
  const colours = await screenPixels(page, lone.map((p) => points[p.id]!));
  return lone.map((p, i) => ({ id: p.id, type: p.port_type, expected: hexRgb(PORT_TYPE_SYMBOLS[p.port_type].colour), got: colours[i], point: points[p.id]! }));
}

/**
 * Lets the page run what timers fired by page.clock have queued: React renders and runs effects in
 * MessageChannel tasks, so once a message posted after them has gone round several times, they are done.
 */
export function settle(page: Page): Promise<void> {
  return page.evaluate(
    () =>
      new Promise<void>((resolve) => {
        const channel = new MessageChannel();
        let hops = 0;
        channel.port1.onmessage = () => (++hops < 10 ? channel.port2.postMessage(null) : resolve());
        channel.port2.postMessage(null);
      }),
  );
}

/**
 * What is wrong on screen with the province view of the default state, empty when it is drawn: the sea and
 * Shaoguan's land in their theme colours, and at least 8 ports standing alone, of 3 types or more, each
 * in its type's colour where its marker belongs.
 */
export async function provinceViewProblems(page: Page): Promise<string[]> {
  const problems: string[] = [];
  const [sea, land] = await screenPixels(page, [await lngLatScreenPoint(page, [115.5, 21.0]), await lngLatScreenPoint(page, [113.6, 24.9])]);
  if (colourDistance(sea, hexRgb(LIGHT_THEME.sea)) > 8) problems.push(`sea shows ${sea}`);
  if (colourDistance(land, hexRgb(LIGHT_THEME.city)) > 8) problems.push(`Shaoguan's land shows ${land}`);
  const markers = await lonePortMarkerColours(page);
  if (markers.length < 8) problems.push(`only ${markers.length} ports stand alone`);
  if (new Set(markers.map((m) => m.type)).size < 3) problems.push(`lone ports of only ${new Set(markers.map((m) => m.type)).size} types`);
  for (const m of markers) if (colourDistance(m.got, m.expected) > 24) problems.push(`${m.id} (${m.type}) shows ${m.got}, not ${m.expected}`);
  return problems;
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

/** Sets the marker layers' opacity to 0 (the map under them) or back to what the app had set. */
async function hideMarkerLayers(page: Page, hide: boolean): Promise<void> {
  await page.evaluate(
    (hide) =>
      new Promise<void>((resolve) => {
        const map = window.__atlas!.map!;
        const saved = ((window as unknown as { __markerOpacity?: Record<string, unknown> }).__markerOpacity ??= {});
        // The focus layer draws the selected and hovered markers once more, on top.
        for (const id of ['ports', 'projects', 'name-focus'].filter((id) => map.getLayer(id))) {
          if (hide) saved[id] = map.getPaintProperty(id, 'icon-opacity');
          // Opacity, not visibility: the names are placed exactly as before, so only the markers differ.
          map.setPaintProperty(id, 'icon-opacity', hide ? 0 : (saved[id] as number), { validate: false });
        }
        map.once('idle', () => resolve());
        map.triggerRepaint();
      }),
    hide,
  );
}

/** Offsets of the small square of pixels sampled around a marker's centre. */
const PATCH = [-1, 0, 1].flatMap((dx) => [-1, 0, 1].map((dy) => ({ dx, dy })));

export interface MarkerPixels {
  id: string;
  point: { x: number; y: number };
  /** The screen around the marker's centre (PATCH), as a user sees it. */
  got: Rgb[];
  /** The same pixels with the marker layers made transparent: what is under the marker. */
  background: Rgb[];
}

/**
 * The pixels at the markers of the given ports and projects (fan-out included), and the same spots with
 * the marker layers made transparent: two screenshots, nothing read from the app's own bookkeeping.
 */
export async function markerPixelsAt(page: Page, ids: string[]): Promise<MarkerPixels[]> {
  await page.evaluate(() => new Promise<void>((resolve) => (window.__atlas!.map!.once('idle', () => resolve()), window.__atlas!.map!.triggerRepaint())));
  const points = await markerScreenPoints(page, ids);
  const missing = ids.filter((id) => !points[id]);
  if (missing.length) throw new Error(`no marker point for ${missing.join(', ')}`);
  const spots = ids.flatMap((id) => PATCH.map(({ dx, dy }) => ({ x: points[id]!.x + dx, y: points[id]!.y + dy })));
  const drawn = await page.screenshot();
  await hideMarkerLayers(page, true);
  const under = await page.screenshot();
  await hideMarkerLayers(page, false);
  const [got, background] = [await pngColours(page, drawn, spots, { pagePx: true }), await pngColours(page, under, spots, { pagePx: true })];
  return ids.map((id, i) => ({ id, point: points[id]!, got: got.slice(i * PATCH.length, (i + 1) * PATCH.length), background: background.slice(i * PATCH.length, (i + 1) * PATCH.length) }));
}

const mix = (a: Rgb, b: Rgb, alpha: number): Rgb => a.map((v, i) => Math.round(v * alpha + b[i] * (1 - alpha))) as Rgb;

/**
 * The colour at the centre of a marker drawn with the given icon (`kind:type:precision:status:f:u`, see
 * markerKey): a port's shape in its type's colour, a project's status dot; faded (closed) and "date
 * unknown" markers let the map show through.
 */
export function markerCentreColour(key: string, under: Rgb): Rgb {
  const [kind, type, , status, faded, undated] = key.split(':');
  const colour = hexRgb(kind === 'port' ? PORT_TYPE_SYMBOLS[type as keyof typeof PORT_TYPE_SYMBOLS].colour : PROJECT_STATUS_COLOURS[status as keyof typeof PROJECT_STATUS_COLOURS]);
  return mix(colour, under, faded ? 0.45 : undated ? 0.7 : 1);
}

/**
 * The icon each port or project is drawn with as the app says (only its colour is taken from this), or,
 * where the app says it draws none, an open port's or the project's status of the data.
 */
function iconKeys(page: Page, ids: string[]): Promise<Record<string, string>> {
  return page.evaluate((ids) => {
    const atlas = window.__atlas!;
    const keys = { ...atlas.markers('ports'), ...atlas.markers('projects') };
    const { ports, projects } = atlas.data!.index;
    return Object.fromEntries(
      ids.map((id) => {
        const project = projects.get(id)?.properties;
        const fallback = project ? `project:${project.port_type}::${project.status}::` : `port:${ports.get(id)!.properties.port_type}::::`;
        return [id, keys[id] ?? fallback];
      }),
    );
  }, ids);
}

/**
 * What is wrong on screen with the given markers, empty when nothing is: each hidden one's pixels are
 * those of the map under it; each shown one is drawn there, in the colour of its icon (`shown` maps an
 * id to its icon key, or lists ids, whose icons are then as the app says — see iconKeys).
 */
export async function markerScreenProblems(page: Page, expected: { shown?: string[] | Record<string, string>; hidden?: string[] }): Promise<string[]> {
  const shown = Array.isArray(expected.shown) ? await iconKeys(page, expected.shown) : (expected.shown ?? {});
  const hidden = expected.hidden ?? [];
  const pixels = await markerPixelsAt(page, [...Object.keys(shown), ...hidden]);
  const problems: string[] = [];
  for (const { id, got, background } of pixels) {
    const centre = PATCH.findIndex(({ dx, dy }) => dx === 0 && dy === 0);
    const differs = Math.max(...got.map((g, i) => colourDistance(g, background[i])));
    if (hidden.includes(id)) {
      if (differs > 12) problems.push(`${id} should be hidden but shows ${got[centre]} over the map's ${background[centre]}`);
      continue;
    }
    const want = markerCentreColour(shown[id], background[centre]);
    const nearest = Math.min(...got.map((g) => colourDistance(g, want)));
    if (differs <= 12) problems.push(`${id} should be shown but its pixels are the map's (${got[centre]})`);
    else if (nearest > 30) problems.push(`${id} shows ${got[centre]}, not its colour ${want}`);
  }
  return problems;
}

/**
 * Of the given ports and projects, those whose marker is on the open map (no panel or control over it, 20 px
 * inside its edges) with no other port or project of the data — shown or not — within `clearance` px.
 */
export async function isolatedMarkers(page: Page, ids: string[], clearance = 16): Promise<string[]> {
  const all = await page.evaluate(() => [...window.__atlas!.data!.index.ports.keys(), ...window.__atlas!.data!.index.projects.keys()]);
  const points = await markerScreenPoints(page, all);
  const box = (await page.getByTestId('map').boundingBox())!;
  const onMap = await page.evaluate(
    (spots) => spots.map(({ x, y }) => document.elementFromPoint(x, y)?.tagName === 'CANVAS'),
    ids.map((id) => points[id] ?? { x: -1, y: -1 }),
  );
  return ids.filter((id, i) => {
    const a = points[id];
    if (!a || !onMap[i] || a.x < box.x + 20 || a.x > box.x + box.width - 20 || a.y < box.y + 20 || a.y > box.y + box.height - 20) return false;
    return all.every((other) => other === id || !points[other] || Math.hypot(points[other]!.x - a.x, points[other]!.y - a.y) > clearance);
  });
}
