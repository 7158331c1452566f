import { cpSync, mkdtempSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join, resolve } from 'node:path';
import type { FeatureCollection } from 'geojson';
import { afterAll, describe, expect, it } from 'vitest';
import { checkPlaces } from '../../scripts/lib/check-places.ts';
import { formatIssue } from '../../scripts/lib/issues.ts';
import brokenCases from '../fixtures/broken/places.json' with { type: 'json' };

const geodata = resolve(import.meta.dirname, '../../geodata');
const FILES = ['cities.geojson', 'context.geojson', 'ports.geojson', 'projects.geojson', 'platforms.json', 'plan.json'];

describe('ports, projects, platforms and plan figures', () => {
  it('pass every check', () => {
    expect(checkPlaces(geodata).map(formatIssue)).toEqual([]);
  });
});

interface BrokenCase {
  why: string;
  file: string;
  id: string;
  rule: string;
  set?: Record<string, unknown>;
  coordinates?: unknown[];
  remove?: boolean;
  expectId?: string;
  expectFile?: string;
}

describe('each rule fires on a deliberately broken copy (tests/fixtures/broken/places.json)', () => {
  const dir = mkdtempSync(join(tmpdir(), 'atlas-broken-'));
  afterAll(() => rmSync(dir, { recursive: true, force: true }));

  it.each(brokenCases as BrokenCase[])('$why → [$rule]', (broken) => {
    for (const file of FILES) cpSync(join(geodata, file), join(dir, file));
    const collection = JSON.parse(readFileSync(join(dir, broken.file), 'utf8')) as FeatureCollection;
    const index = collection.features.findIndex((f) => f.properties?.id === broken.id);
    expect(index, `fixture names ${broken.id}, which is not in ${broken.file}`).toBeGreaterThanOrEqual(0);
    const feature = collection.features[index];
    if (broken.remove) collection.features.splice(index, 1);
    if (broken.set) Object.assign(feature.properties!, broken.set);
    if (broken.coordinates) (feature.geometry as { coordinates: unknown[] }).coordinates = broken.coordinates;
    writeFileSync(join(dir, broken.file), JSON.stringify(collection));

    const issues = checkPlaces(dir);
    const expected = { file: broken.expectFile ?? broken.file, id: broken.expectId ?? broken.id, rule: broken.rule };
    expect(issues.map(formatIssue).join('\n')).toContain(`${expected.file}: ${expected.id}: [${expected.rule}]`);
  });
});
