import { Map as MapLibreMap, NavigationControl, ScaleControl } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { MapView as MapViewState } from '../state/hash-state.ts';
import { basemapStyle } from './basemap-style.ts';
import { PROVINCE_BOUNDS } from './maplibre-setup.ts';
import { LIGHT_THEME } from './theme.ts';
import { exposeMap } from '../test-hook.ts';
import { prepareWarmUp, withWarmUp } from './warm-up.ts';
import { rememberBasemapParts } from './basemap-source.ts';

/** The basemap's outlines (empty at first for the early map). */
export interface BasemapSources {
  cities: FeatureCollection;
  context: FeatureCollection;
}

/** Maps whose style has been read: sources and layers can be added from then on. */
const styledMaps = new WeakSet<MapLibreMap>();

/**
 * Runs `apply` now if the map's style has been read, else once it has. Not isStyleLoaded() or
 * 'load': those also wait for every tile, and isStyleLoaded() turns false again whenever a source
 * re-parses, while adding a source or a layer only needs the style itself.
 */
export function whenStyled(map: MapLibreMap, apply: () => void): void {
  if (styledMaps.has(map)) apply();
  else map.once('style.load', apply);
}

/**
 * Runs `apply` once markers and routes are on the map and it has drawn everything it loaded: labels,
 * dashed borders and the label font's download wait for this, so that they do not compete with the
 * first complete view for the CPU.
 */
export function afterOverlaysDrawn(map: MapLibreMap, firstOverlayLayer: string, apply: () => void): void {
  whenStyled(map, () => {
    if (map.getLayer(firstOverlayLayer) && map.loaded()) apply();
    else map.once('idle', () => afterOverlaysDrawn(map, firstOverlayLayer, apply));
  });
}

/**
 * A map of the offline basemap, with no markers, routes or labels yet: MapView adds those as their
 * data and font arrive. Throws where the browser cannot draw (no WebGL).
 */
export function createAtlasMap(
  container: HTMLElement,
  sources: BasemapSources,
  initialView: MapViewState | null,
  options: { warmUp?: { present: boolean } } = {},
): MapLibreMap {
  const style = basemapStyle(sources, LIGHT_THEME);
  const centre: [number, number] = initialView
    ? [initialView.lng, initialView.lat]
    : [(PROVINCE_BOUNDS[0][0] + PROVINCE_BOUNDS[1][0]) / 2, (PROVINCE_BOUNDS[0][1] + PROVINCE_BOUNDS[1][1]) / 2];
  const map = new MapLibreMap({
    container,
    style: options.warmUp ? withWarmUp(style, centre, options.warmUp.present) : style,
    ...(initialView
      ? { center: [initialView.lng, initialView.lat] as [number, number], zoom: initialView.zoom }
      : { bounds: PROVINCE_BOUNDS, fitBoundsOptions: { padding: 24 } }),
    attributionControl: false,
    maxZoom: 16,
    minZoom: 1.5,
    dragRotate: false,
    pitchWithRotate: false,
    canvasContextAttributes: { preserveDrawingBuffer: true },
    // Symbols appear at once instead of fading in: a fade is a run of full-screen frames, and with
    // software WebGL each costs tens of milliseconds before the map can settle.
    fadeDuration: 0,
  });
  // The sea: the style has no background layer (basemap-style.ts), so the canvas shows this wherever it draws nothing.
  container.style.backgroundColor = LIGHT_THEME.sea;
  if (options.warmUp) prepareWarmUp(map);
  rememberBasemapParts(map, sources);
  map.once('style.load', () => styledMaps.add(map));
  performance.mark('atlas:map');
  map.once('load', () => performance.mark('atlas:load'));
  // A basemap file that fails in the worker is named by the app's own loader, which reads the same
  // file; the map's error event would only repeat it in the console.
  map.on('error', (event) => console.warn(`map: ${event.error?.message ?? 'error'}`));
  map.touchZoomRotate.disableRotation();
  // Added with the map, while the page's layout is fresh from its construction: the scale reads the
  // container's size as it is added, and later, after React's first render, that read forced a layout.
  map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
  map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
  exposeMap(map);
  return map;
}
