import { describe, expect, it } from 'vitest';
import type { PortFeature, ProjectFeature } from '../data/atlas.ts';
import { markerKey, portStyle, projectStyle } from '../layers/marker-icons.ts';
import { FOCUS_LAYER, PORT_LABEL_ZOOM, PROJECT_LABEL_ZOOM, focusCollection, focusLayer, footprintLayers, nameLayers } from './name-labels.ts';
import { markerCollection, type OverlayData } from './overlay-layers.ts';
import { LIGHT_THEME } from './theme.ts';

const point = (lng: number, lat: number) => ({ type: 'Point' as const, coordinates: [lng, lat] });
const port = Object.freeze({
  type: 'Feature',
  properties: { id: 'port-a', name_zh: '甲口岸', name_en: 'A Port', port_type: 'land', precision: 'area', status: 'open' },
  geometry: point(114.1, 22.5),
}) as unknown as PortFeature;
const project = Object.freeze({
  type: 'Feature',
  properties: { id: 'proj-c1-01', name_zh: '乙项目', name_en: 'Project B', port_type: 'water', precision: 'city', status: 'planned' },
  geometry: point(113.6, 22.7),
}) as unknown as ProjectFeature;
const empty = { type: 'FeatureCollection' as const, features: [] };
const overlay: OverlayData = {
  ports: markerCollection([port], portStyle, new Map([['port-a', [6, 0] as [number, number]]])),
  projects: markerCollection([project], projectStyle, new Map()),
  sea: empty,
  rail: empty,
};

describe('markerCollection', () => {
  it('carries both names and the marker with and without its precision ring', () => {
    const properties = overlay.ports.features[0].properties!;
    expect(properties).toMatchObject({ id: 'port-a', name_zh: '甲口岸', name_en: 'A Port' });
    expect(properties.marker).toBe(markerKey({ kind: 'port', type: 'land', precision: 'area', faded: false }));
    expect(properties.plain).toBe(markerKey({ kind: 'port', type: 'land', precision: 'exact', faded: false }));
    expect(properties.marker).not.toBe(properties.plain);
  });
});

describe('name layers', () => {
  it('name ports from zoom 9 and projects from 10, from the marker sources, in the language asked for', () => {
    const [projects, ports] = nameLayers(LIGHT_THEME, 'en', false);
    expect([ports.minzoom, projects.minzoom]).toEqual([PORT_LABEL_ZOOM, PROJECT_LABEL_ZOOM]);
    expect([ports, projects].map((layer) => ('source' in layer ? layer.source : null))).toEqual(['ports', 'projects']);
    expect(ports.layout).toMatchObject({ 'text-field': ['get', 'name_en'], 'text-size': 12 });
    expect(nameLayers(LIGHT_THEME, 'zh', true)[1].layout).toMatchObject({ 'text-field': ['get', 'name_zh'], 'text-size': 18 });
  });

  it('keep names off markers with footprints that take part in collisions, and draw the focus whatever collides', () => {
    for (const layer of footprintLayers(false)) expect(layer.layout).toMatchObject({ 'icon-allow-overlap': true, 'icon-offset': ['get', 'offset'] });
    expect(focusLayer(LIGHT_THEME, 'zh', false).layout).toMatchObject({ 'text-allow-overlap': true, 'icon-image': ['get', 'marker'] });
  });
});

describe('focusCollection', () => {
  it('holds the selected and hovered markers once each, and leaves out routes, cities and nothing', () => {
    expect(focusCollection(overlay, ['port-a', 'proj-c1-01']).features.map((f) => f.properties?.id)).toEqual(['port-a', 'proj-c1-01']);
    expect(focusCollection(overlay, ['port-a', 'port-a']).features).toHaveLength(1);
    expect(focusCollection(overlay, [null, 'sea-1', '440300']).features).toEqual([]);
    expect(FOCUS_LAYER).toBe('name-focus');
  });

  it('wears the icon its marker is drawn with on the day shown, the last one when none is given', () => {
    // A port in the source twice: open, and closed (faded), as overlay-data.ts keys a marker whose icon changes.
    const closed = { ...port, properties: { ...port.properties, status: 'closed' } } as unknown as PortFeature;
    const twice: OverlayData = { ...overlay, ports: markerCollection([port, closed], portStyle, new Map()) };
    const [open, faded] = twice.ports.features.map((f) => String(f.properties!.key));
    expect(open).not.toBe(faded);
    const keyOf = (lit?: Map<string, string>) => focusCollection(twice, ['port-a'], lit).features.map((f) => f.properties?.key);
    expect(keyOf(new Map([['port-a', open]]))).toEqual([open]);
    expect(keyOf(new Map([['port-a', faded]]))).toEqual([faded]);
    expect(keyOf()).toEqual([faded]);
  });
});
