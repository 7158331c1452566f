import type { Map as MapLibreMap, MapGeoJSONFeature } from 'maplibre-gl';
import { PICKABLE_LAYERS } from './overlay-layers.ts';

/** Pointer slop in px: a marker or a thin route line is hit within this distance. */
const RADIUS = 6;

/**
 * The ids of the ports, projects and routes drawn under a point, topmost first. Features hidden by
 * a filter stay in the map's data (their feature-state says hidden), so they are left out here.
 */
export function overlayIdsAt(map: MapLibreMap, point: { x: number; y: number }, radius = RADIUS): string[] {
  const layers = PICKABLE_LAYERS.filter((id) => map.getLayer(id));
  if (layers.length === 0) return [];
  const hits: MapGeoJSONFeature[] = map.queryRenderedFeatures(
    [
      [point.x - radius, point.y - radius],
      [point.x + radius, point.y + radius],
    ],
    { layers },
  );
  const order = (hit: MapGeoJSONFeature) => PICKABLE_LAYERS.indexOf(hit.layer.id as (typeof PICKABLE_LAYERS)[number]);
  const ids = hits
    .filter((hit) => !hit.state?.hidden)
    .sort((a, b) => order(a) - order(b))
    .map((hit) => String(hit.properties.id));
  return [...new Set(ids)];
}
