import type { FeatureCollection } from 'geojson';
import type { GeodataFile, GeodataKey } from './geodata-files.ts';
import { GEODATA_FILES, LAZY_FILES } from './geodata-files.ts';
import type { AtlasData, Platform } from './atlas.ts';
import { indexAtlas } from './atlas.ts';
import { type Crossings, parseCrossings } from './crossings.ts';

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

async function fetchJson(file: GeodataFile, signal?: AbortSignal): Promise<unknown> {
  let response: Response;
  try {
    response = await fetch(file.url, { signal });
  } catch (error) {
    throw new GeodataLoadError(file.name, `could not be fetched (${(error as Error).message})`);
  }
  if (!response.ok) throw new GeodataLoadError(file.name, `HTTP ${response.status}`);
  try {
    return await response.json();
  } catch {
    // A static server that answers missing files with index.html lands here too.
    throw new GeodataLoadError(file.name, 'is not valid JSON');
  }
}

/** The properties each file's features must carry for the app to use them; the build-time check is stricter. */
const REQUIRED: Partial<Record<GeodataKey, string[]>> = {
  cities: ['adcode', 'name_zh', 'name_en', 'region', 'label', 'port_count'],
  context: ['kind', 'code', 'name_zh'],
  ports: ['id', 'name_zh', 'port_type', 'city', 'status', 'opened', 'precision', 'sources', 'checked'],
  projects: ['id', 'column', 'item', 'name_zh', 'port_type', 'city', 'status', 'status_history', 'precision', 'sources', 'checked'],
  sea: ['id', 'from_port', 'to_port_name_zh', 'sources'],
  rail: ['id', 'origin', 'destination_name_zh', 'sources'],
};

/** The card shows a source's publisher and title and decides from `url` alone whether to link; both must be text. */
export function sourceProblem(properties: Record<string, unknown>): string | null {
  const lists = [['sources', properties.sources], ['status_sources', properties.status_sources]] as [string, unknown][];
  if (Array.isArray(properties.status_history)) {
    properties.status_history.forEach((entry: { sources?: unknown }, i) => lists.push([`status_history[${i}].sources`, entry?.sources]));
  }
  for (const [key, list] of lists) {
    if (list === undefined) continue;
    if (!Array.isArray(list)) return `${key} is not a list`;
    const index = list.findIndex((s) => typeof s?.title !== 'string' || typeof s?.publisher !== 'string' || (s.url !== undefined && typeof s.url !== 'string'));
    if (index >= 0) return `${key}[${index}] needs a publisher and a title as text`;
  }
  return null;
}

export function assertFeatureCollection(key: GeodataKey, value: unknown): FeatureCollection {
  const name = GEODATA_FILES[key].name;
  const candidate = value as Partial<FeatureCollection> | null;
  if (candidate?.type !== 'FeatureCollection' || !Array.isArray(candidate.features)) {
    throw new GeodataLoadError(name, 'is not a GeoJSON FeatureCollection');
  }
  const required = REQUIRED[key] ?? [];
  candidate.features.forEach((feature, index) => {
    if (feature?.type !== 'Feature' || !feature.geometry || typeof feature.properties !== 'object' || !feature.properties) {
      throw new GeodataLoadError(name, `feature #${index} is not a GeoJSON Feature with geometry and properties`);
    }
    const missing = required.filter((k) => feature.properties![k] === undefined);
    const id = feature.properties.id ?? feature.properties.adcode ?? `#${index}`;
    if (missing.length > 0) throw new GeodataLoadError(name, `feature ${id} lacks ${missing.join(', ')}`);
    const badSource = sourceProblem(feature.properties);
    if (badSource) throw new GeodataLoadError(name, `feature ${id}: ${badSource}`);
  });
  return candidate as FeatureCollection;
}

function assertJson(file: GeodataFile, value: unknown, check: (v: unknown) => boolean, what: string): unknown {
  if (!check(value)) throw new GeodataLoadError(file.name, `is not ${what}`);
  return value;
}

const files = new Map<GeodataKey, Promise<unknown>>();

/** How many of the first view's files have arrived (or failed): the loading indicator counts them. */
export interface LoadProgress {
  settled: number;
  total: number;
}

/** Nothing settled yet: what index.html's static frame shows (src/app-shell.tsx). */
export const NO_PROGRESS: LoadProgress = { settled: 0, total: Object.keys(GEODATA_FILES).length };
let progress: LoadProgress = NO_PROGRESS;
const progressListeners = new Set<() => void>();

