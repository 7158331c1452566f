import type { FeatureCollection } from 'geojson';
import type { Basemap } from '../data/types.ts';

/**
 * From this zoom on, outlines simplified for the province view look angular (Shenzhen Bay, the
 * Shenzhen River border, the islands), and the map swaps in geodata/detail.geojson.
 */
export const DETAIL_ZOOM = 8.5;

/**
 * The basemap's `cities` and `context` sources drawn from the detailed outlines: every city, and
 * the two SARs, replaced by its detailed twin (same properties); the neighbouring provinces kept.
 * An area the detail file lacks keeps its simplified outline.
 */
export function detailedSources(detail: FeatureCollection, basemap: Basemap): { cities: FeatureCollection; context: FeatureCollection } {
  const byKey = new Map(detail.features.map((f) => [String(f.properties?.adcode ?? f.properties?.code), f]));
  const swap = <F extends FeatureCollection['features'][number]>(feature: F, key: unknown) => byKey.get(String(key)) ?? feature;
  return {
    cities: { type: 'FeatureCollection', features: basemap.cities.features.map((f) => swap(f, f.properties.adcode)) },
    context: {
      type: 'FeatureCollection',
      features: basemap.context.features.map((f) => (f.properties.kind === 'sar' ? swap(f, f.properties.code) : f)),
    },
  };
}
