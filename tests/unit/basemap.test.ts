import { readFileSync, mkdtempSync, cpSync, rmSync, existsSync, readdirSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { point, pointToLineDistance, polygonToLine } from '@turf/turf';
import { describe, expect, it } from 'vitest';
import * as gjv from 'geojson-validation';
import { DEFAULT_SOURCES, buildBasemap } from '../../scripts/build-basemap.ts';
import { checkBasemap } from '../../scripts/lib/check-basemap.ts';
import { writeAllOrNothing } from '../../scripts/lib/atomic-write.ts';

const geodata = resolve(import.meta.dirname, '../../geodata');
const read = (name: string): FeatureCollection => JSON.parse(readFileSync(join(geodata, name), 'utf8'));
const cities = read('cities.geojson') as FeatureCollection<Polygon | MultiPolygon>;

describe('geodata/cities.geojson', () => {
  it('passes every basemap check: valid GeoJSON, 21 cities once each, regions, no overlaps', () => {
    expect(checkBasemap(geodata)).toEqual([]);
    expect(gjv.valid(cities)).toBe(true);
  });

  it('has the 21 prefecture cities, each exactly once, grouped into the four regions', () => {
    const adcodes = cities.features.map((f) => f.properties!.adcode).sort();
    expect(new Set(adcodes).size).toBe(21);
    const byRegion: Record<string, string[]> = {};
    for (const f of cities.features) (byRegion[f.properties!.region] ??= []).push(f.properties!.name_zh);
    expect(byRegion['pearl-river-delta']).toHaveLength(9);
    expect(byRegion['east-wing']!.sort()).toEqual(['揭阳市', '汕头市', '汕尾市', '潮州市'].sort());
    expect(byRegion['west-wing']!.sort()).toEqual(['湛江市', '茂名市', '阳江市'].sort());
    expect(byRegion['north']!.sort()).toEqual(['云浮市', '梅州市', '河源市', '清远市', '韶关市'].sort());
  });

  it('puts the Shenzhen–Hong Kong boundary where an independent WGS-84 outline (OpenStreetMap) does', () => {
    const reference = JSON.parse(
      readFileSync(resolve(import.meta.dirname, '../fixtures/reference/hk-macao-osm.geojson'), 'utf8'),
    ) as FeatureCollection<MultiPolygon>;
    const hongKong = reference.features.find((f) => f.properties!.code === 'HK')!;
    // Vertices of the land boundary along the Shenzhen River and Sha Tau Kok, away from the coast.
    const mainland = [...hongKong.geometry.coordinates].sort((a, b) => b[0].length - a[0].length)[0];
    const landBorder: Position[] = mainland[0].filter(([lng, lat]) => lng > 114.03 && lng < 114.2 && lat > 22.5);
    expect(landBorder.length).toBeGreaterThan(20);

    const shenzhenOf = (collection: FeatureCollection) =>
      collection.features.find((f) => f.properties?.adcode === '440300' || f.properties?.name === '深圳') as Feature<
        Polygon | MultiPolygon
      >;
    const medianMetres = (area: Feature<Polygon | MultiPolygon>) => {
      const lines = polygonToLine(area);
      const parts = lines.type === 'FeatureCollection' ? lines.features : [lines];
      const distances = landBorder
        .map((p) => Math.min(...parts.map((line) => pointToLineDistance(point(p), line as never, { units: 'meters' }))))
        .sort((a, b) => a - b);
      return distances[Math.floor(distances.length / 2)];
    };
    const shipped = medianMetres(shenzhenOf(cities));
    console.info(`Shenzhen–HK border vs OSM: median ${shipped.toFixed(0)} m`);
    expect(shipped).toBeLessThan(120);
    // The unconverted GCJ-02 source lies far off the same line, so this check would catch a missing conversion.
    const raw = JSON.parse(readFileSync(join(DEFAULT_SOURCES.cityDir, 'guang3_dong1_shen1_zhen4.geojson'), 'utf8'));
    const unconverted = medianMetres(shenzhenOf(raw));
    console.info(`unconverted GCJ-02 source: median ${unconverted.toFixed(0)} m`);
    expect(unconverted).toBeGreaterThan(2 * shipped);
    expect(unconverted).toBeGreaterThan(250);
  });
});

describe('geodata/detail.geojson', () => {
  const detail = read('detail.geojson') as FeatureCollection<Polygon | MultiPolygon>;
  const vertices = (f: Feature<Polygon | MultiPolygon>) => JSON.stringify(f.geometry.coordinates).split('],[').length;

  it('holds every city and both SARs once, with the same properties as their simplified twins and more vertices', () => {
    const context = read('context.geojson') as FeatureCollection<Polygon | MultiPolygon>;
    const twins = [...cities.features, ...context.features.filter((f) => f.properties!.kind === 'sar')];
    expect(detail.features).toHaveLength(twins.length);
    for (const twin of twins) {
      const key = twin.properties!.adcode ?? twin.properties!.code;
      const matches = detail.features.filter((f) => (f.properties!.adcode ?? f.properties!.code) === key);
      expect(matches, String(key)).toHaveLength(1);
      expect(matches[0].properties).toEqual(twin.properties);
      expect(vertices(matches[0]), String(key)).toBeGreaterThan(vertices(twin));
    }
  });

  it('is valid GeoJSON with several times the vertices of cities.geojson', () => {
    expect(gjv.valid(detail)).toBe(true);
    const total = (c: FeatureCollection<Polygon | MultiPolygon>) => c.features.reduce((n, f) => n + vertices(f), 0);
    // About four times the vertices: what makes coasts smooth at zoom 9 and beyond.
    expect(total(detail) / total(cities)).toBeGreaterThan(3);
  });
});

describe('npm run geodata:build', () => {
  it('is reproducible: a fresh build gives byte-identical files to the committed ones', async () => {
    const built = await buildBasemap();
    for (const [name, text] of Object.entries(built)) {
      expect(text === readFileSync(join(geodata, name), 'utf8'), `${name} differs from a fresh build`).toBe(true);
    }
  });

  it('stops with a message naming the source when a city outline is missing', async () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-src-'));
    try {
      cpSync(DEFAULT_SOURCES.cityDir, dir, { recursive: true });
      rmSync(join(dir, 'guang3_dong1_shan4_wei3.geojson'));
      await expect(buildBasemap({ ...DEFAULT_SOURCES, cityDir: dir })).rejects.toThrow(/guang3_dong1_shan4_wei3\.geojson/);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('leaves nothing half-written when the output fails validation', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-out-'));
    try {
      expect(() =>
        writeAllOrNothing(dir, { 'a.geojson': '{}', 'b.geojson': '{}' }, () => {
          throw new Error('rejected');
        }),
      ).toThrow('rejected');
      expect(readdirSync(dir)).toEqual([]);
      writeAllOrNothing(dir, { 'a.geojson': '{}' }, () => undefined);
      expect(existsSync(join(dir, 'a.geojson'))).toBe(true);
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
