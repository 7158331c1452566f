import { describe, expect, it } from 'vitest';
import { atlasFixture } from '../../tests/helpers/atlas-fixture.ts';
import { PORT_TYPES } from '../data/enums.ts';
import { clusterPoints } from './clusters.ts';

const data = atlasFixture();
const points = [...data.ports.features, ...data.projects.features].map((f) => ({
  id: f.properties.id,
  position: f.geometry.coordinates,
  type: f.properties.port_type,
}));

describe('clusterPoints', () => {
  it('puts every point in exactly one cluster, and counts each port type of its members', () => {
    const typeOf = new Map(points.map((p) => [p.id, p.type]));
    for (const zoom of [5, 6.5, 8, 10]) {
      const clusters = clusterPoints(points, zoom);
      const members = clusters.flatMap((c) => c.members);
      expect(members.sort()).toEqual(points.map((p) => p.id).sort());
      for (const c of clusters) {
        for (const type of PORT_TYPES) expect(c.countByType[type], `${c.id} ${type}`).toBe(c.members.filter((id) => typeOf.get(id) === type).length);
      }
    }
    // The donuts have something to split: at province zoom some cluster mixes types.
    expect(clusterPoints(points, 6).some((c) => PORT_TYPES.filter((t) => c.countByType[t] > 0).length >= 3)).toBe(true);
  });

  it('makes fewer, bigger clusters when zoomed out', () => {
    expect(clusterPoints(points, 5).length).toBeLessThan(clusterPoints(points, 9).length);
  });

  it('puts the centre at the mean of its members, and the bounds tightly around them', () => {
    const positionOf = new Map(points.map((p) => [p.id, p.position]));
    for (const c of clusterPoints(points, 6)) {
      const positions = c.members.map((id) => positionOf.get(id)!);
      for (const axis of [0, 1]) {
        const values = positions.map((p) => p[axis]);
        expect(c.position[axis], `${c.id} axis ${axis}`).toBeCloseTo(values.reduce((a, b) => a + b, 0) / values.length, 9);
        expect(c.bounds[0][axis]).toBe(Math.min(...values));
        expect(c.bounds[1][axis]).toBe(Math.max(...values));
      }
    }
  });
});

describe('clusterPoints on the Web Mercator grid', () => {
  it('keys each cluster by the integer zoom and its 64-px cell, members sorted by id', () => {
    const at = (id: string, lng: number, lat: number) => ({ id, position: [lng, lat], type: 'water' as const });
    const clusters = clusterPoints([at('b', 114.1, 22.5), at('c', -60, 30), at('a', 113.3, 23.1), at('d', -179, 84), at('e', 90, -45)], 3.7);
    expect(clusters.map((c) => [c.id, c.members])).toEqual([
      ['cluster-3-52-27', ['a', 'b']],
      ['cluster-3-21-26', ['c']],
      ['cluster-3-0-1', ['d']],
      ['cluster-3-48-40', ['e']],
    ]);
    expect(clusters[0].position[0]).toBeCloseTo(113.7, 12);
    expect(clusters[0].position[1]).toBeCloseTo(22.8, 12);
    expect(clusters[0].bounds).toEqual([[113.3, 22.5], [114.1, 23.1]]);
    expect(clusters[0].countByType).toEqual({ water: 2, land: 0, air: 0, rail: 0 });
    expect(clusterPoints([at('b', 114.1, 22.5), at('a', 113.3, 23.1)], 7).map((c) => c.id)).toEqual(['cluster-7-836-446', 'cluster-7-834-444']);
  });
});
