import type { Feature, LineString, MultiLineString, Point } from 'geojson';
import type { RegionKey } from './enums.ts';
import type {
  AreaCollection,
  Basemap,
  CityFeature,
  CityProperties,
  ContextProperties,
  CountryProperties,
  PortCollection,
  PortProperties,
  ProjectCollection,
  ProjectProperties,
  RailRouteCollection,
  RailRouteProperties,
  SeaRouteCollection,
  SeaRouteProperties,
  Source,
} from './types.ts';

export type PortFeature = Feature<Point, PortProperties>;
export type ProjectFeature = Feature<Point, ProjectProperties>;
export type SeaRouteFeature = Feature<LineString | MultiLineString, SeaRouteProperties>;
export type RailRouteFeature = Feature<LineString, RailRouteProperties>;

export interface PlanFigure {
  id: string;
  label_zh: string;
  label_en: string;
  value: number;
  unit_zh?: string;
  unit_en?: string;
  year?: string | number;
  period?: string;
  kind: 'achievement' | 'target' | string;
  where: { chapter: number; section?: number; section_title_zh?: string };
  quote_zh: string;
}

export interface PlanFigures {
  plan: { title?: string; doc_no?: string; publisher?: string; date?: string };
  figures: PlanFigure[];
}

export interface Platform {
  id: string;
  item: number;
  name_zh: string;
  name_en: string;
  description_zh: string;
  description_en: string;
  status_note?: string;
  status_as_of?: string;
  sources: Source[];
}

/** Everything the app shows, loaded and indexed once; nothing below mutates it. */
export interface AtlasData {
  basemap: Basemap;
  ports: PortCollection;
  projects: ProjectCollection;
  sea: SeaRouteCollection;
  rail: RailRouteCollection;
  plan: PlanFigures;
  index: AtlasIndex;
  /** Files that failed to load; the atlas works without them and says which they are. */
  problems: Error[];
}

export interface AtlasIndex {
  cities: Map<string, CityFeature>;
  regionOfCity: Map<string, RegionKey>;
  ports: Map<string, PortFeature>;
  projects: Map<string, ProjectFeature>;
  seaRoutes: Map<string, SeaRouteFeature>;
  railRoutes: Map<string, RailRouteFeature>;
  projectsOfPort: Map<string, ProjectFeature[]>;
  seaRoutesOfPort: Map<string, SeaRouteFeature[]>;
  railRoutesOfPort: Map<string, RailRouteFeature[]>;
}

interface Loaded {
  cities: AreaCollection<CityProperties>;
  context: AreaCollection<ContextProperties>;
  /** Loaded later by the map (see LAZY_FILES); empty until then. */
  world?: AreaCollection<CountryProperties>;
  ports: PortCollection;
  projects: ProjectCollection;
  sea: SeaRouteCollection;
  rail: RailRouteCollection;
  plan: PlanFigures;
}

function groupBy<T>(items: T[], key: (item: T) => string | null): Map<string, T[]> {
  const groups = new Map<string, T[]>();
  for (const item of items) {
    const k = key(item);
    if (k === null) continue;
    const list = groups.get(k);
    if (list) list.push(item);
    else groups.set(k, [item]);
  }
  return groups;
}

export function indexAtlas(loaded: Loaded): AtlasData {
  const cities = new Map(loaded.cities.features.map((f) => [f.properties.adcode, f]));
  const index: AtlasIndex = {
    cities,
    regionOfCity: new Map([...cities].map(([code, f]) => [code, f.properties.region])),
    ports: new Map(loaded.ports.features.map((f) => [f.properties.id, f])),
    projects: new Map(loaded.projects.features.map((f) => [f.properties.id, f])),
    seaRoutes: new Map(loaded.sea.features.map((f) => [f.properties.id, f])),
    railRoutes: new Map(loaded.rail.features.map((f) => [f.properties.id, f])),
    projectsOfPort: groupBy(loaded.projects.features, (f) => f.properties.port),
    seaRoutesOfPort: groupBy(loaded.sea.features, (f) => f.properties.from_port),
    railRoutesOfPort: groupBy(loaded.rail.features, (f) => f.properties.origin),
  };
  return {
    basemap: { cities: loaded.cities, context: loaded.context, world: loaded.world ?? { type: 'FeatureCollection', features: [] } },
    ports: loaded.ports,
    projects: loaded.projects,
    sea: loaded.sea,
    rail: loaded.rail,
    plan: loaded.plan,
    index,
    problems: [],
  };
}

/** The kind of feature an id names; ids carry their kind as a prefix. */
export type FeatureKind = 'port' | 'project' | 'sea' | 'rail' | 'city';

export function kindOfId(id: string): FeatureKind | null {
  if (id.startsWith('port-')) return 'port';
  if (id.startsWith('proj-')) return 'project';
  if (id.startsWith('sea-')) return 'sea';
  if (id.startsWith('rail-')) return 'rail';
  if (/^44\d{4}$/.test(id)) return 'city';
  return null;
}

export function featureExists(data: AtlasData, id: string): boolean {
  const { index } = data;
  return index.ports.has(id) || index.projects.has(id) || index.seaRoutes.has(id) || index.railRoutes.has(id) || index.cities.has(id);
}
