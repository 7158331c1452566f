import { existsSync } from 'node:fs';
import type { FeatureCollection, LineString } from 'geojson';
import h5wasm from 'h5wasm/node';
import { RIVER_LEVELS, reachesInto, type RiverFeature } from './river-clip.ts';

/**
 * Rivers from GSHHG's WDBII river layer (LGPL-3+, Debian package gmt-gshhg-high), read straight from
 * its binned netCDF-4 file. The file splits the world into square bins; each segment's points are
 * 16-bit offsets from its bin's south-west corner. Only `npm run geodata:rivers-clip` reads it: the
 * build reads the clip kept in the repository (river-clip.ts).
 */

/** Debian's path of the high-resolution river file. */
export const GSHHG_RIVERS = '/usr/share/gmt-gshhg/binned_river_h.nc';

function dataset(file: InstanceType<typeof h5wasm.File>, name: string): ArrayLike<number> {
  const node = file.get(name);
  if (!node || !('value' in node)) throw new Error(`${GSHHG_RIVERS}: no dataset ${name}`);
  return node.value as ArrayLike<number>;
}

/** The river segments of the kept classes that reach into [west, south, east, north], file order. */
export async function readRivers(path: string, bounds: readonly [number, number, number, number]): Promise<FeatureCollection<LineString, { level: number }>> {
  if (!existsSync(path)) {
    throw new Error(`${path} is missing: the rivers come from Debian's GSHHG data. Install it with: apt-get install -y gmt-gshhg-high`);
  }
  const [west, south, east, north] = bounds;
  await h5wasm.ready;
  const file = new h5wasm.File(path, 'r');
  try {
    const binDegrees = dataset(file, 'Bin_size_in_minutes')[0] / 60;
    const binsPerRow = dataset(file, 'N_bins_in_360_longitude_range')[0];
    const firstSegment = dataset(file, 'Id_of_first_segment_in_a_bin');
    const segments = dataset(file, 'N_segments_in_a_bin');
    const points = dataset(file, 'N_points_for_a_segment');
    const levels = dataset(file, 'Hierarchial_level_of_a_segment');
    const firstPoint = dataset(file, 'Id_of_first_point_in_a_segment');
    const dx = dataset(file, 'Relative_longitude_from_SW_corner_of_bin');
    const dy = dataset(file, 'Relative_latitude_from_SW_corner_of_bin');
    const step = binDegrees / 65535;
    const round = (value: number) => Math.round(value * 1e5) / 1e5;
    const features: RiverFeature[] = [];
    for (let bin = 0; bin < firstSegment.length; bin++) {
      // Bins run west to east from 0°, rows north to south from 90°N.
      const binWest = (bin % binsPerRow) * binDegrees;
      const binSouth = 90 - (Math.floor(bin / binsPerRow) + 1) * binDegrees;
      if (binWest > east || binWest + binDegrees < west || binSouth > north || binSouth + binDegrees < south) continue;
      for (let s = firstSegment[bin]; s < firstSegment[bin] + segments[bin]; s++) {
        if (!(RIVER_LEVELS as readonly number[]).includes(levels[s])) continue;
        const coordinates: [number, number][] = [];
        for (let p = firstPoint[s]; p < firstPoint[s] + points[s]; p++) {
          // Stored as signed 16-bit, meant as unsigned.
          coordinates.push([round(binWest + (dx[p] & 0xffff) * step), round(binSouth + (dy[p] & 0xffff) * step)]);
        }
        if (reachesInto(coordinates, bounds) && coordinates.length > 1) features.push({ type: 'Feature', properties: { level: levels[s] }, geometry: { type: 'LineString', coordinates } });
      }
    }
    return { type: 'FeatureCollection', features };
  } finally {
    file.close();
  }
}
