import { describe, expect, it } from 'vitest';
import { atlasFixture } from '../../tests/helpers/atlas-fixture.ts';
import { buildSearchIndex, search } from './search.ts';

const index = buildSearchIndex(atlasFixture());

describe('search', () => {
  it('finds a port by a Chinese substring', () => {
    const results = search(index, '罗湖');
    expect(results[0].id).toBe('port-luohu');
  });

  it('lists ports before projects that match as well, whatever their names’ order', () => {
    // Ports and projects whose Chinese names start with 深圳 rank alike: sorted by name alone, a project
    // (深圳皇岗…) would come before some ports (深圳湾…).
    const starting = search(index, '深圳', 100).filter((r) => (r.kind === 'port' || r.kind === 'project') && r.name_zh.startsWith('深圳'));
    const kinds = starting.map((r) => r.kind);
    expect(kinds).toContain('project');
    const byName = [...starting].sort((a, b) => a.name_zh.localeCompare(b.name_zh, 'zh')).map((r) => r.kind);
    expect(byName.indexOf('project')).toBeLessThan(byName.lastIndexOf('port'));
    expect(kinds).toEqual([...kinds.filter((k) => k === 'port'), ...kinds.filter((k) => k === 'project')]);
  });

  it('finds every port and project by its full English name, case-insensitively', () => {
    const named = index.filter((e) => e.kind === 'port' || e.kind === 'project');
    const missed = named.filter((e) => !search(index, e.name_en.toUpperCase(), index.length).some((r) => r.id === e.id)).map((e) => e.id);
    expect(missed).toEqual([]);
    // A word that is only in the English name (not in the id, the Chinese or the city): the name itself is searched.
    expect(search(index, "bao'an").map((r) => r.id)).toEqual(['port-shenzhen-baoan-airport']);
  });

  it('finds everything in a city by the city name, the city itself first', () => {
    const results = search(index, '惠州', 50);
    expect(results[0]).toMatchObject({ id: '441300', kind: 'city' });
    // Every project in Huizhou (or naming it), nothing left out: 9 in the data.
    const huizhou = atlasFixture().projects.features.filter((f) => f.properties.city === '441300').map((f) => f.properties.id);
    expect(results.filter((r) => r.kind === 'project').map((r) => r.id).sort()).toEqual(huizhou.sort());
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
