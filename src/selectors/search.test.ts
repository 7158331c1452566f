import { describe, expect, it } from 'vitest';
import { atlasFixture } from '../../tests/helpers/atlas-fixture.ts';
import { buildSearchIndex, search } from './search.ts';

const index = buildSearchIndex(atlasFixture());

describe('search', () => {
  it('finds a port by a Chinese substring, ports before projects', () => {
    const results = search(index, '罗湖');
    expect(results[0].id).toBe('port-luohu');
  });

  it('finds by English name, case-insensitively', () => {
    expect(search(index, 'luohu').map((r) => r.id)).toContain('port-luohu');
    expect(search(index, 'SHENZHEN BAY').map((r) => r.id)).toContain('port-shenzhen-bay');
  });

  it('finds everything in a city by the city name, the city itself first', () => {
    const results = search(index, '惠州', 50);
    expect(results[0]).toMatchObject({ id: '441300', kind: 'city' });
    expect(results.filter((r) => r.kind === 'project').length).toBeGreaterThanOrEqual(9);
  });

  it('needs every word to match, and returns nothing for an empty query', () => {
    expect(search(index, '')).toEqual([]);
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, 'nansha cruise').every((r) => r.haystack.includes('nansha') && r.haystack.includes('cruise'))).toBe(true);
  });

  it('caps the number of results', () => {
    expect(search(index, '港', 12)).toHaveLength(12);
  });
});
