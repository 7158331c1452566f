import type { FeatureCollection } from 'geojson';
import type { ErrorEvent, Map as MapLibreMap, MapSourceDataEvent } from 'maplibre-gl';
import { LAZY_FILES } from '../data/geodata-files.ts';
import { GeodataLoadError, loadLazy } from '../data/load-geodata.ts';
import { LIGHT_THEME } from './theme.ts';
import { ABOVE_WORLD_LAYER, worldLayers } from './basemap-style.ts';
import { whenLoaded, whenStyled } from './map-steps.ts';
import { LINE_BUFFER } from './tile-buffer.ts';

const SOURCE = 'world';

function addWorld(map: MapLibreMap, data: string | FeatureCollection): void {
  if (map.getSource(SOURCE)) return;
  map.addSource(SOURCE, { type: 'geojson', data, buffer: LINE_BUFFER });
  for (const layer of worldLayers(LIGHT_THEME)) map.addLayer(layer, ABOVE_WORLD_LAYER);
}

/**
 * Adds the countries around China. MapLibre's worker fetches and parses world.geojson itself, by URL:
 * the app reads nothing of it, and handed over as objects the largest file of all was parsed on the
 * main thread and copied to the worker (README, "Fast on a phone and without a GPU"). The one-file build has no file
 * to fetch (its geodata are blob: URLs of the page), so there the app loads it as before.
 * Resolves once the world is on the map or has failed (reported through `onError`).
 */
export function showWorld(map: MapLibreMap, onError: (error: Error) => void): Promise<void> {
  if (import.meta.env.VITE_ATLAS_SINGLE_FILE) return whenLoaded(map, loadLazy('world'), (world) => addWorld(map, world), onError);
  const file = LAZY_FILES.world;
  return new Promise<void>((resolve) => {
    whenStyled(map, () => {
      if (map.getSource(SOURCE)) return resolve();
      const done = () => {
        map.off('sourcedata', loaded);
        map.off('error', failed);
        resolve();
      };
      const loaded = (event: MapSourceDataEvent) => {
        if (event.sourceId === SOURCE && map.isSourceLoaded(SOURCE)) done();
      };
      const failed = (event: ErrorEvent & { sourceId?: string }) => {
        if (event.sourceId !== SOURCE) return;
        onError(new GeodataLoadError(file.name, `could not be loaded (${event.error?.message ?? 'unknown error'})`));
        done();
      };
      map.on('sourcedata', loaded);
      map.on('error', failed);
      map.once('remove', done);
      addWorld(map, new URL(file.url, document.baseURI).href);
    });
  });
}
