import { describe, expect, it } from 'vitest';
import type { Feature, LineString, Polygon } from 'geojson';
import type { GeoJSONSourceSpecification, LayerSpecification } from 'maplibre-gl';
import { basemapStyle } from './basemap-style.ts';
import { FONT_FAMILY, LIGHT_THEME } from './theme.ts';
import { withWarmUp } from './warm-up.ts';

const empty = { type: 'FeatureCollection' as const, features: [] };
const CENTRE: [number, number] = [113.5, 22.9];

/** Tile units (8192 to a tile) per degree of longitude at a zoom. */
const unitsPerDegree = (zoom: number) => (8192 * 2 ** zoom) / 360;

function warmUpAt(zoom: number) {
  const style = withWarmUp(basemapStyle({ cities: empty, context: empty }, LIGHT_THEME), CENTRE, zoom, false);
  const copies = style.layers.filter((layer) => layer.id.startsWith('warm-up:'));
  const source = style.sources['warm-up'] as GeoJSONSourceSpecification & { data: { features: Feature[] } };
  return { style, copies, source };
}

/** The shader program MapLibre picks for a layer, by kind: what the warm-up has to cover. */
function programOf(layer: LayerSpecification): string {
  if (layer.type === 'line') return 'line-dasharray' in (layer.paint ?? {}) ? 'lineSDF' : 'line';
  if (layer.type === 'symbol') return 'text-field' in (layer.layout ?? {}) ? 'symbolSDF' : 'symbolIcon';
  return layer.type;
}

/** Which paint properties are constants (uniforms) and which are expressions: part of a program's key. */
function binders(layer: LayerSpecification): Record<string, string> {
  const kind = (value: unknown) => (Array.isArray(value) ? (typeof value[0] === 'string' ? 'expression' : 'constant') : typeof value === 'object' ? 'expression' : 'constant');
  return Object.fromEntries(Object.entries(layer.paint ?? {}).map(([key, value]) => [key, kind(value)]));
}

describe('the shader warm-up', () => {
  it('has a copy for every program the first view draws, names and dashed borders included', () => {
    const kinds = new Set(warmUpAt(6).copies.map(programOf));
    expect([...kinds].sort()).toEqual(['fill', 'line', 'lineSDF', 'symbolIcon', 'symbolSDF']);
  });

  it('keeps each copied layer\'s constants constant and its expressions expressions, so the copy shares its program', () => {
    const { style, copies } = warmUpAt(6);
    for (const copy of copies) {
      const original = style.layers.find((layer) => `warm-up:${layer.id}` === copy.id);
      if (!original) continue; // the text layer is the warm-up's own
      const expected = binders(original);
      const got = binders(copy);
      for (const key of Object.keys(expected)) expect(`${copy.id} ${key} ${got[key]}`).toBe(`${copy.id} ${key} ${expected[key]}`);
    }
  });

  it('shows nothing: constant opacities turned down, the names transparent', () => {
    const { copies } = warmUpAt(6);
    for (const copy of copies.filter((layer) => layer.type === 'fill' || layer.type === 'line')) {
      const opacity = (copy.paint as Record<string, unknown>)[`${copy.type}-opacity`];
      if (typeof opacity === 'number') expect(opacity).toBeLessThanOrEqual(0.01);
    }
    const text = copies.find((layer) => programOf(layer) === 'symbolSDF')!;
    expect(text.paint).toMatchObject({ 'text-color': 'rgba(0,0,0,0)', 'text-halo-color': 'rgba(0,0,0,0)' });
    expect(text.layout).toMatchObject({ 'text-allow-overlap': true, 'text-ignore-placement': true });
    // Its glyph is drawn in a stack of its own, never cached as one of the names' glyphs.
    expect((text.layout as { 'text-font': string[] })['text-font']).not.toContain(FONT_FAMILY);
  });

  it('cuts lines and polygons that survive tiling at the zoom the map opens at: a few tile units, no simplification', () => {
    for (const zoom of [5, 7.5, 12]) {
      const { source } = warmUpAt(zoom);
      expect(source.tolerance).toBe(0);
      const line = source.data.features.find((f): f is Feature<LineString> => f.geometry.type === 'LineString')!;
      const polygon = source.data.features.find((f): f is Feature<Polygon> => f.geometry.type === 'Polygon')!;
      const [[x0], [x1]] = line.geometry.coordinates;
      expect((x1 - x0) * unitsPerDegree(zoom)).toBeGreaterThanOrEqual(2);
      // Under a pixel (16 tile units at 512 px a tile), even at twice the zoom it was cut for.
      expect((x1 - x0) * unitsPerDegree(zoom + 1)).toBeLessThan(16);
      expect(new Set(polygon.geometry.coordinates[0].map(([x, y]) => `${Math.round(x * unitsPerDegree(zoom))},${Math.round(y * unitsPerDegree(zoom))}`)).size).toBeGreaterThanOrEqual(3);
    }
  });
});
