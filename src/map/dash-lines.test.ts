import { describe, expect, it } from 'vitest';
import type { FeatureCollection } from 'geojson';
import { DASH_BANDS, dashesAlong, dashFeatures } from './dash-lines.ts';

/** A line due east along the equator, `km` long (1° of longitude ≈ 111.195 km there). */
const eastward = (km: number) => [
  [0, 0],
  [km / 111.19508, 0],
];
const lengthKm = (line: number[][]) => ((line.at(-1)![0]! - line[0]![0]!) * 111.19508);

describe('dashesAlong', () => {
  it('cuts a line into dashes and gaps of the given lengths, starting with a dash', () => {
    const dashes = dashesAlong(eastward(100), 10_000, 5_000);
    // 100 km = 6 full periods of 15 km (90 km) and a 10 km dash.
    expect(dashes).toHaveLength(7);
    for (const dash of dashes) expect(lengthKm(dash)).toBeCloseTo(10, 3);
    expect(dashes[1]![0]![0]! * 111.19508).toBeCloseTo(15, 3);
  });

  it('carries a dash across the vertices of a bent line and keeps them', () => {
    const bent = [
      [0, 0],
      [0.02, 0],
      [0.02, 0.02],
    ];
    const [first] = dashesAlong(bent, 3_000, 1_000);
    expect(first).toHaveLength(3);
    expect(first![1]).toEqual([0.02, 0]);
  });
});

describe('dashFeatures', () => {
  const square: FeatureCollection = {
    type: 'FeatureCollection',
    features: [
      { type: 'Feature', properties: { kind: 'sar' }, geometry: { type: 'Polygon', coordinates: [[[114, 22.2], [114.3, 22.2], [114.3, 22.5], [114, 22.5], [114, 22.2]]] } },
      { type: 'Feature', properties: { kind: 'province' }, geometry: { type: 'Polygon', coordinates: [[[110, 25], [111, 25], [111, 26], [110, 25]]] } },
    ],
  };

  it('dashes only the features of the kind, once per zoom band, longer dashes for the farther zoom', () => {
    const dashes = dashFeatures(square, 'sar', [2, 1.5], 1.4);
    const bands = DASH_BANDS.map(({ band }) => dashes.filter((d) => d.properties?.dash === `sar-${band}`));
    expect(bands.every((set) => set.length > 3)).toBe(true);
    expect(dashes.length).toBe(bands.flat().length);
    expect(bands[0]!.length).toBeLessThan(bands[1]!.length);
  });
});
