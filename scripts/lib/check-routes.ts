/**
 * Checks geodata/routes-sea.geojson and geodata/routes-rail.geojson:
 *   - valid GeoJSON (readCollection), exactly the property sets of SeaRouteProperties / RailRouteProperties,
 *     enums from src/data/enums.ts, unique ids, non-empty sources with titles;
 *   - from_port / origin name a port in ports.geojson of the same folder;
 *   - sea lines stay off land: each line is sampled every ≤ 5 km and a sample inside a land polygon of
 *     cities, context, detail or world.geojson more than 15 km from both ends of the route is reported
 *     ("sea-route-on-land"), except inside the waterway zones below (canals, and rivers/estuaries the
 *     basemap draws as land; route-geometry.ts);
 *   - rail lines: every vertex finite, the first within 5 km of the origin port.
 */
import type { Feature, Position } from 'geojson';
import { BORDER_CROSSINGS, RAIL_SERVICES, SEA_REGIONS } from '../../src/data/enums.ts';
import { readCollection, type Report } from './check-common.ts';
import { checkChecked, checkDate } from './check-record.ts';
import type { GeodataIssue } from './issues.ts';
import { haversineKm, LandIndex, landStretches, lineLengthKm } from './route-geometry.ts';

export const SEA_FILE = 'routes-sea.geojson';
export const RAIL_FILE = 'routes-rail.geojson';
const PORTS_FILE = 'ports.geojson';
/** A rail line must start this close to its origin port. */
const RAIL_ORIGIN_KM = 5;

export function checkRoutes(dir: string): GeodataIssue[] {
  const issues: GeodataIssue[] = [];
  const ports = readPorts(dir, issues);
  const land = LandIndex.fromDir(dir, issues);
  checkSea(dir, issues, ports, land);
  checkRail(dir, issues, ports);
  return issues;
}


// ---------------------------------------------------------------------------------------------------------------
// Properties

const SEA_KEYS = [
  'id', 'from_port', 'from_terminal_zh', 'to_port_name_zh', 'to_port_name_en', 'to_country', 'to_country_zh',
  'to_region', 'service_hint', 'length_km', 'note_zh', 'note_en', 'sources', 'checked',
] as const;
const RAIL_KEYS = [
  'id', 'origin', 'service', 'destination_name_zh', 'destination_name_en', 'destination_country',
  'border_crossing', 'first_run', 'via_zh', 'via_in_source', 'length_km', 'note_zh', 'note_en', 'sources', 'checked',
] as const;

type Props = Record<string, unknown>;
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim().length > 0;

function checkKeys(p: Props, keys: readonly string[], id: string, report: Report): void {
  const extra = Object.keys(p).filter((k) => !keys.includes(k));
  const missing = keys.filter((k) => !(k in p));
  if (extra.length > 0) report(id, 'property-schema', `unexpected properties: ${extra.join(', ')}`);
  if (missing.length > 0) report(id, 'property-schema', `missing properties: ${missing.join(', ')}`);
}

function requireText(p: Props, keys: readonly string[], id: string, report: Report): void {
  for (const k of keys) if (k in p && !isText(p[k])) report(id, 'property-schema', `${k} must be a non-empty string`);
}

function requireTextOrNull(p: Props, keys: readonly string[], id: string, report: Report): void {
  for (const k of keys) {
    if (k in p && p[k] !== null && !isText(p[k])) report(id, 'property-schema', `${k} must be a non-empty string or null`);
  }
}

function requireEnum(p: Props, key: string, allowed: readonly string[], id: string, report: Report): void {
  if (key in p && !allowed.includes(p[key] as string)) {
    report(id, 'property-enum', `${key} "${String(p[key])}" is not one of ${allowed.join(', ')}`);
  }
}

function checkSources(p: Props, id: string, report: Report): void {
  const sources = p.sources;
  if (!Array.isArray(sources) || sources.length === 0) {
    report(id, 'sources', 'sources must be a non-empty array');
    return;
  }
  sources.forEach((s: unknown, i) => {
    const source = (s ?? {}) as Props;
    if (!isText(source.title)) report(id, 'sources', `source ${i} has no title`);
    for (const k of ['url', 'date', 'publisher']) {
      if (k in source && !isText(source[k])) report(id, 'sources', `source ${i}: ${k} must be a non-empty string when present`);
    }
  });
}

function checkLength(p: Props, coordinates: Position[], id: string, report: Report): void {
  const km = p.length_km;
  if (typeof km !== 'number' || !Number.isInteger(km) || km <= 0) {
    report(id, 'property-schema', 'length_km must be a positive whole number');
    return;
  }
  const measured = lineLengthKm(coordinates);
  if (Math.abs(measured - km) > Math.max(2, measured * 0.005)) {
    report(id, 'length-consistent', `length_km ${km} but the line measures ${measured.toFixed(0)} km`);
  }
}

function uniqueIds(features: Feature[], report: Report): Map<Feature, string> {
  const ids = new Map<Feature, string>();
  const seen = new Map<string, number>();
  features.forEach((f, index) => {
    const raw = f.properties?.id;
    const id = isText(raw) ? raw : `#${index}`;
    if (!isText(raw)) report(id, 'property-schema', 'id must be a non-empty string');
    ids.set(f, id);
    seen.set(id, (seen.get(id) ?? 0) + 1);
  });
  for (const [id, count] of seen) if (count > 1) report(id, 'id-unique', `id appears ${count} times`);
  return ids;
}

