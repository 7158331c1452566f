import { describe, expect, it } from 'vitest';
import { atlasFixture } from '../../tests/helpers/atlas-fixture.ts';
import { random, randomFilters } from '../../tests/helpers/random-filters.ts';
import { DEFAULT_STATE } from '../state/hash-state.ts';
import { visibleFeatures } from './filters.ts';
import { cityStats, finding, rankBy, regionStats } from './stats.ts';

const data = atlasFixture();

describe('cityStats and regionStats', () => {
  it('equal brute-force counts over many random filter combinations', () => {
    const next = random(2026);
    for (let i = 0; i < 200; i++) {
      const filters = randomFilters(data, next);
      const visible = visibleFeatures(data, filters);
      const stats = cityStats(data, visible);
      for (const row of stats) {
        const projects = visible.projects.filter((f) => f.properties.city === row.adcode);
        expect(row.projects).toBe(projects.length);
        expect(row.ports).toBe(visible.ports.filter((f) => f.properties.city === row.adcode).length);
        for (const [type, n] of Object.entries(row.projectsByType)) expect(n).toBe(projects.filter((f) => f.properties.port_type === type).length);
        for (const [status, n] of Object.entries(row.projectsByStatus)) expect(n).toBe(projects.filter((f) => f.properties.status === status).length);
      }
      const regions = regionStats(stats);
      expect(regions.reduce((n, r) => n + r.projects, 0)).toBe(visible.projects.length);
      expect(regions.reduce((n, r) => n + r.ports, 0)).toBe(visible.ports.length);
    }
  });

  it('has all 21 cities, in the four regions 9 / 4 / 3 / 5', () => {
    const regions = regionStats(cityStats(data, visibleFeatures(data, DEFAULT_STATE)));
    expect(regions.map((r) => r.cities)).toEqual([9, 4, 3, 5]);
    expect(regions.reduce((n, r) => n + r.projects, 0)).toBe(108);
  });

  it('ranks highest first with a stable order for ties', () => {
    const rows = cityStats(data, visibleFeatures(data, DEFAULT_STATE));
    const ranked = rankBy(rows, (r) => r.projects);
    expect(ranked).toHaveLength(21);
    for (let i = 1; i < ranked.length; i++) {
      expect(ranked[i - 1].projects).toBeGreaterThanOrEqual(ranked[i].projects);
      // Ties (the real data has several cities with equal counts) go by adcode, whatever order they came in.
      if (ranked[i - 1].projects === ranked[i].projects) expect(ranked[i - 1].adcode < ranked[i].adcode, `${ranked[i - 1].adcode} before ${ranked[i].adcode}`).toBe(true);
    }
    expect(ranked.some((r, i) => i > 0 && ranked[i - 1].projects === r.projects)).toBe(true);
    const ids = ranked.map((r) => r.adcode);
    expect(rankBy([...rows].reverse(), (r) => r.projects).map((r) => r.adcode)).toEqual(ids);
    const next = random(7);
    const shuffled = [...rows].map((r) => [next(), r] as const).sort((a, b) => a[0] - b[0]).map(([, r]) => r);
    expect(rankBy(shuffled, (r) => r.projects).map((r) => r.adcode)).toEqual(ids);
  });
});

describe('finding', () => {
  it('names the region with most shown projects, its share and the main plan column', () => {
    const visible = visibleFeatures(data, DEFAULT_STATE);
    const result = finding(data, visible, 'projects')!;
    const inRegion = visible.projects.filter((f) => data.index.regionOfCity.get(f.properties.city) === result.region);
    expect(result.count).toBe(inRegion.length);
    expect(result.total).toBe(108);
    expect(result.share).toBeCloseTo(inRegion.length / 108);
    for (const other of ['pearl-river-delta', 'east-wing', 'west-wing', 'north'] as const) {
      expect(visible.projects.filter((f) => data.index.regionOfCity.get(f.properties.city) === other).length).toBeLessThanOrEqual(result.count);
    }
    expect(result.topColumnCount).toBe(inRegion.filter((f) => f.properties.column === result.topColumn).length);
  });

  it('names as the main plan column the one with most of the region’s shown projects, the lower number on a tie', () => {
    const next = random(24);
    let compared = 0;
    for (let i = 0; i < 200; i++) {
      const visible = visibleFeatures(data, randomFilters(data, next));
      const result = finding(data, visible, 'projects');
      if (!result) continue;
      const inRegion = visible.projects.filter((f) => data.index.regionOfCity.get(f.properties.city) === result.region);
      const counts = [1, 2, 3, 4, 5].map((column) => inRegion.filter((f) => f.properties.column === column).length);
      const most = Math.max(...counts);
      expect(result.topColumnCount).toBe(most);
      expect(result.topColumn).toBe(counts.indexOf(most) + 1);
      if (counts.filter((n) => n > 0).length > 1) compared++;
    }
    // Not vacuous: most draws leave the region's projects spread over several columns.
    expect(compared).toBeGreaterThan(50);
    // And the real data at today: the Pearl River Delta, whose projects come mostly from one column.
    const today = finding(data, visibleFeatures(data, DEFAULT_STATE), 'projects')!;
    const all = visibleFeatures(data, DEFAULT_STATE).projects.filter((f) => data.index.regionOfCity.get(f.properties.city) === today.region);
    const counts = [1, 2, 3, 4, 5].map((column) => all.filter((f) => f.properties.column === column).length);
    expect(today.topColumnCount).toBe(Math.max(...counts));
  });

  it('is null when nothing is shown', () => {
    expect(finding(data, visibleFeatures(data, { ...DEFAULT_STATE, types: [] }), 'projects')).toBeNull();
  });
});
