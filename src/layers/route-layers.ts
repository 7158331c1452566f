import { PathLayer } from '@deck.gl/layers';
import type { Position } from 'geojson';
import type { RailRouteFeature, SeaRouteFeature } from '../data/atlas.ts';
import { ROUTE_COLOURS, hexToRgb } from './symbols.ts';

export const SEA_LAYER_ID = 'sea-routes';
export const RAIL_LAYER_ID = 'rail-routes';
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

function routeLayer<F extends SeaRouteFeature | RailRouteFeature>(
  id: string,
  paths: RoutePath<F>[],
  colour: string,
  width: number,
  selectedId: string | null,
) {
  const base = hexToRgb(colour, 150);
  const selected = hexToRgb(ROUTE_COLOURS.selected, 255);
  return new PathLayer<RoutePath<F>>({
    id,
    data: paths,
    pickable: true,
    widthUnits: 'pixels',
    widthMinPixels: 1,
    getWidth: (d) => (d.feature.properties.id === selectedId ? width * 2.2 : width),
    getColor: (d) => (d.feature.properties.id === selectedId ? selected : base),
    getPath: (d) => d.path as [number, number][],
    capRounded: true,
    jointRounded: true,
    // Long lines crossing the antimeridian are stored unwrapped; deck.gl draws them as one continuous path.
    wrapLongitude: false,
    updateTriggers: { getWidth: selectedId, getColor: selectedId },
  });
}

export function seaRoutesLayer(paths: RoutePath<SeaRouteFeature>[], selectedId: string | null) {
  return routeLayer(SEA_LAYER_ID, paths, ROUTE_COLOURS.sea, 1.6, selectedId);
}

export function railRoutesLayer(paths: RoutePath<RailRouteFeature>[], selectedId: string | null) {
  return routeLayer(RAIL_LAYER_ID, paths, ROUTE_COLOURS.rail, 2.4, selectedId);
}
