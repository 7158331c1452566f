import { setWorkerUrl } from 'maplibre-gl';
import workerUrl from 'maplibre-gl/dist/maplibre-gl-worker.mjs?url';
import 'maplibre-gl/dist/maplibre-gl.css';

// maplibre-gl 6 loads its worker from a separate file that Vite only emits when asked for its URL.
setWorkerUrl(workerUrl);

/** Guangdong's extent (WGS-84), the default view. */
export const PROVINCE_BOUNDS: [[number, number], [number, number]] = [
  [109.6, 20.15],
  [117.35, 25.55],
];
