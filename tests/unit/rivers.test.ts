import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { pointToLineDistance } from '@turf/turf';
import type { FeatureCollection, LineString, Point } from 'geojson';
import { RIVER_CLIP, readRiverClip } from '../../scripts/lib/river-clip.ts';

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

describe('geodata/src/rivers-wdbii.json, the GSHHG clip geodata:build reads', () => {
  it('is in the repository with its licence notice and credit, so no system package is needed', () => {
    const clip = JSON.parse(readFileSync(RIVER_CLIP, 'utf8')) as { about: { source: string; license: string } };
    expect(clip.about.source).toMatch(/GSHHG 2\.3\.7.*Wessel.*Smith/);
    expect(clip.about.license).toMatch(/^LGPL-3\.0-or-later/);
    const notice = readFileSync(join(import.meta.dirname, '../../geodata/src/rivers-wdbii.NOTICE.md'), 'utf8');
    expect(notice).toMatch(/GNU Lesser General Public License, version 3/);
    expect(readRiverClip()).toHaveLength(rivers.features.length);
  });

  it('names the missing clip and the command that rebuilds it', () => {
    expect(() => readRiverClip('/nowhere/rivers-wdbii.json')).toThrow(/rivers-wdbii\.json is missing.*npm run geodata:rivers-clip/);
  });
});
