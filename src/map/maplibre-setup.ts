import 'maplibre-gl/dist/maplibre-gl.css';
import { prewarm } from 'maplibre-gl';

// maplibre-gl 5's bundle carries its own worker (started from a blob: URL, hence `worker-src blob:`
// in the CSP), so there is no worker file to emit or point at. Version 6 splits the worker into a
// separate file that duplicates the shared code: 415 KB gzip of map library against 5.24's 276 KB,
// the difference between meeting the first-load budget and missing it (README, "Technical choices").

/** Guangdong's extent (WGS-84), the default view. */
export const PROVINCE_BOUNDS: [[number, number], [number, number]] = [
  [109.6, 20.15],
  [117.35, 25.55],
];

// MapLibre's worker starts now, while the rest of the app's code is still being evaluated and before
// the map exists: started by the map's creation instead, it began its work ~0.6 s later with software
// WebGL, when the page was busiest (README, "Fast on a phone and without a GPU"). main.tsx imports this module first.
prewarm();
