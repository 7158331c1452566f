import type { FeatureCollection } from 'geojson';
import type { FilterSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';

/**
 * The city outlines, the areas around them (neighbouring provinces, Hong Kong, Macao) and the rivers
 * share one GeoJSON source. MapLibre masks each tile before drawing the fills and lines of a source,
 * again every time the next layer comes from another one; with these three interleaved (fills,
 * rivers, borders) a frame took five mask passes, now one (README, "Fast on a phone and without a GPU").
 */
export const BASEMAP_SOURCE = 'basemap';

export type BasemapPart = 'cities' | 'context' | 'rivers';
export type BasemapParts = Partial<Record<BasemapPart, FeatureCollection>>;

/** Which features of the shared source a layer draws: each file's features carry their own keys. */
export const BASEMAP_FILTERS = {
  city: ['has', 'adcode'],
  province: ['==', ['get', 'kind'], 'province'],
  sar: ['==', ['get', 'kind'], 'sar'],
  river: ['has', 'level'],
} as const satisfies Record<string, FilterSpecification>;

const PART_ORDER: readonly BasemapPart[] = ['context', 'cities', 'rivers'];

/** The source's data: every part that has arrived, in one collection. */
export function basemapCollection(parts: BasemapParts): FeatureCollection {
  return { type: 'FeatureCollection', features: PART_ORDER.flatMap((part) => parts[part]?.features ?? []) };
}

const partsOfMap = new WeakMap<MapLibreMap, BasemapParts>();

/** What a map's basemap source holds at creation (createAtlasMap). */
export function rememberBasemapParts(map: MapLibreMap, parts: BasemapParts): void {
  partsOfMap.set(map, { ...parts });
}

/** Replaces some parts (a file arrived, detailed outlines, the rivers) and keeps the others. */
export function setBasemapParts(map: MapLibreMap, parts: BasemapParts): void {
  const next = { ...partsOfMap.get(map), ...parts };
  partsOfMap.set(map, next);
  (map.getSource(BASEMAP_SOURCE) as GeoJSONSource | undefined)?.setData(basemapCollection(next));
}

/** True once a part (the rivers, say, which arrive after the first view) is in the map's basemap source. */
export function hasBasemapPart(map: MapLibreMap, part: BasemapPart): boolean {
  return Boolean(partsOfMap.get(map)?.[part]);
}
