import { copyFileSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FeatureCollection, LineString } from 'geojson';
import * as gjv from 'geojson-validation';
import { describe, expect, it } from 'vitest';
import { buildRoutes, railLine, splitNote } from '../../scripts/build-routes.ts';
import { RAIL_FILE, SEA_FILE, checkRoutes } from '../../scripts/lib/check-routes.ts';
import { LAND_FILES } from '../../scripts/lib/route-geometry.ts';
import type { RailRouteProperties, SeaRouteProperties } from '../../src/data/types.ts';

const geodata = resolve(import.meta.dirname, '../../geodata');
const fixtures = resolve(import.meta.dirname, '../fixtures/broken-routes');
const read = <T>(name: string) => JSON.parse(readFileSync(join(geodata, name), 'utf8')) as T;

describe('geodata/routes-sea.geojson and routes-rail.geojson', () => {
  it('pass every route check: schema, known ports, sea lines off land, rail lines from their origin', () => {
    const started = Date.now();
    expect(checkRoutes(geodata)).toEqual([]);
    console.info(`checkRoutes(geodata/): ${Date.now() - started} ms`);
  });

  it('hold every source route once, as valid GeoJSON', () => {
    const sea = read<FeatureCollection<LineString, SeaRouteProperties>>(SEA_FILE);
    const rail = read<FeatureCollection<LineString, RailRouteProperties>>(RAIL_FILE);
    const seaSource = JSON.parse(readFileSync(join(geodata, 'src/routes-sea.json'), 'utf8')) as { id: string }[];
    const railSource = JSON.parse(readFileSync(join(geodata, 'src/routes-rail.json'), 'utf8')) as { id: string }[];
    expect(sea.features.map((f) => f.properties.id)).toEqual(seaSource.map((r) => r.id));
    expect(rail.features.map((f) => f.properties.id)).toEqual(railSource.map((r) => r.id));
    expect(gjv.valid(sea)).toBe(true);
    expect(gjv.valid(rail)).toBe(true);
  });

  it('draws trans-Pacific routes as one continuous line across the antimeridian', () => {
    const sea = read<FeatureCollection<LineString, SeaRouteProperties>>(SEA_FILE);
    const la = sea.features.find((f) => f.properties.id === 'sea-shekou-los-angeles')!;
    const lngs = la.geometry.coordinates.map((c) => c[0]);
    for (let i = 1; i < lngs.length; i++) expect(Math.abs(lngs[i] - lngs[i - 1])).toBeLessThan(180);
    expect(lngs[lngs.length - 1]).toBeCloseTo(-118.26 + 360, 3);
    expect(la.properties.length_km).toBeGreaterThan(11_000);
    expect(la.properties.length_km).toBeLessThan(13_500); // not the 29,000 km detour via Suez
  });
});

describe('npm run geodata:routes', () => {
  it('splits bilingual notes at the first slash followed by a space', () => {
    expect(splitNote('南沙至德班约23天。/ About 23 days Nansha–Durban.')).toEqual({
      zh: '南沙至德班约23天。',
      en: 'About 23 days Nansha–Durban.',
    });
    expect(splitNote('来源未区分釜山北港/新港，取新港位置。/ Placed at Busan New Port.')).toEqual({
      zh: '来源未区分釜山北港/新港，取新港位置。',
      en: 'Placed at Busan New Port.',
    });
    expect(splitNote('仅中文说明')).toEqual({ zh: '仅中文说明', en: null });
    expect(splitNote(undefined)).toEqual({ zh: null, en: null });
  });

  it('draws rail lines origin → via → destination without repeats or a double-back through the origin city', () => {
    const dalang = [113.24, 23.25];
    const guangzhou = [113.2644, 23.1291];
    const changsha = [112.9388, 28.2282];
    const moscow = [37.6176, 55.7558];
    expect(railLine(dalang, [guangzhou, changsha, changsha], moscow)).toEqual([dalang, changsha, moscow]);
    const shilong = [113.875, 23.105]; // Shilong → Guangzhou → Changsha turns north, it does not double back
    expect(railLine(shilong, [guangzhou, changsha], moscow)).toEqual([shilong, guangzhou, changsha, moscow]);
  });

  it('is reproducible: a fresh build gives byte-identical files to the committed ones', async () => {
    const started = Date.now();
    const built = await buildRoutes();
    console.info(`buildRoutes(): ${Date.now() - started} ms`);
    expect(Object.keys(built).sort()).toEqual([RAIL_FILE, SEA_FILE].sort());
    for (const [name, text] of Object.entries(built)) {
      expect(text === readFileSync(join(geodata, name), 'utf8'), `${name} differs from a fresh build`).toBe(true);
    }
  });
});

describe('checkRoutes on a deliberately broken fixture', () => {
  it('fires each rule and names the feature', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-routes-'));
    try {
      for (const name of [SEA_FILE, RAIL_FILE]) copyFileSync(join(fixtures, name), join(dir, name));
      for (const name of ['ports.geojson', ...LAND_FILES]) copyFileSync(join(geodata, name), join(dir, name));
      const issues = checkRoutes(dir);
      const fired = [...new Set(issues.map((i) => `${i.file} ${i.id} ${i.rule}`))].sort();
      expect(fired).toEqual(
        [
          `${SEA_FILE} sea-broken-across-guangdong sea-route-on-land`,
          `${SEA_FILE} sea-broken-unknown-port from-port-known`,
          `${SEA_FILE} sea-broken-duplicate id-unique`,
          `${RAIL_FILE} rail-broken-far-from-origin rail-starts-at-origin`,
        ].sort(),
      );
      const onLand = issues.find((i) => i.rule === 'sea-route-on-land')!;
      expect(onLand.message).toMatch(/^sample at 1\d\d\.\d+,2\d\.\d+ lies on land \((cities|context)\.geojson .+\)/);
      expect(issues.find((i) => i.rule === 'from-port-known')!.message).toContain('port-atlantis');
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });

  it('reports missing input files instead of throwing', () => {
    const dir = mkdtempSync(join(tmpdir(), 'atlas-routes-'));
    try {
      const issues = checkRoutes(dir);
      expect(issues.map((i) => `${i.file} ${i.rule}`)).toEqual(
        expect.arrayContaining([`${SEA_FILE} file-exists`, `${RAIL_FILE} file-exists`, 'ports.geojson file-exists']),
      );
    } finally {
      rmSync(dir, { recursive: true, force: true });
    }
  });
});
