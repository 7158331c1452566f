/**
 * Peer 1: the atlas's whole default view in plain maplibre-gl, as a competent page would draw it with
 * the atlas's own tunings: no background layer (the sea is the container's colour), fills without
 * antialiasing, tile buffers of 0 px for points and 4 px for lines, one source for the city outlines,
 * the areas around them and the rivers, the world only where the view reaches past the neighbouring
 * provinces, symbols without a fade. Ports and projects are circles coloured by port type; the names
 * come from the bundled web font (no glyph server: MapLibre draws the glyphs itself), added once the
 * font has loaded, as the atlas does. No React, no deck.gl. The first 'idle' with everything added and
 * loaded is the first complete view.
 */
import '@fontsource/noto-sans-sc/400.css';
import { Map as MapLibreMap, type ExpressionSpecification, type FilterSpecification, type GeoJSONSource, type LayerSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import type { FeatureCollection } from 'geojson';
import {
  applyFrame,
  BASEMAP_COLOURS as C,
  benchState,
  fetchJson,
  FIRST_VIEW,
  FONT_FAMILY,
  GEODATA,
  labelPoints,
  PORT_TYPE_COLOURS,
  ROUTE_COLOURS,
  UNKNOWN_TYPE_COLOUR,
  viewWithinArea,
} from '../view.ts';

const bench = benchState();
applyFrame();

const POINT_BUFFER = 0;
const LINE_BUFFER = 4;
const { water, land, air, rail } = PORT_TYPE_COLOURS;
const byPortType: ExpressionSpecification = ['match', ['get', 'port_type'], 'water', water, 'land', land, 'air', air, 'rail', rail, UNKNOWN_TYPE_COLOUR];
const marker = (radius: number) => ({ 'circle-radius': radius, 'circle-color': byPortType, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1 });
const kind = (value: string): FilterSpecification => ['==', ['get', 'kind'], value];
const city: FilterSpecification = ['has', 'adcode'];
const river: FilterSpecification = ['has', 'level'];
const empty: FeatureCollection = { type: 'FeatureCollection', features: [] };
const line = (id: string, source: string, colour: string, width: number) =>
  ({ id, type: 'line', source, paint: { 'line-color': colour, 'line-width': width } }) as LayerSpecification;

const host = document.getElementById('map')!;
host.style.backgroundColor = C.sea;
const map = new MapLibreMap({
  container: host,
  bounds: FIRST_VIEW.bounds,
  fitBoundsOptions: { padding: FIRST_VIEW.padding },
  attributionControl: false,
  dragRotate: false,
  fadeDuration: 0,
  canvasContextAttributes: { preserveDrawingBuffer: true },
  style: {
    version: 8,
    sources: {
      basemap: { type: 'geojson', data: empty, buffer: LINE_BUFFER },
      'sea-routes': { type: 'geojson', data: GEODATA.seaRoutes, buffer: LINE_BUFFER },
      'rail-routes': { type: 'geojson', data: GEODATA.railRoutes, buffer: LINE_BUFFER },
      ports: { type: 'geojson', data: GEODATA.ports, buffer: POINT_BUFFER },
      projects: { type: 'geojson', data: GEODATA.projects, buffer: POINT_BUFFER },
    },
    layers: [
      { id: 'province-fill', type: 'fill', source: 'basemap', filter: kind('province'), paint: { 'fill-color': C.province, 'fill-antialias': false } },
      { id: 'province-line', type: 'line', source: 'basemap', filter: kind('province'), paint: { 'line-color': C.provinceLine, 'line-width': 0.8, 'line-dasharray': [3, 2] } },
      { id: 'sar-fill', type: 'fill', source: 'basemap', filter: kind('sar'), paint: { 'fill-color': C.sar, 'fill-antialias': false } },
      { id: 'city-fill', type: 'fill', source: 'basemap', filter: city, paint: { 'fill-color': C.cityFill, 'fill-antialias': false } },
      {
        id: 'river-line',
        type: 'line',
        source: 'basemap',
        filter: river,
        layout: { 'line-join': 'round', 'line-cap': 'round' },
        paint: { 'line-color': C.river, 'line-width': ['interpolate', ['linear'], ['zoom'], 6, ['case', ['<=', ['get', 'level'], 1], 1.3, 0.9], 10, ['case', ['<=', ['get', 'level'], 1], 3, 1.8]] },
      },
      { id: 'city-line', type: 'line', source: 'basemap', filter: city, paint: { 'line-color': C.cityLine, 'line-width': 0.8 } },
      { id: 'sar-line', type: 'line', source: 'basemap', filter: kind('sar'), paint: { 'line-color': C.sarLine, 'line-width': 1.4, 'line-dasharray': [2, 1.5] } },
      line('sea-routes', 'sea-routes', ROUTE_COLOURS.sea, 1.5),
      line('rail-routes', 'rail-routes', ROUTE_COLOURS.rail, 1.8),
      { id: 'projects', type: 'circle', source: 'projects', paint: marker(4) },
      { id: 'ports', type: 'circle', source: 'ports', paint: marker(5.5) },
    ],
  },
});
map.touchZoomRotate.disableRotation();
bench.mapAt = performance.now();
bench.centre = () => map.getCenter().toArray() as [number, number];

const styled = new Promise<void>((done) => map.once('style.load', () => done()));

// One source for three files, as the atlas has: fetched here and joined (MapLibre's worker takes one URL per source).
type Areas = Parameters<typeof labelPoints>[0];
const basemap = Promise.all([fetchJson<Areas>(GEODATA.context), fetchJson<Areas>(GEODATA.cities), fetchJson<FeatureCollection>(GEODATA.rivers), styled]).then(
  ([context, cities, rivers]) => {
    (map.getSource('basemap') as GeoJSONSource).setData({ type: 'FeatureCollection', features: [...context.features, ...cities.features, ...rivers.features] });
    return { context, cities };
  },
);

// The names, once their glyphs' font has loaded (drawn before, they would come out as empty boxes).
const names = basemap.then(async ({ context, cities }) => {
  const text = [...context.features, ...cities.features].map((f) => f.properties.name_zh).join('');
  await document.fonts.load(`400 16px "${FONT_FAMILY}"`, text);
  map.addSource('city-labels', { type: 'geojson', data: labelPoints(cities), buffer: POINT_BUFFER });
  map.addSource('context-labels', { type: 'geojson', data: labelPoints(context), buffer: POINT_BUFFER });
  const layer = (id: string, source: string, filter: FilterSpecification | null, size: ExpressionSpecification | number, colour: string, haloWidth: number): LayerSpecification => ({
    id,
    type: 'symbol',
    source,
    ...(filter ? { filter } : {}),
    layout: { 'text-field': ['get', 'name_zh'], 'text-font': [FONT_FAMILY], 'text-size': size, 'text-max-width': 8 },
    paint: { 'text-color': colour, 'text-halo-color': C.labelHalo, 'text-halo-width': haloWidth },
  });
  map.addLayer(layer('context-labels', 'context-labels', kind('province'), 12, C.minorLabel, 1.2), 'sea-routes');
  map.addLayer(layer('sar-labels', 'context-labels', kind('sar'), 13, C.sarLine, 1.2), 'sea-routes');
  map.addLayer(layer('city-labels', 'city-labels', null, ['interpolate', ['linear'], ['zoom'], 5, 11, 8, 15], C.label, 1.5), 'sea-routes');
});

// The world, once the view reaches past the neighbouring provinces, as the atlas loads it: at once on
// a phone's tall screen, after a pan on a wide one.
const worldShown = () => {
  const b = map.getBounds();
  return !viewWithinArea([b.getWest(), b.getSouth(), b.getEast(), b.getNorth()]);
};
const addWorld = () => {
  if (map.getSource('world')) return;
  map.addSource('world', { type: 'geojson', data: GEODATA.world, buffer: LINE_BUFFER });
  map.addLayer({ id: 'world-fill', type: 'fill', source: 'world', paint: { 'fill-color': C.world, 'fill-antialias': false } }, 'province-fill');
  map.addLayer(line('world-line', 'world', C.worldLine, 0.6), 'province-fill');
};
const world = styled.then(() => {
  if (worldShown()) addWorld();
  map.on('moveend', () => {
    if (worldShown()) addWorld();
  });
});

let added = false;
Promise.all([basemap, names, world]).then(
  () => {
    added = true;
    map.triggerRepaint();
  },
  (error: Error) => console.error(`peer: ${error.message}`),
);
map.on('idle', () => {
  if (!added || bench.idleAt !== null) return;
  if (Object.keys(map.getStyle().sources).every((id) => map.isSourceLoaded(id))) bench.idleAt = performance.now();
});
