import { resolve } from 'node:path';
import type { AtlasData } from '../../src/data/atlas.ts';
import { loadAtlasFrom } from '../../scripts/lib/load-atlas.ts';

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
  cached ??= deepFreeze(loadAtlasFrom(resolve(import.meta.dirname, '../../geodata')));
  return cached;
}
