import { describe, expect, it } from 'vitest';
import { atlasFixture } from '../../tests/helpers/atlas-fixture.ts';
import type { AtlasData } from '../data/atlas.ts';
import { DEFAULT_STATE } from '../state/hash-state.ts';
import { countShown, facetCounts, visibleFeatures } from './filters.ts';

/** A port in a city the index has no region for, and routes from a port that is not in the data. */
const port = { type: 'Feature', properties: { id: 'port-a', city: '449900', port_type: 'water', class: null, status: 'open', opened: '2000' } };
const sea = { type: 'Feature', properties: { id: 'sea-a', from_port: 'port-gone', checked: '2020' } };
const rail = { type: 'Feature', properties: { id: 'rail-a', origin: 'port-gone', checked: '2020', first_run: '2016' } };
const data = {
  ports: { features: [port] },
  projects: { features: [] },
  sea: { features: [sea] },
  rail: { features: [rail] },
  index: { ports: new Map([['port-a', port]]), regionOfCity: new Map([['440300', 'pearl-river-delta']]) },
} as unknown as AtlasData;
const ids = (features: { properties: { id: string } }[]) => features.map((f) => f.properties.id);

describe('visibleFeatures at the edges', () => {
  it('counts a city the index does not place as in the north', () => {
    expect(ids(visibleFeatures(data, { ...DEFAULT_STATE, region: ['north'] }).ports)).toEqual(['port-a']);
    expect(visibleFeatures(data, { ...DEFAULT_STATE, region: ['pearl-river-delta'] }).ports).toEqual([]);
  });

  it('shows a route from a port not in the data only while no place is chosen', () => {
    const all = visibleFeatures(data, DEFAULT_STATE);
    expect([ids(all.sea), ids(all.rail)]).toEqual([['sea-a'], ['rail-a']]);
    for (const place of [{ city: ['440300'] }, { region: ['north' as const] }]) {
      const some = visibleFeatures(data, { ...DEFAULT_STATE, ...place });
      expect([some.sea, some.rail], JSON.stringify(place)).toEqual([[], []]);
    }
  });

  it('shows no route whose layer is off or whose port type is filtered out', () => {
    expect(visibleFeatures(data, { ...DEFAULT_STATE, layers: ['ports'] })).toEqual({ ports: [port], projects: [], sea: [], rail: [] });
    const noRail = visibleFeatures(data, { ...DEFAULT_STATE, types: ['water', 'land', 'air'] });
    expect([ids(noRail.sea), noRail.rail]).toEqual([['sea-a'], []]);
    const noWater = visibleFeatures(data, { ...DEFAULT_STATE, types: ['rail'] });
    expect([noWater.sea, ids(noWater.rail)]).toEqual([[], ['rail-a']]);
  });

  it('counts ports and projects shown, not routes', () => {
    expect(countShown({ ports: [port, port], projects: [port], sea: [sea], rail: [] } as never)).toBe(3);
  });
});

describe('facetCounts', () => {
  it('counts only projects for the project-only filters: column, status and action', () => {
    const real = atlasFixture();
    expect([...facetCounts(real, DEFAULT_STATE, 'column', [1, 5])]).toEqual([[1, 70], [5, 14]]);
    const planned = real.projects.features.filter((f) => f.properties.status === 'planned').length;
    expect(facetCounts(real, DEFAULT_STATE, 'status', ['planned']).get('planned')).toBe(planned);
    const newOnes = real.projects.features.filter((f) => f.properties.action.includes('new')).length;
    expect(facetCounts(real, DEFAULT_STATE, 'action', ['new']).get('new')).toBe(newOnes);
    const ports = real.ports.features.filter((f) => f.properties.port_type === 'air').length;
    const airProjects = real.projects.features.filter((f) => f.properties.port_type === 'air').length;
    expect(facetCounts(real, DEFAULT_STATE, 'types', ['air']).get('air')).toBe(ports + airProjects);
  });
});
