import { existsSync, readFileSync } from 'node:fs';
import { join, relative, resolve } from 'node:path';
import type { Feature, FeatureCollection, LineString } from 'geojson';
import { featureCollectionText } from './atomic-write.ts';

/**
 * The Guangdong clip of GSHHG's WDBII rivers, kept in the repository (geodata/src/rivers-wdbii.json)
 * so that geodata:build and its reproducibility test need no system package. `npm run
 * geodata:rivers-clip` refreshes it from Debian's gmt-gshhg-high (scripts/lib/rivers.ts).
 */

const root = resolve(import.meta.dirname, '../..');
export const RIVER_CLIP = join(root, 'geodata/src/rivers-wdbii.json');

/** West, south, east, north of the rivers kept: Guangdong and the lower reaches its neighbours share. */
export const RIVER_BOUNDS = [109.5, 20, 117.5, 25.6] as const;

/**
 * WDBII river classes kept: 0 double-lined rivers, 1 permanent major, 2 additional major, 3 additional
 * rivers. That is the 西江, 北江 and 东江 with the delta's main channels; finer classes crowd the map.
 */
export const RIVER_LEVELS = [0, 1, 2, 3] as const;

export type RiverFeature = Feature<LineString, { level: number }>;

/** A segment is kept whole when one of its points lies within the bounds. */
export function reachesInto(coordinates: readonly number[][], [west, south, east, north]: readonly [number, number, number, number]): boolean {
  return coordinates.some(([x, y]) => x >= west && x <= east && y >= south && y <= north);
}

/** What the clip says of itself: the data's origin and licence travel with the file. */
const ABOUT = {
  source: 'GSHHG 2.3.7, WDBII rivers (P. Wessel and W. H. F. Smith, from the CIA World Data Bank II), Debian package gmt-gshhg-high, binned_river_h.nc',
  license: 'LGPL-3.0-or-later (see rivers-wdbii.NOTICE.md beside this file)',
  clip: { bounds: RIVER_BOUNDS, levels: RIVER_LEVELS, rule: 'whole segments with a point inside the bounds, in the file order' },
};

export function riverClipText(features: readonly RiverFeature[]): string {
  return featureCollectionText(features, { about: ABOUT });
}

/** The clip's segments of the kept classes that reach into the bounds, in file order; throws naming the file and segment. */
export function readRiverClip(path: string = RIVER_CLIP): RiverFeature[] {
  const name = relative(root, path);
  if (!existsSync(path)) throw new Error(`${name} is missing: restore it from git, or rebuild it with npm run geodata:rivers-clip`);
  const clip = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection;
  if (clip.type !== 'FeatureCollection' || !Array.isArray(clip.features)) throw new Error(`${name}: not a GeoJSON FeatureCollection`);
  return clip.features.flatMap((feature, i) => {
    const level = feature.properties?.level;
    if (feature.geometry?.type !== 'LineString' || feature.geometry.coordinates.length < 2 || typeof level !== 'number') {
      throw new Error(`${name}: segment ${i}: needs a LineString of two points or more and a numeric level`);
    }
    const kept = (RIVER_LEVELS as readonly number[]).includes(level) && reachesInto(feature.geometry.coordinates, RIVER_BOUNDS);
    return kept ? [feature as RiverFeature] : [];
  });
}
