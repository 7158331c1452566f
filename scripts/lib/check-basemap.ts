import { area, bbox, featureCollection, intersect } from '@turf/turf';
import type { Feature, MultiPolygon, Polygon } from 'geojson';
import meta from '../../geodata/src/cities.meta.json' with { type: 'json' };
import { REGION_BOUNDS, readCollection } from './check-common.ts';
import type { GeodataIssue } from './issues.ts';
import { RIVER_LEVELS } from './river-clip.ts';

/** Shared borders may differ by rounding; anything larger is a real overlap. */
const MAX_OVERLAP_M2 = 20_000;

export function checkBasemap(dir: string): GeodataIssue[] {
  const issues: GeodataIssue[] = [];
  checkCities(dir, issues);
  checkContext(dir, issues);
  checkDetail(dir, issues);
  checkRegions(dir, issues);
  readCollection(dir, 'world.geojson', issues);
  checkRivers(dir, issues);
  return issues;
}

/** Rivers: lines of the kept WDBII classes, in WGS-84 around Guangdong (a segment may run on to its 2° bin's edge). */
function checkRivers(dir: string, issues: GeodataIssue[]): void {
  const read = readCollection(dir, 'rivers.geojson', issues);
  if (!read) return;
  const { collection, report } = read;
  if (collection.features.length < 20) report('(file)', 'river-count', `${collection.features.length} river lines; the main rivers need more`);
  collection.features.forEach((feature, i) => {
    const id = `river #${i}`;
    const geometry = feature.geometry;
    if (geometry?.type !== 'LineString' || geometry.coordinates.length < 2) {
      report(id, 'river-geometry', 'is not a LineString of at least two points');
      return;
    }
    if (!(RIVER_LEVELS as readonly unknown[]).includes(feature.properties?.level)) report(id, 'river-level', `level ${feature.properties?.level} is not one of ${RIVER_LEVELS.join(', ')}`);
    const [w, s, e, n] = bbox(feature);
    if (w < 107.5 || e > 119.5 || s < 18 || n > 27.6) report(id, 'coordinates-wgs84', `bounds ${[w, s, e, n].join(',')} fall outside the rivers' area`);
  });
}

function checkCities(dir: string, issues: GeodataIssue[]): void {
  const read = readCollection(dir, 'cities.geojson', issues);
  if (!read) return;
  const { collection, report } = read;
  const expected = new Map(meta.cities.map((c) => [c.adcode, c]));
  const seen = new Map<string, number>();
  for (const feature of collection.features) {
    const p = feature.properties ?? {};
    const id = String(p.adcode ?? '(no adcode)');
    seen.set(id, (seen.get(id) ?? 0) + 1);
    const known = expected.get(id);
    if (!known) {
      report(id, 'city-known', 'adcode is not one of the 21 prefecture cities');
      continue;
    }
    if (p.region !== known.region) report(id, 'city-region', `region "${p.region}" should be "${known.region}"`);
    if (p.name_zh !== known.name_zh) report(id, 'city-name', `name_zh "${p.name_zh}" should be "${known.name_zh}"`);
    if (!p.name_en) report(id, 'city-name', 'name_en is empty');
    const [w, s, e, n] = bbox(feature);
    if (w < REGION_BOUNDS.west || e > REGION_BOUNDS.east || s < REGION_BOUNDS.south || n > REGION_BOUNDS.north) {
      report(id, 'coordinates-wgs84', `bounds ${[w, s, e, n].join(',')} fall outside Guangdong's lon/lat range`);
    }
  }
  for (const code of expected.keys()) {
    const count = seen.get(code) ?? 0;
    if (count !== 1) report(code, 'city-once', `appears ${count} times (expected exactly once)`);
  }
  checkOverlaps(collection.features as Feature<Polygon | MultiPolygon>[], report);
}

function checkOverlaps(
  features: Feature<Polygon | MultiPolygon>[],
  report: (id: string, rule: string, message: string) => void,
): void {
  const boxes = features.map((f) => bbox(f));
  for (let i = 0; i < features.length; i++) {
    for (let j = i + 1; j < features.length; j++) {
      const [a, b] = [boxes[i], boxes[j]];
      if (a[0] > b[2] || b[0] > a[2] || a[1] > b[3] || b[1] > a[3]) continue;
      const shared = intersect(featureCollection([features[i], features[j]]));
      const m2 = shared ? area(shared) : 0;
      if (m2 > MAX_OVERLAP_M2) {
        const ids = `${features[i].properties?.adcode}/${features[j].properties?.adcode}`;
        report(ids, 'city-no-overlap', `cities overlap by ${(m2 / 1e6).toFixed(3)} km²`);
      }
    }
  }
}

function checkContext(dir: string, issues: GeodataIssue[]): void {
  const read = readCollection(dir, 'context.geojson', issues);
  if (!read) return;
  const codes = new Set(read.collection.features.map((f) => String(f.properties?.code)));
  const wanted = [...meta.specialRegions.map((r) => r.code), ...meta.neighbourProvinces.map((p) => p.code)];
  for (const code of wanted) if (!codes.has(code)) read.report(code, 'context-complete', 'missing from context layer');
}

/** The detailed outlines: each city and SAR once, with its simplified twin's properties, and cities not overlapping. */
function checkDetail(dir: string, issues: GeodataIssue[]): void {
  const read = readCollection(dir, 'detail.geojson', issues);
  const cities = readCollection(dir, 'cities.geojson', []);
  const context = readCollection(dir, 'context.geojson', []);
  if (!read || !cities || !context) return;
  const key = (f: Feature) => String(f.properties?.adcode ?? f.properties?.code ?? '(no adcode or code)');
  const twins = new Map([...cities.collection.features, ...context.collection.features.filter((f) => f.properties?.kind === 'sar')].map((f) => [key(f), f]));
  const seen = new Map<string, number>();
  for (const feature of read.collection.features) {
    const id = key(feature);
    seen.set(id, (seen.get(id) ?? 0) + 1);
    const twin = twins.get(id);
    if (!twin) read.report(id, 'detail-known', 'not a city of cities.geojson nor a SAR of context.geojson');
    else if (JSON.stringify(feature.properties) !== JSON.stringify(twin.properties)) {
      read.report(id, 'detail-properties', 'properties differ from the same area in cities.geojson / context.geojson: run npm run geodata:build');
    }
    const [w, s, e, n] = bbox(feature);
    if (w < REGION_BOUNDS.west || e > REGION_BOUNDS.east || s < REGION_BOUNDS.south || n > REGION_BOUNDS.north) {
      read.report(id, 'coordinates-wgs84', `bounds ${[w, s, e, n].join(',')} fall outside Guangdong's lon/lat range`);
    }
  }
  for (const id of twins.keys()) {
    const count = seen.get(id) ?? 0;
    if (count !== 1) read.report(id, 'detail-once', `appears ${count} times (expected exactly once)`);
  }
  checkOverlaps(read.collection.features.filter((f) => f.properties?.adcode) as Feature<Polygon | MultiPolygon>[], read.report);
}

function checkRegions(dir: string, issues: GeodataIssue[]): void {
  const read = readCollection(dir, 'regions.geojson', issues);
  if (!read) return;
  const keys = read.collection.features.map((f) => String(f.properties?.key));
  for (const region of meta.regions) {
    if (keys.filter((k) => k === region.key).length !== 1) read.report(region.key, 'region-once', 'must appear exactly once');
  }
}
