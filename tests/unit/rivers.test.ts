import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pointToLineDistance } from '@turf/turf';
import type { FeatureCollection, LineString, Point } from 'geojson';

const rivers = JSON.parse(readFileSync(join(import.meta.dirname, '../../geodata/rivers.geojson'), 'utf8')) as FeatureCollection<LineString, { level: number }>;

/** How close (km) the nearest river line of the given classes passes to a point. */
function nearest(point: [number, number], maxLevel: number): number {
  return Math.min(...rivers.features.filter((f) => f.properties.level <= maxLevel).map((f) => pointToLineDistance(point, f, { units: 'kilometers' })));
}

const ports = JSON.parse(readFileSync(join(import.meta.dirname, '../../geodata/ports.geojson'), 'utf8')) as FeatureCollection<Point, { id: string }>;

describe('geodata/rivers.geojson', () => {
  // River ports the issue found floating on blank land: each now lies beside a river the file draws.
  it.each([
    ['port-zhaoqing-new-port', 1],
    ['port-yunfu-liudu-loading-point', 1],
    ['port-sanshui', 3],
    ['port-qingyuan-harbour', 3],
    ['port-shaoguan-new-port', 3],
  ] as const)('passes by %s', (id, maxLevel) => {
    const port = ports.features.find((f) => f.properties.id === id)!;
    expect(nearest(port.geometry.coordinates as [number, number], maxLevel)).toBeLessThan(5);
  });

  it('keeps to the four main classes', () => {
    expect(new Set(rivers.features.map((f) => f.properties.level))).toEqual(new Set([0, 1, 2, 3]));
  });
});
