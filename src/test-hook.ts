import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * A small window.__atlas handle for the browser tests: they assert on map state through it
 * instead of on pixels. It holds references only; nothing in the app reads it.
 */
export interface AtlasHook {
  map: MapLibreMap | null;
}

declare global {
  interface Window {
    __atlas?: AtlasHook;
  }
}

export function exposeMap(map: MapLibreMap | null): void {
  window.__atlas = { ...(window.__atlas ?? {}), map };
}
