import { describe, expect, it } from 'vitest';
import { atlasFixture } from '../../tests/helpers/atlas-fixture.ts';
import { PLAN_COLUMNS, PORT_TYPES, PROJECT_STATUSES, REGIONS } from '../data/enums.ts';
import { DEFAULT_STATE, type HashState } from '../state/hash-state.ts';
import { random, randomFilters } from '../../tests/helpers/random-filters.ts';
import { facetCounts, portClass, projectClass, visibleFeatures, type Filters } from './filters.ts';

const data = atlasFixture();
const all: Filters = DEFAULT_STATE;

/** The rules written out the slow, obvious way, to check the selectors against. */
function bruteForce(filters: Filters) {
  const inPlace = (city: string) =>
    (filters.city === null || filters.city.includes(city)) &&
    (filters.region === null || filters.region.includes(data.index.regionOfCity.get(city)!));
  const ports = data.ports.features.filter(
    (f) =>
      filters.layers.includes('ports') &&
      filters.types.includes(f.properties.port_type) &&
      (filters.class === null || filters.class.includes(f.properties.class ?? 'unknown')) &&
      inPlace(f.properties.city),
  );
  const projects = data.projects.features.filter(
    (f) =>
      filters.layers.includes('projects') &&
      filters.types.includes(f.properties.port_type) &&
      (filters.status === null || filters.status.includes(f.properties.status)) &&
      (filters.action === null || f.properties.action.some((a) => filters.action!.includes(a))) &&
      (filters.column === null || filters.column.includes(f.properties.column)) &&
      (filters.class === null || filters.class.includes(f.properties.column === 5 ? 'II' : 'I')) &&
      inPlace(f.properties.city),
  );
  return { ports: ports.map((f) => f.properties.id), projects: projects.map((f) => f.properties.id) };
}

describe('visibleFeatures', () => {
  it('shows every port, project and route with no filter', () => {
    const visible = visibleFeatures(data, all);
    expect(visible.ports).toHaveLength(data.ports.features.length);
    expect(visible.projects).toHaveLength(108);
    expect(visible.sea).toHaveLength(data.sea.features.length);
    expect(visible.rail).toHaveLength(data.rail.features.length);
  });

  it('agrees with a brute-force count over 300 random filter combinations', () => {
    const next = random(42);
    for (let i = 0; i < 300; i++) {
      const filters = randomFilters(data, next);
      const visible = visibleFeatures(data, filters);
      expect({ ports: visible.ports.map((f) => f.properties.id), projects: visible.projects.map((f) => f.properties.id) }).toEqual(
        bruteForce(filters),
      );
    }
  });

  it('hides routes whose Guangdong end is outside the chosen cities', () => {
    const cityOf = (portId: string) => data.index.ports.get(portId)?.properties.city;
    // Exactly the routes starting in the chosen cities, sea and rail; the data have some in each and others elsewhere.
    for (const cities of [['440300'], ['441900'], ['440100', '440700']]) {
      const visible = visibleFeatures(data, { ...all, city: cities });
      const sea = data.sea.features.filter((f) => cities.includes(cityOf(f.properties.from_port)!));
      const rail = data.rail.features.filter((f) => cities.includes(cityOf(f.properties.origin)!));
      expect(visible.sea.map((f) => f.properties.id), `sea from ${cities}`).toEqual(sea.map((f) => f.properties.id));
      expect(visible.rail.map((f) => f.properties.id), `rail from ${cities}`).toEqual(rail.map((f) => f.properties.id));
      expect(rail.length > 0 && rail.length < data.rail.features.length, `rail from ${cities}: some, not all`).toBe(true);
    }
    const shenzhen = visibleFeatures(data, { ...all, city: ['440300'] });
    expect(shenzhen.sea.length > 0 && shenzhen.sea.length < data.sea.features.length).toBe(true);
    // By region too: the Pearl River Delta holds every rail origin, the east wing none.
    expect(visibleFeatures(data, { ...all, region: ['pearl-river-delta'] }).rail).toHaveLength(data.rail.features.length);
    expect(visibleFeatures(data, { ...all, region: ['east-wing'] }).rail).toEqual([]);
    const noWater = visibleFeatures(data, { ...all, types: ['land', 'air', 'rail'] });
    expect(noWater.sea).toEqual([]);
  });

  it('classes projects by column: 专栏5 is class II, the rest class I', () => {
    const classII = visibleFeatures(data, { ...all, class: ['II'] }).projects;
    expect(classII).toHaveLength(14);
    expect(classII.every((f) => projectClass(f) === 'II' && f.properties.column === 5)).toBe(true);
    const unknown = visibleFeatures(data, { ...all, class: ['unknown'] }).ports;
    expect(unknown.length).toBeGreaterThan(0);
    expect(unknown.every((f) => portClass(f) === 'unknown')).toBe(true);
  });
});

describe('facetCounts', () => {
  it('counts, for each status, what choosing only that status would show', () => {
    const counts = facetCounts(data, all, 'status', PROJECT_STATUSES);
    const sum = [...counts.values()].reduce((a, b) => a + b, 0);
    expect(sum).toBe(108);
    for (const status of PROJECT_STATUSES) {
      expect(counts.get(status)).toBe(data.projects.features.filter((f) => f.properties.status === status).length);
    }
  });

  it('respects the other filters: status counts within one column', () => {
    const counts = facetCounts(data, { ...all, column: [3] }, 'status', PROJECT_STATUSES);
    expect([...counts.values()].reduce((a, b) => a + b, 0)).toBe(8);
  });

  it('counts ports and projects for port types and regions', () => {
    const types = facetCounts(data, all, 'types', PORT_TYPES);
    expect([...types.values()].reduce((a, b) => a + b, 0)).toBe(data.ports.features.length + 108);
    const regions = facetCounts(data, all, 'region', REGIONS);
    expect([...regions.values()].reduce((a, b) => a + b, 0)).toBe(data.ports.features.length + 108);
  });

  it('matches brute force on random combinations', () => {
    const next = random(7);
    for (let i = 0; i < 60; i++) {
      const filters: HashState = { ...DEFAULT_STATE, ...randomFilters(data, next) };
      const counts = facetCounts(data, filters, 'column', PLAN_COLUMNS);
      for (const column of PLAN_COLUMNS) {
        const expected = filters.layers.includes('projects') ? bruteForce({ ...filters, column: [column] }).projects.length : 0;
        expect(counts.get(column)).toBe(expected);
      }
    }
  });
});
