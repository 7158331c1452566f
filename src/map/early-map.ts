import type { Map as MapLibreMap } from 'maplibre-gl';
import { GEODATA_FILES } from '../data/geodata-files.ts';
import type { MapView as MapViewState } from '../state/hash-state.ts';
import { createAtlasMap } from './create-map.ts';

export interface EarlyMap {
  map: MapLibreMap;
  /** The element the map draws in; MapView moves it into its own place when it mounts. */
  host: HTMLDivElement;
}

let early: EarlyMap | null = null;

/**
 * Starts the map as soon as the script runs, before React renders and before the app's data have
 * arrived: MapLibre's worker fetches the basemap outlines itself, and with software WebGL the basemap
 * is drawn while the rest of the app is still loading (README, "Fast without a GPU"). Markers,
 * routes and labels are added later by MapView. Only for an http(s) page: the one-file build serves
 * its data from blob: URLs that a worker cannot be relied on to read, and there MapView starts the
 * map with the data in hand.
 */
export function startEarlyMap(initialView: MapViewState | null): void {
  const absolute = (url: string) => new URL(url, location.href).href;
  const cities = absolute(GEODATA_FILES.cities.url);
  if (!/^https?:/.test(cities)) return;
  const host = document.createElement('div');
  host.className = 'map-host map-early';
  document.body.appendChild(host);
  try {
    early = { map: createAtlasMap(host, { cities, context: absolute(GEODATA_FILES.context.url) }, initialView), host };
  } catch {
    // No WebGL: MapView tries again, fails the same way and shows the list instead.
    host.remove();
  }
}

/** The early map, once: the first MapView to mount takes it; any later one makes its own. */
export function takeEarlyMap(): EarlyMap | null {
  const taken = early;
  early = null;
  return taken;
}

/** The data could not be loaded: the app shows why, and the early map must not cover it. */
export function discardEarlyMap(): void {
  const taken = takeEarlyMap();
  taken?.map.remove();
  taken?.host.remove();
}
