/// <reference types="vite/client" />
/**
 * What both peer pages draw: the atlas's whole default view (same bounds and padding, the same map
 * size: a title bar and a bottom bar as tall as what the atlas keeps above and below its map at this
 * viewport, given as ?top=…&bottom=… by the bench) from the atlas's own geodata files, in the atlas's
 * colours: basemap, rivers, dashed borders, city and area names, ports, projects and routes, and the
 * world where the view reaches past the neighbouring provinces. The peers read nothing from src/:
 * they stand for "the same picture, drawn by a plain library", so the app's own modules must not
 * leak into them.
 */
import './frame.css';
import citiesUrl from '../../geodata/cities.geojson?url';
import contextUrl from '../../geodata/context.geojson?url';
import portsUrl from '../../geodata/ports.geojson?url';
import projectsUrl from '../../geodata/projects.geojson?url';
import riversUrl from '../../geodata/rivers.geojson?url';
import railRoutesUrl from '../../geodata/routes-rail.geojson?url';
import seaRoutesUrl from '../../geodata/routes-sea.geojson?url';
import worldUrl from '../../geodata/world.geojson?url';
import type { FeatureCollection, Geometry, Point } from 'geojson';
import type { BenchState, BenchWindow } from '../page.ts';

/** The same absolute URLs the app's loader fetches. */
const absolute = (url: string) => new URL(url, location.href).href;

export const GEODATA = {
  cities: absolute(citiesUrl),
  context: absolute(contextUrl),
  world: absolute(worldUrl),
  rivers: absolute(riversUrl),
  ports: absolute(portsUrl),
  projects: absolute(projectsUrl),
  seaRoutes: absolute(seaRoutesUrl),
  railRoutes: absolute(railRoutesUrl),
};

/** West-south and east-north corners of the atlas's first view, fitted with this padding in px. */
export const FIRST_VIEW = {
  bounds: [
    [109.6, 20.15],
    [117.35, 25.55],
  ] as [[number, number], [number, number]],
  padding: 24,
};

/** The atlas's colours (Okabe–Ito per port type; src/layers/symbols.ts in the app). */
export const PORT_TYPE_COLOURS = { water: '#0072B2', land: '#D55E00', air: '#7E4FA8', rail: '#009E73' } as const;
export const ROUTE_COLOURS = { sea: '#1d4f91', rail: '#8c2d04' } as const;
export const BASEMAP_COLOURS = {
  sea: '#cfe2ec',
  river: '#93bfdc',
  world: '#ecebe5',
  worldLine: '#c6c3b8',
  province: '#e9e7e0',
  provinceLine: '#aca89c',
  sar: '#f3e3c8',
  sarLine: '#b2762a',
  cityFill: '#fbfaf6',
  cityLine: '#a9a396',
  label: '#2f2b25',
  labelHalo: '#ffffff',
  minorLabel: '#6e695f',
} as const;
export const FONT_FAMILY = 'Noto Sans SC';

/** West, south, east, north: what the neighbouring provinces and the sea cover; the atlas loads the world only for a view past it. */
export const AREA_WITHOUT_WORLD = [108, 18, 120, 29.5] as const;

export function viewWithinArea([west, south, east, north]: readonly [number, number, number, number]): boolean {
  const [w, s, e, n] = AREA_WITHOUT_WORLD;
  return west >= w && south >= s && east <= e && north <= n;
}

/**
 * Sizes the title and bottom bars from ?top=…&bottom=… (CSS px; the bench measures them on the atlas
 * at the same viewport), so the map is the atlas's size. Set from script: the pages are served with
 * the atlas's Content-Security-Policy, which allows no inline style.
 */
export function applyFrame(): void {
  const query = new URLSearchParams(location.search);
  const px = (key: string) => {
    const value = Number(query.get(key));
    return Number.isFinite(value) && value >= 0 ? value : null;
  };
  const top = px('top');
  const bottom = px('bottom');
  const title = document.querySelector<HTMLElement>('.peer-title');
  const foot = document.querySelector<HTMLElement>('.peer-foot');
  if (title && top !== null) title.style.height = `${top}px`;
  if (foot && bottom !== null) foot.style.height = `${bottom}px`;
}

export interface LabelProperties {
  name_zh: string;
  kind?: string;
}

/** Each area's `label` point as a point feature: one name per area rather than one per tile. */
export function labelPoints(areas: FeatureCollection<Geometry, LabelProperties & { label?: [number, number] }>): FeatureCollection<Point, LabelProperties> {
  return {
    type: 'FeatureCollection',
    features: areas.features.flatMap((feature) => {
      const { label, ...rest } = feature.properties;
      return label ? [{ type: 'Feature' as const, properties: rest, geometry: { type: 'Point' as const, coordinates: label } }] : [];
    }),
  };
}

export async function fetchJson<T>(url: string): Promise<T> {
  const response = await fetch(url);
  if (!response.ok) throw new Error(`${url}: HTTP ${response.status}`);
  return (await response.json()) as T;
}

/** A type the data does not know (none today) is drawn grey rather than not at all. */
export const UNKNOWN_TYPE_COLOUR = '#808080';

/** The peer's side of the bench's protocol: __bench.mapAt when the map exists, idleAt when the view is complete. */
export function benchState(): BenchState {
  const bench: BenchState = { mapAt: null, idleAt: null };
  (window as unknown as BenchWindow).__bench = bench;
  return bench;
}
