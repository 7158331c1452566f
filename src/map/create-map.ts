import { Map as MapLibreMap, NavigationControl, ScaleControl } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { MapView as MapViewState } from '../state/hash-state.ts';
import { basemapStyle } from './basemap-style.ts';
import { PROVINCE_BOUNDS } from './maplibre-setup.ts';
import { LIGHT_THEME } from './theme.ts';
import { exposeMap } from '../test-hook.ts';
import { prepareWarmUp, withWarmUp } from './warm-up.ts';
import { rememberBasemapParts } from './basemap-source.ts';
import { trackMap } from './map-steps.ts';

/** The zoom the province's bounds fit at is above this on any screen from a phone up. */
const FITTED_ZOOM_AT_LEAST = 5;

/** The basemap's outlines (empty at first for the early map). */
export interface BasemapSources {
  cities: FeatureCollection;
  context: FeatureCollection;
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
    style: options.warmUp ? withWarmUp(style, centre, initialView?.zoom ?? FITTED_ZOOM_AT_LEAST, options.warmUp.present) : style,
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
  trackMap(map);
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
