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
    const both = search(index, 'nansha cruise', 50).map((r) => r.id);
    // Exactly the entries holding both words: not empty, none holding only one of them, whatever the word order.
    const expected = index.filter((e) => e.haystack.includes('nansha') && e.haystack.includes('cruise')).map((e) => e.id);
    expect(both).toContain('port-nansha-cruise-homeport');
    expect([...both].sort()).toEqual([...expected].sort());
    expect(index.filter((e) => e.haystack.includes('nansha')).length).toBeGreaterThan(both.length);
    expect(search(index, '  Cruise   NANSHA ', 50).map((r) => r.id).sort()).toEqual([...both].sort());
    expect(search(index, 'nansha atlantis')).toEqual([]);
  });

  it('caps the number of results', () => {
    expect(search(index, '港', 12)).toHaveLength(12);
  });
});
