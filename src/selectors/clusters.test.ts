import { describe, expect, it } from 'vitest';
import { atlasFixture } from '../../tests/helpers/atlas-fixture.ts';
import { clusterPoints } from './clusters.ts';

const data = atlasFixture();
const points = [...data.ports.features, ...data.projects.features].map((f) => ({
  id: f.properties.id,
  position: f.geometry.coordinates,
  type: f.properties.port_type,
}));

describe('clusterPoints', () => {
  it('puts every point in exactly one cluster, and counts by type add up', () => {
    for (const zoom of [5, 6.5, 8, 10]) {
      const clusters = clusterPoints(points, zoom);
      const members = clusters.flatMap((c) => c.members);
      expect(members.sort()).toEqual(points.map((p) => p.id).sort());
      for (const c of clusters) expect(Object.values(c.countByType).reduce((a, b) => a + b, 0)).toBe(c.members.length);
    }
  });

  it('makes fewer, bigger clusters when zoomed out', () => {
    expect(clusterPoints(points, 5).length).toBeLessThan(clusterPoints(points, 9).length);
  });

  it('keeps the bounds around the members and the centre inside them', () => {
    for (const c of clusterPoints(points, 6)) {
      expect(c.position[0]).toBeGreaterThanOrEqual(c.bounds[0][0]);
      expect(c.position[0]).toBeLessThanOrEqual(c.bounds[1][0]);
    }
  });
});
