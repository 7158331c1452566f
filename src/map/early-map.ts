import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasData } from '../data/atlas.ts';
import { GEODATA_FILES } from '../data/geodata-files.ts';
import type { MarkerAtlas } from '../layers/marker-atlas.ts';
import { atlasOverlay } from '../layers/overlay-data.ts';
import { overlayShown } from '../layers/overlay-shown.ts';
import { visibleFeatures } from '../selectors/filters.ts';
import type { HashState } from '../state/hash-state.ts';
import { createAtlasMap, whenStyled } from './create-map.ts';
import { installOverlays } from './install-overlays.ts';
import { exposeMap } from '../test-hook.ts';
import { createOverlaySync, type OverlaySync } from './overlay-sync.ts';

export interface EarlyMap {
  map: MapLibreMap;
  /** The element the map draws in; MapView moves it into its own place when it mounts. */
  host: HTMLDivElement;
  /** What the map shows of the markers and routes; MapView carries on from it. */
  sync: OverlaySync;
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
export function startEarlyMap(state: HashState, place: HTMLElement | null): void {
  const absolute = (url: string) => new URL(url, location.href).href;
  const cities = absolute(GEODATA_FILES.cities.url);
  if (!place || !/^https?:/.test(cities)) return;
  const host = document.createElement('div');
  host.className = 'map-host';
  place.appendChild(host);
  try {
    const map = createAtlasMap(host, { cities, context: absolute(GEODATA_FILES.context.url) }, state.map);
    early = { map, host, sync: createOverlaySync(map) };
  } catch {
    // No WebGL: MapView tries again, fails the same way and shows the list instead.
    host.remove();
  }
}

/**
 * The data have arrived: markers and routes join the early map at once, as the link's filters show
 * them, without waiting for React to render the rest of the app. MapView finds them in place.
 */
export function showEarlyOverlays(state: HashState, data: AtlasData, atlas: MarkerAtlas): void {
  const current = early;
  if (!current) return;
  const overlay = atlasOverlay(data);
  whenStyled(current.map, () => {
    if (early !== current) return;
    installOverlays(current.map, overlay.collections, atlas, state.present);
    const all = { ports: data.ports.features, projects: data.projects.features, sea: data.sea.features, rail: data.rail.features };
    current.sync.setShown(overlayShown(all, visibleFeatures(data, state), { clustered: new Set(), density: state.display === 'density' }));
  });
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
  if (!taken) return;
  exposeMap(null);
  taken.map.remove();
  taken.host.remove();
}
