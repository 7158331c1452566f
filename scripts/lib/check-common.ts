import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, FeatureCollection, Position } from 'geojson';
import * as gjv from 'geojson-validation';
import type { GeodataIssue } from './issues.ts';

export type Report = (id: string, rule: string, message: string) => void;

/** Reads one geodata file; parse errors and GeoJSON-spec violations become issues, not exceptions. */
export function readCollection(
  dir: string,
  file: string,
  issues: GeodataIssue[],
): { collection: FeatureCollection; report: Report } | null {
  const report: Report = (id, rule, message) => issues.push({ file, id, rule, message });
  const path = join(dir, file);
  if (!existsSync(path)) {
    report('(file)', 'file-exists', 'file is missing');
    return null;
  }
  let collection: FeatureCollection;
  try {
    collection = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    report('(file)', 'json-parse', (error as Error).message);
    return null;
  }
  if (collection?.type !== 'FeatureCollection' || !Array.isArray(collection.features)) {
    report('(file)', 'geojson-valid', 'not a FeatureCollection');
    return null;
  }
  // Features that break the GeoJSON spec are reported here and left out of the returned collection,
  // so that later rules (geometry, distances) never run on a shape they cannot trust.
  const valid = collection.features.filter((feature, index) => {
    const problems = gjv.isFeature(feature, true);
    const id = featureLabel(feature, index);
    for (const problem of problems) report(id, 'geojson-valid', problem);
    if (problems.length === 0) checkRings(feature, id, report);
    return problems.length === 0;
  });
  return { collection: { ...collection, features: valid }, report };
}

export function featureLabel(feature: Feature, index: number): string {
  const p = feature?.properties ?? {};
  return String(p.id ?? p.adcode ?? p.code ?? `#${index}`);
}

/** geojson-validation accepts rings that are not closed or too short; renderers do not. */
function checkRings(feature: Feature, id: string, report: Report): void {
  const g = feature.geometry;
  const polygons: Position[][][] =
    g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [];
  polygons.forEach((rings, part) =>
    rings.forEach((ring, r) => {
      const first = ring[0];
      const last = ring[ring.length - 1];
      if (ring.length < 4) report(id, 'ring-valid', `part ${part} ring ${r} has ${ring.length} positions (< 4)`);
      else if (first[0] !== last[0] || first[1] !== last[1]) report(id, 'ring-valid', `part ${part} ring ${r} is not closed`);
    }),
  );
}

/** Guangdong and its surroundings in WGS-84 longitude/latitude, a guard against swapped or projected coordinates. */
export const REGION_BOUNDS = { west: 104, east: 122, south: 15, north: 28 } as const;
