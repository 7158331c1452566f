/// <reference types="vite/client" />
/**
 * The bare reference for the load-time ratio: plain maplibre-gl drawing the app's own basemap
 * files (cities, context, world) with the same colours and the same first view. No React, no
 * deck.gl, no labels, no web font. It reports its first 'idle' the way the bench reads the app.
 */
import { Map as MapLibreMap } from 'maplibre-gl';
import 'maplibre-gl/dist/maplibre-gl.css';
import citiesUrl from '../../geodata/cities.geojson?url';
import contextUrl from '../../geodata/context.geojson?url';
import worldUrl from '../../geodata/world.geojson?url';
import type { BenchState, BenchWindow } from '../page.ts';

const bench: BenchState = { mapAt: null, idleAt: null, layerSets: 0, layersAt: 0, deckRenders: 0, deckRenderAt: 0, onLayers: null };
(window as unknown as BenchWindow).__bench = bench;

// The same absolute URLs the app's loader would fetch; MapLibre fetches them in its worker.
const absolute = (url: string) => new URL(url, location.href).href;
const province = ['==', ['get', 'kind'], 'province'] as ['==', ['get', string], string];
const sar = ['==', ['get', 'kind'], 'sar'] as ['==', ['get', string], string];

const map = new MapLibreMap({
  container: 'map',
  bounds: [
    [109.6, 20.15],
    [117.35, 25.55],
  ],
  fitBoundsOptions: { padding: 24 },
  attributionControl: false,
  canvasContextAttributes: { preserveDrawingBuffer: true },
  style: {
    version: 8,
    sources: {
      world: { type: 'geojson', data: absolute(worldUrl) },
      context: { type: 'geojson', data: absolute(contextUrl) },
      cities: { type: 'geojson', data: absolute(citiesUrl) },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': '#cfe2ec' } },
      { id: 'world-fill', type: 'fill', source: 'world', paint: { 'fill-color': '#ecebe5' } },
      { id: 'world-line', type: 'line', source: 'world', paint: { 'line-color': '#c6c3b8', 'line-width': 0.6 } },
      { id: 'province-fill', type: 'fill', source: 'context', filter: province, paint: { 'fill-color': '#e9e7e0' } },
      { id: 'sar-fill', type: 'fill', source: 'context', filter: sar, paint: { 'fill-color': '#f3e3c8' } },
      { id: 'city-fill', type: 'fill', source: 'cities', paint: { 'fill-color': '#fbfaf6' } },
      { id: 'city-line', type: 'line', source: 'cities', paint: { 'line-color': '#a9a396', 'line-width': 0.8 } },
      { id: 'sar-line', type: 'line', source: 'context', filter: sar, paint: { 'line-color': '#b2762a', 'line-width': 1.4 } },
    ],
  },
});
bench.mapAt = performance.now();
map.once('idle', () => {
  bench.idleAt = performance.now();
});
