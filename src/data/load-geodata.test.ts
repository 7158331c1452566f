import { describe, expect, it } from 'vitest';
import { assertFeatureCollection } from './load-geodata.ts';

const port = (sources: unknown) => ({
  type: 'FeatureCollection',
  features: [
    {
      type: 'Feature',
      geometry: { type: 'Point', coordinates: [114, 22.5] },
      properties: { id: 'port-x', name_zh: 'x', port_type: 'land', city: '440300', status: 'open', opened: '2000', precision: 'exact', sources, checked: '2026-01-01' },
    },
  ],
});

describe('loading a file with sources', () => {
  it('accepts sources that name their publisher and title', () => {
    expect(() => assertFeatureCollection('ports', port([{ publisher: 'p', title: 't', read_in: 'http://copy.example/x' }]))).not.toThrow();
  });

  it('refuses a source without a publisher, naming the file and feature', () => {
    expect(() => assertFeatureCollection('ports', port([{ title: 't' }]))).toThrow(/ports\.geojson: feature port-x: sources\[0\] needs a publisher/);
  });
});
