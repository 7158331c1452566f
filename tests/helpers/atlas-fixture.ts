import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { AtlasData } from '../../src/data/atlas.ts';
import { indexAtlas } from '../../src/data/atlas.ts';

const geodata = resolve(import.meta.dirname, '../../geodata');
const read = (name: string) => JSON.parse(readFileSync(resolve(geodata, name), 'utf8'));

/** Freezes the whole tree, so a selector that mutates its input throws in the tests. */
function deepFreeze<T>(value: T): T {
  if (value && typeof value === 'object' && !Object.isFrozen(value)) {
    Object.freeze(value);
    for (const child of Object.values(value as object)) deepFreeze(child);
  }
  return value;
}

let cached: AtlasData | null = null;

/** The real geodata, loaded the way the app indexes it, deeply frozen. */
export function atlasFixture(): AtlasData {
  cached ??= deepFreeze(
    indexAtlas({
      cities: read('cities.geojson'),
      context: read('context.geojson'),
      world: { type: 'FeatureCollection', features: [] },
      ports: read('ports.geojson'),
      projects: read('projects.geojson'),
      sea: read('routes-sea.geojson'),
      rail: read('routes-rail.geojson'),
      plan: read('plan.json'),
      platforms: read('platforms.json'),
    }),
  );
  return cached;
}
