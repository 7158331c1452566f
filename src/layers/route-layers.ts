import type { Position } from 'geojson';
import type { RailRouteFeature, SeaRouteFeature } from '../data/atlas.ts';

/** The moving ships and trains: it changes on every tick of its clock. */
export const TRIPS_LAYER_ID = 'trips';

/** One drawable path; a MultiLineString route becomes several paths that share its feature. */
export interface RoutePath<F> {
  feature: F;
  path: Position[];
}

export function routePaths<F extends SeaRouteFeature | RailRouteFeature>(features: F[]): RoutePath<F>[] {
  return features.flatMap((feature) =>
    feature.geometry.type === 'LineString'
      ? [{ feature, path: feature.geometry.coordinates }]
      : feature.geometry.coordinates.map((path) => ({ feature, path })),
  );
}
