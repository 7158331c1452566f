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
