import type { FeatureCollection, Geometry, Point } from 'geojson';

/** Turns the `label` point each area carries into a point layer, so each area gets one label, not one per tile. */
export function labelPoints<P extends { label?: [number, number] }>(
  areas: FeatureCollection<Geometry, P>,
): FeatureCollection<Point, Omit<P, 'label'>> {
  return {
    type: 'FeatureCollection',
    features: areas.features.flatMap((feature) => {
      const { label, ...rest } = feature.properties;
      if (!label) return [];
      return [{ type: 'Feature' as const, properties: rest, geometry: { type: 'Point' as const, coordinates: label } }];
    }),
  };
}
