import { spawnSync } from 'node:child_process';
import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Polygon, Position } from 'geojson';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import basemapCases from '../fixtures/broken-basemap/cases.json' with { type: 'json' };

const root = resolve(import.meta.dirname, '../..');
const geodata = join(root, 'geodata');

/** Runs `npm run geodata:check`'s script on a folder, as CI would. */
function runCheck(dir: string) {
  return spawnSync(join(root, 'node_modules/.bin/tsx'), [join(root, 'scripts/check-geodata.ts'), dir], { encoding: 'utf8' });
}

describe('npm run geodata:check as a command', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-command-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits non-zero and names file, feature and rule when a project contradicts its port', () => {
    cpSync(geodata, dir, { recursive: true });
    const file = join(dir, 'projects.geojson');
    const projects = JSON.parse(readFileSync(file, 'utf8')) as FeatureCollection;
    const project = projects.features.find((f) => f.properties?.id === 'proj-c4-01')!;
    // Zhuhai Airport's cargo port opened in 2025; a project still saying “planned” contradicts it unless its port_note says why.
    Object.assign(project.properties!, { status: 'planned', status_history: project.properties!.status_history.slice(0, 1), port_note: null });
    writeFileSync(file, JSON.stringify(projects));

    const run = runCheck(dir);
    expect(run.status).not.toBe(0);
    expect(run.stderr).toContain('projects.geojson: proj-c4-01: [project-port]');
  });
});

interface BasemapCase {
  why: string;
  file: string;
  key?: string;
  rule: string;
  expectId?: string;
  set?: Record<string, unknown>;
  remove?: boolean;
  duplicate?: boolean;
  geometryFrom?: string;
  swapAxes?: boolean;
  shift?: number[];
  openRing?: boolean;
  text?: string;
}

type Area = Feature<Polygon | MultiPolygon>;

const keyOf = (f: Feature) => String(f.properties?.adcode ?? f.properties?.code ?? f.properties?.key);

/** Every position of a Polygon or MultiPolygon, mapped. */
function mapPositions(feature: Area, change: (p: Position) => Position): void {
  const walk = (value: unknown): unknown => (typeof (value as unknown[])[0] === 'number' ? change(value as Position) : (value as unknown[]).map(walk));
  (feature.geometry as { coordinates: unknown }).coordinates = walk(feature.geometry.coordinates);
}

/** Applies one case of tests/fixtures/broken-basemap/cases.json to the copy in dir. */
function breakBasemap(dir: string, broken: BasemapCase): void {
  const path = join(dir, broken.file);
  if (broken.text !== undefined) return writeFileSync(path, broken.text);
  const collection = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection<Polygon | MultiPolygon>;
  const index = collection.features.findIndex((f) => keyOf(f) === broken.key);
  if (index < 0) throw new Error(`fixture names ${broken.key}, which is not in ${broken.file}`);
  const feature = collection.features[index];
  if (broken.set) Object.assign(feature.properties!, broken.set);
  if (broken.remove) collection.features.splice(index, 1);
  if (broken.duplicate) collection.features.push(structuredClone(feature));
  if (broken.geometryFrom) feature.geometry = structuredClone(collection.features.find((f) => keyOf(f) === broken.geometryFrom)!.geometry);
  if (broken.swapAxes) mapPositions(feature, ([lng, lat]) => [lat, lng]);
  if (broken.shift) mapPositions(feature, ([lng, lat]) => [lng + broken.shift![0], lat + broken.shift![1]]);
  if (broken.openRing) {
    const g = feature.geometry;
    (g.type === 'Polygon' ? g.coordinates[0] : g.coordinates[0][0]).pop();
  }
  writeFileSync(path, JSON.stringify(collection));
}

describe('npm run geodata:check on deliberately broken basemap files (tests/fixtures/broken-basemap)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-broken-basemap-'));
  let run: ReturnType<typeof runCheck>;
  beforeAll(() => {
    cpSync(geodata, dir, { recursive: true });
    for (const broken of basemapCases as BasemapCase[]) breakBasemap(dir, broken);
    run = runCheck(dir);
  }, 120_000);
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it('exits non-zero and says how many problems it found', () => {
    expect(run.status).toBe(1);
    expect(run.stderr).toMatch(/geodata:check found \d+ problem\(s\)/);
    expect(run.stdout).not.toContain('is valid');
  });

  it.each((basemapCases as BasemapCase[]).map((c) => [c.why, c.file, c.rule, c] as const))('%s → %s: [%s]', (_why, _file, _rule, broken) => {
    const line = `${broken.file}: ${broken.expectId ?? broken.key}: [${broken.rule}]`;
    expect(run.stderr.split('\n').some((l) => l.trim().startsWith(line)), `${line}\n--- got:\n${run.stderr}`).toBe(true);
  });
});
