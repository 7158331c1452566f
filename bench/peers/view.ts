/// <reference types="vite/client" />
/**
 * What both peer pages draw: the atlas's first view (same bounds and padding, same 1280×800
 * viewport in the bench) from the atlas's own geodata files, in the atlas's colours. The peers read
 * nothing from src/: they stand for "the same picture, drawn by a plain library", so the app's own
 * modules must not leak into them.
 */
import citiesUrl from '../../geodata/cities.geojson?url';
import contextUrl from '../../geodata/context.geojson?url';
import portsUrl from '../../geodata/ports.geojson?url';
import projectsUrl from '../../geodata/projects.geojson?url';
import railRoutesUrl from '../../geodata/routes-rail.geojson?url';
import seaRoutesUrl from '../../geodata/routes-sea.geojson?url';
import worldUrl from '../../geodata/world.geojson?url';
import type { BenchState, BenchWindow } from '../page.ts';

/** The same absolute URLs the app's loader fetches. */
const absolute = (url: string) => new URL(url, location.href).href;

export const GEODATA = {
  cities: absolute(citiesUrl),
  context: absolute(contextUrl),
  world: absolute(worldUrl),
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
export const BASEMAP_COLOURS = { sea: '#cfe2ec', cityFill: '#fbfaf6', cityLine: '#a9a396' } as const;
/** A type the data does not know (none today) is drawn grey rather than not at all. */
export const UNKNOWN_TYPE_COLOUR = '#808080';

/** The peer's side of the bench's protocol: __bench.mapAt when the map exists, idleAt when the view is complete. */
export function benchState(): BenchState {
  const bench: BenchState = { mapAt: null, idleAt: null };
  (window as unknown as BenchWindow).__bench = bench;
  return bench;
}
