import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { AtlasData } from '../../src/data/atlas.ts';
import { indexAtlas } from '../../src/data/atlas.ts';

/** The atlas as the app indexes it, read from a geodata folder (the world layer is left out: nothing here needs it). */
export function loadAtlasFrom(dir: string): AtlasData {
  const read = (name: string) => JSON.parse(readFileSync(join(dir, name), 'utf8'));
  return indexAtlas({
    cities: read('cities.geojson'),
    context: read('context.geojson'),
    world: { type: 'FeatureCollection', features: [] },
    ports: read('ports.geojson'),
    projects: read('projects.geojson'),
    sea: read('routes-sea.geojson'),
    rail: read('routes-rail.geojson'),
    plan: read('plan.json'),
  });
}
