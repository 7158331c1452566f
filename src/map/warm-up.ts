import type { FeatureCollection } from 'geojson';
import type { LayerSpecification, Map as MapLibreMap, StyleSpecification } from 'maplibre-gl';
import { overlayLayers, PORTS_LAYER_ID, SEA_LAYER_ID } from './overlay-layers.ts';

/**
 * Shader programs compiled while the page still waits for its data, all in one frame. With software
 * WebGL, checking a new program waits for the GPU process to finish every frame queued before it: a
 * program first needed by a later frame (the names, the dashed borders) blocked the page for 40–90 ms
 * behind the frames of the basemap and markers. A few invisible features drawn by copies of the first
 * view's layers (same paint, so the same programs) compile every program at once, early
 * (README, "Fast on a phone and without a GPU").
 */

const SOURCE = 'warm-up';
const FEATURE_ID = 'warm-up';
const IMAGE = 'warm-up';
/**
 * The basemap layers whose programs the first view needs, beside the routes' and markers': the
 * dashed province border has a program of its own (line-dasharray), shared with the SAR border.
 */
const BASEMAP_LAYERS = ['city-fill', 'city-line', 'province-line'];

/** The features' size in tile units (8192 to a tile) at the zoom the map opens at: ≈ 0.25 px. */
const TILE_UNITS = 4;

/** The copies' opacity where it is a constant: enough to be drawn (MapLibre skips a layer at 0), too little to be seen. */
const FAINT = 0.01;
const OPACITY: Record<string, string> = { fill: 'fill-opacity', line: 'line-opacity' };

const GEOMETRY: Record<string, string> = { fill: 'Polygon', line: 'LineString', symbol: 'Point' };

/**
 * A point, a line and a polygon of a few tile units (a fraction of a pixel) at the place the map
 * opens on. Smaller ones collapse to a point when the tile is cut, and a line or ring below the
 * source's simplification tolerance is dropped (hence `tolerance: 0`): nothing would be drawn and
 * no program compiled.
 */
function warmUpFeatures([lng, lat]: [number, number], zoom: number): FeatureCollection {
  const d = (TILE_UNITS * 360) / (8192 * 2 ** zoom);
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
  // A constant opacity stays a constant (a uniform), so the copy still shares the layer's program;
  // one that follows feature-state is hidden through it (prepareWarmUp).
  const paint: Record<string, unknown> = { ...('paint' in layer ? layer.paint : {}) };
  const opacity = OPACITY[type];
  if (opacity && typeof (paint[opacity] ?? 1) === 'number') paint[opacity] = FAINT;
  return { ...layer, id: `${SOURCE}:${id}`, source: SOURCE, filter: ['==', ['geometry-type'], GEOMETRY[type]], paint, ...(layout ? { layout } : {}) } as LayerSpecification;
}

/**
 * The names' program: text with constant paint, as every label layer has (basemap-style.ts). Its one
 * glyph is drawn in a font stack of its own, so it never lands in the names' glyph cache before their
 * font has loaded; it is transparent and takes no room from other symbols.
 */
const TEXT_LAYER: LayerSpecification = {
  id: `${SOURCE}:text`,
  type: 'symbol',
  source: SOURCE,
  filter: ['==', ['geometry-type'], 'Point'],
  layout: { 'text-field': 'x', 'text-font': [SOURCE], 'text-size': 2, 'text-allow-overlap': true, 'text-ignore-placement': true },
  paint: { 'text-color': 'rgba(0,0,0,0)', 'text-halo-color': 'rgba(0,0,0,0)', 'text-halo-width': 1 },
};

/** The style with the warm-up source and its layers, under everything else. */
export function withWarmUp(style: StyleSpecification, centre: [number, number], zoom: number, present: boolean): StyleSpecification {
  const overlays = overlayLayers(present).filter((layer) => layer.id === SEA_LAYER_ID || layer.id === PORTS_LAYER_ID);
  const basemap = style.layers.filter((layer) => BASEMAP_LAYERS.includes(layer.id));
  const copies = [...basemap, ...overlays].map(copyOf);
  return {
    ...style,
    sources: { ...style.sources, [SOURCE]: { type: 'geojson', data: warmUpFeatures(centre, zoom), promoteId: 'id', tolerance: 0 } },
    layers: [...copies, TEXT_LAYER, ...style.layers],
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
