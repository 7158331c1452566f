// Each geodata file is emitted by Vite as a static asset next to the app, so the app
// only ever fetches from its own origin.
import citiesUrl from '../../geodata/cities.geojson?url';
import contextUrl from '../../geodata/context.geojson?url';
import detailUrl from '../../geodata/detail.geojson?url';
import regionsUrl from '../../geodata/regions.geojson?url';
import tourUrl from '../../geodata/tour.json?url';
import worldUrl from '../../geodata/world.geojson?url';
import riversUrl from '../../geodata/rivers.geojson?url';
import portsUrl from '../../geodata/ports.geojson?url';
import projectsUrl from '../../geodata/projects.geojson?url';
import seaRoutesUrl from '../../geodata/routes-sea.geojson?url';
import railRoutesUrl from '../../geodata/routes-rail.geojson?url';
import planUrl from '../../geodata/plan.json?url';
import platformsUrl from '../../geodata/platforms.json?url';
import crossingsUrl from '../../geodata/crossings.json?url';

export interface GeodataFile {
  /** The file's name under geodata/, used in every error message. */
  name: string;
  url: string;
}

export const GEODATA_FILES = {
  cities: { name: 'cities.geojson', url: citiesUrl },
  context: { name: 'context.geojson', url: contextUrl },
  ports: { name: 'ports.geojson', url: portsUrl },
  projects: { name: 'projects.geojson', url: projectsUrl },
  sea: { name: 'routes-sea.geojson', url: seaRoutesUrl },
  rail: { name: 'routes-rail.geojson', url: railRoutesUrl },
  plan: { name: 'plan.json', url: planUrl },
} as const satisfies Record<string, GeodataFile>;

export type GeodataKey = keyof typeof GEODATA_FILES;

/** Loaded only when a view needs them, so they do not weigh on the first load. */
export const LAZY_FILES = {
  regions: { name: 'regions.geojson', url: regionsUrl },
  tour: { name: 'tour.json', url: tourUrl },
  // The world only shows when zoomed out, so it loads after the first map is drawn.
  world: { name: 'world.geojson', url: worldUrl },
  // The main rivers join the basemap after the first complete view.
  rivers: { name: 'rivers.geojson', url: riversUrl },
  // City and SAR outlines with four times the vertices, swapped in when a user zooms in (MapView).
  detail: { name: 'detail.geojson', url: detailUrl },
  // 专栏6's single-window platforms have no place on the map; the About panel lists them.
  platforms: { name: 'platforms.json', url: platformsUrl },
  // Hours, modes and the other side of each crossing: the guide, a crossing's card and open= load it.
  crossings: { name: 'crossings.json', url: crossingsUrl },
} as const satisfies Record<string, GeodataFile>;
