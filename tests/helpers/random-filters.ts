import type { AtlasData } from '../../src/data/atlas.ts';
import { PLAN_COLUMNS, PORT_TYPES, PROJECT_ACTIONS, PROJECT_STATUSES, REGIONS } from '../../src/data/enums.ts';
import type { Filters } from '../../src/selectors/filters.ts';
import { CLASS_FILTERS, DEFAULT_STATE } from '../../src/state/hash-state.ts';

const all: Filters = DEFAULT_STATE;

/** A small deterministic generator, so "random" filter combinations are the same on every run. */
export function random(seed: number) {
  let s = seed;
  return () => ((s = (s * 1103515245 + 12345) % 2 ** 31) / 2 ** 31);
}

function someOf<T>(values: readonly T[], next: () => number): T[] | null {
  if (next() < 0.4) return null;
  const chosen = values.filter(() => next() < 0.5);
  return chosen.length ? chosen : [values[0]];
}

export function randomFilters(data: AtlasData, next: () => number): Filters {
  const cities = [...data.index.cities.keys()];
  return {
    ...all,
    layers: DEFAULT_STATE.layers.filter(() => next() < 0.85),
    types: PORT_TYPES.filter(() => next() < 0.8),
    status: someOf(PROJECT_STATUSES, next),
    action: someOf(PROJECT_ACTIONS, next),
    column: someOf(PLAN_COLUMNS, next),
    city: next() < 0.7 ? null : someOf(cities, next),
    region: someOf(REGIONS, next),
    class: someOf(CLASS_FILTERS, next),
  };
}

