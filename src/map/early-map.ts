import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasData } from '../data/atlas.ts';
import { geodataFile } from '../data/load-geodata.ts';
import type { MarkerAtlas } from '../layers/marker-atlas.ts';
import { atlasOverlay } from '../layers/overlay-data.ts';
import { overlayShown } from '../layers/overlay-shown.ts';
import { visibleFeatures } from '../selectors/filters.ts';
import type { HashState } from '../state/hash-state.ts';
import { createAtlasMap } from './create-map.ts';
import { afterOverlaysDrawn, whenLoaded, whenStyled } from './map-steps.ts';
import { installOverlays } from './install-overlays.ts';
import { removeWarmUp } from './warm-up.ts';
import { setBasemapParts } from './basemap-source.ts';
import { PICKABLE_LAYERS } from './overlay-layers.ts';
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
 * Starts the map as soon as the script runs, before the app's data have arrived: with software WebGL
 * creating the context and compiling the first shaders takes a while, and it now overlaps the
 * downloads (README, "Fast on a phone and without a GPU"). The basemap outlines, then markers and routes, then
 * labels join as they arrive.
 */
export function startEarlyMap(state: HashState, place: HTMLElement | null): void {
  if (!place) return;
  const host = document.createElement('div');
  host.className = 'map-host';
  place.appendChild(host);
  try {
    const empty = { type: 'FeatureCollection' as const, features: [] };
    const map = createAtlasMap(host, { cities: empty, context: empty }, state.map, { warmUp: { present: state.present } });
    early = { map, host, sync: createOverlaySync(map) };
    // The outlines come from the app's own download of them, each as soon as it is here: drawn before
    // the rest of the data have arrived, and never fetched twice.
    for (const key of ['cities', 'context'] as const) {
      whenLoaded(map, geodataFile(key), (outlines) => setBasemapParts(map, { [key]: outlines }), () => undefined);
    }
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
    current.sync.setShown(overlayShown(data, visibleFeatures(data, state), { clustered: new Set(), density: state.display === 'density', markers: overlay.markers }));
    afterOverlaysDrawn(current.map, PICKABLE_LAYERS, () => {
      removeWarmUp(current.map);
    });
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
