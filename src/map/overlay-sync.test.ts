import { describe, expect, it } from 'vitest';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { ShownLayer } from '../layers/overlay-shown.ts';
import { createOverlaySync } from './overlay-sync.ts';

/** A stand-in for MapLibre's map that records what the sync asks of it. */
function recordingMap() {
  const calls: string[] = [];
  const data = new Map<string, unknown>();
  const map = {
    setFeatureState: ({ source, id }: { source: string; id: string }, state: object) => calls.push(`state ${source} ${id} ${JSON.stringify(state)}`),
    removeFeatureState: ({ source }: { source: string }) => calls.push(`remove ${source}`),
    setPaintProperty: (layer: string, name: string, value: unknown) => calls.push(`paint ${layer} ${name} ${value}`),
    setLayoutProperty: (layer: string, name: string, value: unknown) => calls.push(`layout ${layer} ${name} ${value}`),
    getSource: (id: string) => ({ setData: (value: unknown) => (calls.push(`data ${id}`), data.set(id, value)) }),
  };
  return { map: map as unknown as MapLibreMap, calls, data };
}

const ids = ['a', 'b', 'c'];
const layer = (...mask: number[]): ShownLayer => ({ ids, mask: Float32Array.from(mask) });

describe('overlay sync', () => {
  it('first sets only the features not plainly shown, then only what changed', () => {
    const { map, calls } = recordingMap();
    const sync = createOverlaySync(map);
    expect(sync.setShown({ ports: layer(1, 0, 1) })).toBe(true);
    expect(calls).toEqual(['state ports b {"hidden":true,"undated":false}']);
    calls.length = 0;
    expect(sync.setShown({ ports: layer(1, 0, 0) })).toBe(true);
    expect(calls).toEqual(['state ports c {"hidden":true,"undated":false}']);
    calls.length = 0;
    expect(sync.setShown({ ports: layer(1, 0, 0) })).toBe(false);
    expect(calls).toEqual([]);
  });

  it('turns a whole route layer "date unknown" through its opacity, without touching a single route', () => {
    const { map, calls } = recordingMap();
    const sync = createOverlaySync(map);
    sync.setShown({ 'sea-routes': layer(1, 1, 0) });
    calls.length = 0;
    sync.setShown({ 'sea-routes': layer(2, 2, 0) });
    expect(calls).toEqual(['paint sea-routes line-opacity 0.22']);
    calls.length = 0;
    sync.setShown({ 'sea-routes': layer(1, 1, 0) });
    expect(calls).toEqual(['paint sea-routes line-opacity 0.6']);
  });

  it('marks each undated route among dated ones by its own state, and switches between the two ways cleanly', () => {
    const { map, calls } = recordingMap();
    const sync = createOverlaySync(map);
    sync.setShown({ 'rail-routes': layer(1, 2, 0) });
    expect(calls).toEqual(['state rail-routes b {"hidden":false,"undated":true}', 'state rail-routes c {"hidden":true,"undated":false}']);
    calls.length = 0;
    // Now every route shown is undated: the layer says so, and b's own mark is taken off.
    sync.setShown({ 'rail-routes': layer(0, 2, 0) });
    expect(calls).toEqual(['paint rail-routes line-opacity 0.22', 'state rail-routes a {"hidden":true,"undated":false}', 'state rail-routes b {"hidden":false,"undated":false}']);
  });

  it('highlights a route with a layer of its own, and redraws it only when the line changes', () => {
    const { map, calls, data } = recordingMap();
    const sync = createOverlaySync(map);
    const geometry = { type: 'LineString' as const, coordinates: [[113, 22], [100, 3]] };
    sync.setSelection({ id: 'sea-x', position: null, offset: undefined, route: { kind: 'sea', geometry } });
    expect(calls).toEqual(['layout route-selection visibility visible', 'data route-selection', 'data selection-ring']);
    expect(data.get('route-selection')).toMatchObject({ features: [{ geometry, properties: { colour: '#111111' } }] });
    calls.length = 0;
    // The same line again (a dated copy of the route shares it): nothing to redraw.
    sync.setSelection({ id: 'sea-x', position: null, offset: undefined, route: { kind: 'sea', geometry } });
    expect(calls).toEqual([]);
    sync.setSelection({ id: 'sea-x', position: null, offset: undefined, route: null });
    expect(calls).toEqual(['layout route-selection visibility none', 'data route-selection']);
    expect(data.get('route-selection')).toMatchObject({ features: [] });
  });
});