export function loadProgress(): LoadProgress {
  return progress;
}

export function onLoadProgress(listener: () => void): () => void {
  progressListeners.add(listener);
  return () => progressListeners.delete(listener);
}

function countSettled(): void {
  progress = { ...progress, settled: progress.settled + 1 };
  for (const listener of progressListeners) listener();
}

/**
 * One geodata file, fetched and checked once: loadAtlas waits for all of them, while the early map
 * takes the basemap outlines as soon as they are here (one download serves both).
 */
export function geodataFile(key: 'cities' | 'context'): Promise<FeatureCollection>;
export function geodataFile(key: GeodataKey): Promise<unknown>;
export function geodataFile(key: GeodataKey): Promise<unknown> {
  let pending = files.get(key);
  if (!pending) {
    const file = GEODATA_FILES[key];
    pending = fetchJson(file).then((raw) =>
      key === 'plan' ? assertJson(file, raw, (v) => Array.isArray((v as { figures?: unknown })?.figures), 'the plan figures') : assertFeatureCollection(key, raw),
    );
    files.set(key, pending);
    pending.then(countSettled, countSettled);
  }
  return pending;
}

/** Without these there is no map to show; any other file can fail and the rest of the atlas still works. */
const REQUIRED_FILES: readonly GeodataKey[] = ['cities', 'context'];

const EMPTY: Record<GeodataKey, () => unknown> = {
  cities: () => ({ type: 'FeatureCollection', features: [] }),
  context: () => ({ type: 'FeatureCollection', features: [] }),
  ports: () => ({ type: 'FeatureCollection', features: [] }),
  projects: () => ({ type: 'FeatureCollection', features: [] }),
  sea: () => ({ type: 'FeatureCollection', features: [] }),
  rail: () => ({ type: 'FeatureCollection', features: [] }),
  plan: () => ({ plan: {}, figures: [] }),
};

/**
 * Loads every file in parallel. If a file the map cannot do without fails, all failures are thrown
 * together (AggregateError of GeodataLoadError); any other broken file is left out, named in
 * `problems`, and the rest of the atlas loads.
 */
export async function loadAtlas(): Promise<AtlasData> {
  const keys = Object.keys(GEODATA_FILES) as GeodataKey[];
  const results = await Promise.allSettled(keys.map((key) => geodataFile(key)));
  const failures = keys.flatMap((key, i) => (results[i].status === 'rejected' ? [{ key, error: (results[i] as PromiseRejectedResult).reason as Error }] : []));
  if (failures.some((f) => REQUIRED_FILES.includes(f.key))) {
    throw new AggregateError(failures.map((f) => f.error), failures.map((f) => f.error.message).join('; '));
  }
  const loaded = Object.fromEntries(
    keys.map((key, i) => [key, results[i].status === 'fulfilled' ? (results[i] as PromiseFulfilledResult<unknown>).value : EMPTY[key]()]),
  );
  return { ...indexAtlas(loaded as never), problems: failures.map((f) => f.error) };
}

const lazy = new Map<keyof typeof LAZY_FILES, Promise<unknown>>();

/** Loads a file that only some views need, once; a failure names the file like any other. */
export function loadLazy(key: 'regions' | 'world' | 'detail' | 'rivers'): Promise<FeatureCollection>;
export function loadLazy(key: 'tour'): Promise<unknown>;
export function loadLazy(key: 'platforms'): Promise<Platform[]>;
export function loadLazy(key: 'crossings'): Promise<Crossings>;
export function loadLazy(key: keyof typeof LAZY_FILES): Promise<unknown> {
  let pending = lazy.get(key);
  if (!pending) {
    const file = LAZY_FILES[key];
    pending = fetchJson(file).then((raw) => {
      if (key === 'tour') return raw;
      if (key === 'platforms') return assertJson(file, raw, Array.isArray, 'a list of platforms');
      if (key === 'crossings') {
        try {
          return parseCrossings(raw, file.name);
        } catch (error) {
          throw new GeodataLoadError(file.name, (error as Error).message.replace(`${file.name}: `, ''));
        }
      }
      const candidate = raw as Partial<FeatureCollection> | null;
      if (candidate?.type !== 'FeatureCollection' || !Array.isArray(candidate.features)) {
        throw new GeodataLoadError(file.name, 'is not a GeoJSON FeatureCollection');
      }
      return candidate;
    });
    pending.catch(() => lazy.delete(key));
    lazy.set(key, pending);
  }
  return pending;
}