function readPorts(dir: string, issues: GeodataIssue[]): Map<string, Position> | null {
  const read = readCollection(dir, PORTS_FILE, issues);
  if (!read) return null;
  const ports = new Map<string, Position>();
  for (const f of read.collection.features) {
    if (f.geometry?.type === 'Point' && isText(f.properties?.id)) ports.set(f.properties.id, f.geometry.coordinates);
  }
  return ports;
}

/** All positions of a LineString or MultiLineString, in order (parts of a MultiLineString concatenated). */
function linePositions(feature: Feature): Position[] | null {
  const g = feature.geometry;
  if (g?.type === 'LineString') return g.coordinates;
  if (g?.type === 'MultiLineString') return g.coordinates.flat();
  return null;
}

// ---------------------------------------------------------------------------------------------------------------
// The two files

function checkSea(dir: string, issues: GeodataIssue[], ports: Map<string, Position> | null, land: LandIndex): void {
  const read = readCollection(dir, SEA_FILE, issues);
  if (!read) return;
  const { collection, report } = read;
  const ids = uniqueIds(collection.features, report);
  for (const feature of collection.features) {
    const id = ids.get(feature)!;
    const p = (feature.properties ?? {}) as Props;
    checkKeys(p, SEA_KEYS, id, report);
    requireText(p, ['from_port', 'from_terminal_zh', 'to_port_name_zh', 'to_port_name_en', 'to_country_zh'], id, report);
    requireTextOrNull(p, ['service_hint', 'note_zh', 'note_en'], id, report);
    if ('to_country' in p && !/^[A-Z]{2}$/.test(String(p.to_country))) {
      report(id, 'property-schema', `to_country "${String(p.to_country)}" is not an ISO 3166 alpha-2 code`);
    }
    requireEnum(p, 'to_region', SEA_REGIONS, id, report);
    checkSources(p, id, report);
    checkChecked(report, id, p);
    if (ports && isText(p.from_port) && !ports.has(p.from_port)) {
      report(id, 'from-port-known', `from_port "${p.from_port}" is not a port in ${PORTS_FILE}`);
    }
    const coordinates = linePositions(feature);
    if (!coordinates) {
      report(id, 'geometry-type', `geometry must be a LineString or MultiLineString, not ${feature.geometry?.type}`);
      continue;
    }
    checkLength(p, coordinates, id, report);
    for (const s of landStretches(coordinates, land)) {
      const [lng, lat] = s.at.map((v) => Number(v.toFixed(4)));
      report(
        id,
        'sea-route-on-land',
        `sample at ${lng},${lat} lies on land (${s.land}), ${s.fromStartKm.toFixed(0)} km from the start; ` +
          `${s.samples} consecutive sample(s) on land`,
      );
    }
  }
}

function checkRail(dir: string, issues: GeodataIssue[], ports: Map<string, Position> | null): void {
  const read = readCollection(dir, RAIL_FILE, issues);
  if (!read) return;
  const { collection, report } = read;
  const ids = uniqueIds(collection.features, report);
  for (const feature of collection.features) {
    const id = ids.get(feature)!;
    const p = (feature.properties ?? {}) as Props;
    checkKeys(p, RAIL_KEYS, id, report);
    requireText(p, ['origin', 'destination_name_zh', 'destination_name_en'], id, report);
    requireTextOrNull(p, ['note_zh', 'note_en'], id, report);
    if ('destination_country' in p && !/^[A-Z]{2}$/.test(String(p.destination_country))) {
      report(id, 'property-schema', `destination_country "${String(p.destination_country)}" is not an ISO 3166 alpha-2 code`);
    }
    requireEnum(p, 'service', RAIL_SERVICES, id, report);
    requireEnum(p, 'border_crossing', BORDER_CROSSINGS, id, report);
    if ('first_run' in p && p.first_run !== null) checkDate(report, id, 'first_run', p.first_run);
    checkChecked(report, id, p);
    for (const k of ['via_zh', 'via_in_source']) {
      if (k in p && (!Array.isArray(p[k]) || !(p[k] as unknown[]).every(isText))) {
        report(id, 'property-schema', `${k} must be an array of non-empty strings`);
      }
    }
    checkSources(p, id, report);
    const origin = isText(p.origin) ? ports?.get(p.origin) : undefined;
    if (ports && isText(p.origin) && !origin) report(id, 'origin-known', `origin "${p.origin}" is not a port in ${PORTS_FILE}`);
    if (feature.geometry?.type !== 'LineString') {
      report(id, 'geometry-type', `geometry must be a LineString, not ${feature.geometry?.type}`);
      continue;
    }
    const coordinates = feature.geometry.coordinates;
    const bad = coordinates.findIndex((c) => c.length < 2 || !c.every(Number.isFinite));
    if (bad >= 0) {
      report(id, 'rail-vertex-finite', `vertex ${bad} is not a finite position: ${JSON.stringify(coordinates[bad])}`);
      continue;
    }
    checkLength(p, coordinates, id, report);
    if (origin && coordinates.length > 0) {
      const km = haversineKm(coordinates[0], origin);
      if (km > RAIL_ORIGIN_KM) report(id, 'rail-starts-at-origin', `first vertex is ${km.toFixed(1)} km from the origin port (> ${RAIL_ORIGIN_KM} km)`);
    }
  }
}
