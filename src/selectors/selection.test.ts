import { describe, expect, it } from 'vitest';
import { atlasFixture } from '../../tests/helpers/atlas-fixture.ts';
import type { RailRouteFeature, SeaRouteFeature } from '../data/atlas.ts';
import { resolveSelection, viewFor, type Selected } from './selection.ts';

const data = atlasFixture();
const first = <T>(map: Map<string, T>) => [...map.entries()][0];

describe('resolveSelection', () => {
  it('finds each kind of feature by its id, with its kind', () => {
    for (const [kind, map] of [
      ['port', data.index.ports],
      ['project', data.index.projects],
      ['sea', data.index.seaRoutes],
      ['rail', data.index.railRoutes],
      ['city', data.index.cities],
    ] as const) {
      const [id, feature] = first<object>(map);
      expect(resolveSelection(data, id), id).toEqual({ kind, feature });
      expect(resolveSelection(data, id)!.feature).toBe(feature);
    }
  });

  it('is null for no id, an unknown id of each kind, and an id of no kind', () => {
    expect(resolveSelection(data, null)).toBeNull();
    expect(resolveSelection(data, '')).toBeNull();
    for (const id of ['port-nowhere', 'proj-c9-99', 'sea-nowhere', 'rail-nowhere', '449900', 'luohu']) expect(resolveSelection(data, id), id).toBeNull();
  });
});

const route = (geometry: SeaRouteFeature['geometry']): Selected =>
  ({ kind: 'sea', feature: { type: 'Feature', geometry, properties: {} } as unknown as SeaRouteFeature });

describe('viewFor', () => {
  it('flies close to a port or project, and to a city label at city zoom', () => {
    const [, port] = first(data.index.ports);
    const [, project] = first(data.index.projects);
    const [, city] = first(data.index.cities);
    expect(viewFor({ kind: 'port', feature: port })).toEqual({ center: port.geometry.coordinates, zoom: 11 });
    expect(viewFor({ kind: 'project', feature: project })).toEqual({ center: project.geometry.coordinates, zoom: 11 });
    expect(viewFor({ kind: 'city', feature: city })).toEqual({ center: city.properties.label, zoom: 8.5 });
  });

  it('centres a route on its bounding box and fits the wider of its width and 1.6× its height', () => {
    // 2° wide, 1° high (1.6° weighted): the width decides, log2(360 / 2) + 0.3.
    const wide = viewFor(route({ type: 'LineString', coordinates: [[113, 22], [114.5, 23], [115, 22.2]] }));
    expect(wide.center).toEqual([114, 22.5]);
    expect(wide.zoom).toBeCloseTo(Math.log2(180) + 0.3, 10);
    // 1° wide, 2° high (3.2° weighted): the height decides.
    const tall = viewFor(route({ type: 'LineString', coordinates: [[113, 21], [114, 23]] }));
    expect(tall.center).toEqual([113.5, 22]);
    expect(tall.zoom).toBeCloseTo(Math.log2(360 / 3.2) + 0.3, 10);
  });

  it('takes every part of a multi-part route, and a rail route the same way', () => {
    const view = viewFor(route({ type: 'MultiLineString', coordinates: [[[100, 10], [101, 11]], [[120, 20], [140, 30]]] }));
    expect(view.center).toEqual([120, 20]);
    expect(view.zoom).toBeCloseTo(Math.log2(360 / 40) + 0.3, 10);
    const rail = { type: 'Feature', geometry: { type: 'LineString', coordinates: [[113, 22], [117, 24]] }, properties: {} } as unknown as RailRouteFeature;
    expect(viewFor({ kind: 'rail', feature: rail }).center).toEqual([115, 23]);
    expect(viewFor({ kind: 'rail', feature: rail }).zoom).toBeCloseTo(Math.log2(90) + 0.3, 10);
  });

  it('keeps a route view between zoom 1.5 and 8, a tiny route at least half a degree across', () => {
    expect(viewFor(route({ type: 'LineString', coordinates: [[113, 22], [113.01, 22.01]] })).zoom).toBe(8);
    // Just wide enough to come out below the cap of 8.
    expect(viewFor(route({ type: 'LineString', coordinates: [[0, 0], [2.7, 0]] })).zoom).toBeCloseTo(Math.log2(360 / 2.7) + 0.3, 10);
    expect(viewFor(route({ type: 'LineString', coordinates: [[-170, -60], [170, 70]] })).zoom).toBe(1.5);
  });
});
