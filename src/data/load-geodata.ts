import type { FeatureCollection } from 'geojson';
import type { GeodataFile } from './geodata-files.ts';
import type { AreaCollection, Basemap, CityProperties, ContextProperties, CountryProperties } from './types.ts';
import { BASEMAP_FILES } from './geodata-files.ts';

/** A geodata file that could not be fetched, parsed or trusted; `file` names it for the user. */
export class GeodataLoadError extends Error {
  constructor(
    readonly file: string,
    readonly reason: string,
  ) {
    super(`${file}: ${reason}`);
    this.name = 'GeodataLoadError';
  }
}

export async function fetchCollection(file: GeodataFile, signal?: AbortSignal): Promise<FeatureCollection> {
  let response: Response;
  try {
    response = await fetch(file.url, { signal });
  } catch (error) {
    throw new GeodataLoadError(file.name, `could not be fetched (${(error as Error).message})`);
  }
  if (!response.ok) throw new GeodataLoadError(file.name, `HTTP ${response.status}`);
  let parsed: unknown;
  try {
    parsed = await response.json();
  } catch {
    // A static server that answers missing files with index.html lands here too.
    throw new GeodataLoadError(file.name, 'is not valid JSON');
  }
  return assertFeatureCollection(file.name, parsed);
}

export function assertFeatureCollection(name: string, value: unknown): FeatureCollection {
  const candidate = value as Partial<FeatureCollection> | null;
  if (candidate?.type !== 'FeatureCollection' || !Array.isArray(candidate.features)) {
    throw new GeodataLoadError(name, 'is not a GeoJSON FeatureCollection');
  }
  candidate.features.forEach((feature, index) => {
    if (feature?.type !== 'Feature' || !feature.geometry || typeof feature.properties !== 'object') {
      throw new GeodataLoadError(name, `feature #${index} is not a GeoJSON Feature with geometry and properties`);
    }
  });
  return candidate as FeatureCollection;
}

export function assertCities(collection: FeatureCollection): AreaCollection<CityProperties> {
  collection.features.forEach((feature, index) => {
    const p = feature.properties as Partial<CityProperties>;
    if (typeof p.adcode !== 'string' || typeof p.name_zh !== 'string' || !Array.isArray(p.label)) {
      throw new GeodataLoadError(BASEMAP_FILES.cities.name, `feature #${index} lacks adcode, name_zh or label`);
    }
  });
  return collection as AreaCollection<CityProperties>;
}

/** Loads every basemap file in parallel; all failures are collected so the user sees each broken file at once. */
export async function loadBasemap(signal?: AbortSignal): Promise<Basemap> {
  const entries = [BASEMAP_FILES.cities, BASEMAP_FILES.context, BASEMAP_FILES.world];
  const results = await Promise.allSettled(entries.map((file) => fetchCollection(file, signal)));
  const failures = results.flatMap((r) => (r.status === 'rejected' ? [r.reason as Error] : []));
  if (failures.length > 0) throw new AggregateError(failures, failures.map((f) => f.message).join('; '));
  const [cities, context, world] = results.map((r) => (r as PromiseFulfilledResult<FeatureCollection>).value);
  try {
    return {
      cities: assertCities(cities),
      context: context as AreaCollection<ContextProperties>,
      world: world as AreaCollection<CountryProperties>,
    };
  } catch (error) {
    throw new AggregateError([error], (error as Error).message);
  }
}
