import type { FeatureCollection, Polygon } from 'geojson';
import { describe, expect, it } from 'vitest';
import type { Basemap } from '../data/types.ts';
import { detailedSources } from './detail-outlines.ts';

const square = (size: number): Polygon => ({ type: 'Polygon', coordinates: [[[0, 0], [size, 0], [size, size], [0, size], [0, 0]]] });
const area = (properties: Record<string, unknown>, size: number) => ({ type: 'Feature' as const, properties, geometry: square(size) });

describe('detailedSources', () => {
  const basemap = {
    cities: { type: 'FeatureCollection', features: [area({ adcode: '440300' }, 1), area({ adcode: '440400' }, 1)] },
    context: { type: 'FeatureCollection', features: [area({ kind: 'sar', code: 'HK' }, 1), area({ kind: 'province', code: 'GX' }, 1)] },
    world: { type: 'FeatureCollection', features: [] },
  } as unknown as Basemap;
  const detail: FeatureCollection = { type: 'FeatureCollection', features: [area({ adcode: '440300' }, 2), area({ code: 'HK' }, 2), area({ code: 'GX' }, 2)] };

  it('swaps in the detailed city and SAR outlines and keeps the rest', () => {
    const { cities, context } = detailedSources(detail, basemap);
    expect(cities.features.map((f) => (f.geometry as Polygon).coordinates[0][1][0])).toEqual([2, 1]);
    // HK is a SAR: swapped; GX is a province: kept even though the file (wrongly) has it.
    expect(context.features.map((f) => (f.geometry as Polygon).coordinates[0][1][0])).toEqual([2, 1]);
    expect(cities.features[1]).toBe(basemap.cities.features[1]);
  });
});
