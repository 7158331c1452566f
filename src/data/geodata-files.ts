// Each geodata file is emitted by Vite as a static asset next to the app, so the app
// only ever fetches from its own origin.
import citiesUrl from '../../geodata/cities.geojson?url';
import contextUrl from '../../geodata/context.geojson?url';
import worldUrl from '../../geodata/world.geojson?url';

export interface GeodataFile {
  /** The file's name under geodata/, used in every error message. */
  name: string;
  url: string;
}

export const BASEMAP_FILES = {
  cities: { name: 'cities.geojson', url: citiesUrl },
  context: { name: 'context.geojson', url: contextUrl },
  world: { name: 'world.geojson', url: worldUrl },
} as const satisfies Record<string, GeodataFile>;
