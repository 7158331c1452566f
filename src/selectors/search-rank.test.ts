import { describe, expect, it } from 'vitest';
import type { FeatureKind } from '../data/atlas.ts';
import { search, type SearchEntry } from './search.ts';

const entry = (id: string, kind: FeatureKind, name_zh: string, name_en: string, city_en = ''): SearchEntry => ({
  id, kind, name_zh, name_en, city_zh: '', city_en, haystack: [name_zh, name_en, '', city_en, id].join(' ').toLowerCase(),
});

const index = [
  entry('c1', 'city', '丙市', 'Gamma', 'Alpha County'),
  entry('p1', 'port', '甲口岸', 'Big Alpha Port'),
  entry('j1', 'project', '乙项目', 'Alpha Wharf'),
  entry('p2', 'port', 'alpha港', 'X'),
  entry('s1', 'sea', '航线', 'Line', 'Elsewhere'),
];

describe('search ranking', () => {
  it('puts names that start with the query first, then names that hold it, then other matches; by kind within each', () => {
    expect(search(index, 'alpha').map((e) => e.id)).toEqual(['p2', 'j1', 'p1', 'c1']);
    expect(search(index, '  ALPHA  ').map((e) => e.id)).toEqual(['p2', 'j1', 'p1', 'c1']);
  });

  it('ranks the whole query, words joined by one space, across the two names', () => {
    const more = [entry('c2', 'city', 'foo', 'Qux', 'foo bar'), entry('p3', 'port', 'foo', 'bar baz')];
    expect(search(more, 'foo   bar').map((e) => e.id)).toEqual(['p3', 'c2']);
    expect(search([entry('c3', 'city', 'zzz', 'Alpha Wharf North', 'q'), ...index], 'alpha wharf').map((e) => e.id)).toEqual(['c3', 'j1']);
  });

  it('orders equal ranks by the Chinese name in pinyin order', () => {
    const same = [entry('a', 'port', '中山港', 'Port'), entry('b', 'port', '佛山港', 'Port'), entry('c', 'port', '汕头港', 'Port')];
    expect(search(same, 'port').map((e) => e.name_zh)).toEqual(['佛山港', '汕头港', '中山港']);
  });

  it('finds nothing for a query no entry holds, or a blank one, and stops at the limit', () => {
    expect(search(index, 'omega')).toEqual([]);
    expect(search(index, '   ')).toEqual([]);
    expect(search(index, 'alpha', 2).map((e) => e.id)).toEqual(['p2', 'j1']);
  });
});
