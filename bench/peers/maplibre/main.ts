/**
 * Peer 1: the atlas's first view in plain maplibre-gl: the basemap files, ports and projects as
 * circles coloured by port type, sea and rail routes as lines. No React, no deck.gl, no labels and
 * no web font. The style holds every source and layer from the start, so the first 'idle' is the
 * first complete view.
 */
import { Map as MapLibreMap, type ExpressionSpecification } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import { BASEMAP_COLOURS, benchState, FIRST_VIEW, GEODATA, PORT_TYPE_COLOURS, ROUTE_COLOURS, UNKNOWN_TYPE_COLOUR } from '../view.ts';

const bench = benchState();

const kind = (value: string): ExpressionSpecification => ['==', ['get', 'kind'], value];
const { water, land, air, rail } = PORT_TYPE_COLOURS;
const byPortType: ExpressionSpecification = ['match', ['get', 'port_type'], 'water', water, 'land', land, 'air', air, 'rail', rail, UNKNOWN_TYPE_COLOUR];
const marker = (radius: number) => ({ 'circle-radius': radius, 'circle-color': byPortType, 'circle-stroke-color': '#ffffff', 'circle-stroke-width': 1 });

const map = new MapLibreMap({
  container: 'map',
  bounds: FIRST_VIEW.bounds,
  fitBoundsOptions: { padding: FIRST_VIEW.padding },
  attributionControl: false,
  canvasContextAttributes: { preserveDrawingBuffer: true },
  style: {
    version: 8,
    sources: {
      world: { type: 'geojson', data: GEODATA.world },
      context: { type: 'geojson', data: GEODATA.context },
      cities: { type: 'geojson', data: GEODATA.cities },
      'sea-routes': { type: 'geojson', data: GEODATA.seaRoutes },
      'rail-routes': { type: 'geojson', data: GEODATA.railRoutes },
      ports: { type: 'geojson', data: GEODATA.ports },
      projects: { type: 'geojson', data: GEODATA.projects },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': BASEMAP_COLOURS.sea } },
      { id: 'world-fill', type: 'fill', source: 'world', paint: { 'fill-color': '#ecebe5' } },
      { id: 'world-line', type: 'line', source: 'world', paint: { 'line-color': '#c6c3b8', 'line-width': 0.6 } },
      { id: 'province-fill', type: 'fill', source: 'context', filter: kind('province'), paint: { 'fill-color': '#e9e7e0' } },
      { id: 'sar-fill', type: 'fill', source: 'context', filter: kind('sar'), paint: { 'fill-color': '#f3e3c8' } },
      { id: 'city-fill', type: 'fill', source: 'cities', paint: { 'fill-color': BASEMAP_COLOURS.cityFill } },
      { id: 'city-line', type: 'line', source: 'cities', paint: { 'line-color': BASEMAP_COLOURS.cityLine, 'line-width': 0.8 } },
      { id: 'sar-line', type: 'line', source: 'context', filter: kind('sar'), paint: { 'line-color': '#b2762a', 'line-width': 1.4 } },
      { id: 'sea-routes', type: 'line', source: 'sea-routes', paint: { 'line-color': ROUTE_COLOURS.sea, 'line-width': 1.5 } },
      { id: 'rail-routes', type: 'line', source: 'rail-routes', paint: { 'line-color': ROUTE_COLOURS.rail, 'line-width': 1.8 } },
      { id: 'projects', type: 'circle', source: 'projects', paint: marker(4) },
      { id: 'ports', type: 'circle', source: 'ports', paint: marker(5.5) },
    ],
  },
});
bench.mapAt = performance.now();
map.once('idle', () => {
  bench.idleAt = performance.now();
});
