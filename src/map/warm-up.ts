import type { FeatureCollection } from 'geojson';
import type { LayerSpecification, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { overlayLayers, PORTS_LAYER_ID, SEA_LAYER_ID } from './overlay-layers.ts';

/**
 * Shader programs compiled while the page still waits for its data. With software WebGL, MapLibre
 * blocks the page for 150–300 ms on each program the first time a layer of its kind draws; without
 * this, that happens for the fills, lines and markers all at once, after the data have arrived and
 * right before the first complete view. A few invisible features drawn by copies of those layers
 * (same paint, so the same programs) move the compiling into the wait (README, "Fast on a phone and without a GPU").
 */

const SOURCE = 'warm-up';
const FEATURE_ID = 'warm-up';
const IMAGE = 'warm-up';
/** The basemap layers whose programs the first view needs, beside the routes' and markers'. */
const BASEMAP_LAYERS = ['city-fill', 'city-line'];

const GEOMETRY: Record<string, string> = { fill: 'Polygon', line: 'LineString', symbol: 'Point' };

/** A point, a line and a polygon far below a pixel's size, at the place the map opens on. */
function warmUpFeatures([lng, lat]: [number, number]): FeatureCollection {
  const d = 1e-6;
  // `plain` too: the markers' image is their ring-less variant below zoom 10 (overlay-layers.ts).
  const properties = { id: FEATURE_ID, marker: IMAGE, plain: IMAGE, offset: [0, 0] };
  return {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties, geometry: { type: 'Point', coordinates: [lng, lat] } },
      { type: 'Feature', properties, geometry: { type: 'LineString', coordinates: [[lng, lat], [lng + d, lat]] } },
      { type: 'Feature', properties, geometry: { type: 'Polygon', coordinates: [[[lng, lat], [lng + d, lat], [lng + d, lat + d], [lng, lat]]] } },
    ],
  };
}

function copyOf(layer: LayerSpecification): LayerSpecification {
  const { id, type } = layer;
  const layout = 'layout' in layer && layer.layout ? { ...layer.layout, visibility: 'visible' as const } : undefined;
  return { ...layer, id: `${SOURCE}:${id}`, source: SOURCE, filter: ['==', ['geometry-type'], GEOMETRY[type]], ...(layout ? { layout } : {}) } as LayerSpecification;
}

/** The style with the warm-up source and its layers, under everything else. */
export function withWarmUp(style: StyleSpecification, centre: [number, number], present: boolean): StyleSpecification {
  const overlays = overlayLayers(present).filter((layer) => layer.id === SEA_LAYER_ID || layer.id === PORTS_LAYER_ID);
  const basemap = style.layers.filter((layer) => BASEMAP_LAYERS.includes(layer.id));
  const copies = [...basemap, ...overlays].map(copyOf);
  return {
    ...style,
    sources: { ...style.sources, [SOURCE]: { type: 'geojson', data: warmUpFeatures(centre), promoteId: 'id' } },
    layers: [...copies, ...style.layers],
  };
}

/** Hides the warm-up route and marker (their opacity follows feature-state) and gives the marker an empty image. */
export function prepareWarmUp(map: MapLibreMap): void {
  map.on('styleimagemissing', (event: { id: string }) => {
    if (event.id === IMAGE && !map.hasImage(IMAGE)) map.addImage(IMAGE, { width: 1, height: 1, data: new Uint8Array(4) });
  });
  map.once('style.load', () => map.setFeatureState({ source: SOURCE, id: FEATURE_ID }, { hidden: true }));
}

/** Once the first complete view is drawn, the programs are in MapLibre's cache and the copies can go. */
export function removeWarmUp(map: MapLibreMap): void {
  if (!map.getSource(SOURCE)) return;
  for (const layer of map.getStyle().layers) if (layer.id.startsWith(`${SOURCE}:`)) map.removeLayer(layer.id);
  map.removeSource(SOURCE);
  if (map.hasImage(IMAGE)) map.removeImage(IMAGE);
}
