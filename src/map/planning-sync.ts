import type { ExpressionSpecification, GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import { CHOROPLETH_LAYER, cityLineColour, REGION_LAYERS, SAR_LABEL_LAYER } from './basemap-style.ts';
import { LIGHT_THEME } from './theme.ts';
import { BASEMAP_SOURCE } from './basemap-source.ts';

/** City borders on a projector: darker, to survive washed-out colours. */
const PROJECTOR_CITY_LINE = '#5b564b';

/** What the choropleth shows: a colour per city and a label per region (with its total). */
export interface ChoroplethView {
  colourByCity: Record<string, string>;
  fallbackColour: string;
  regions: FeatureCollection | null;
  regionLabels: Record<string, string>;
}

/**
 * The MapLibre side of the planners' views: the city choropleth, region outlines and the linked
 * city highlight. Each function applies one piece of state and nothing else.
 */
export function applyChoropleth(map: MapLibreMap, view: ChoroplethView | null): void {
  const visibility = view ? 'visible' : 'none';
  map.setLayoutProperty(CHOROPLETH_LAYER, 'visibility', visibility);
  // The region labels arrive with the other labels, once their font has loaded (MapView adds them, then applies this again).
  for (const layer of REGION_LAYERS) if (map.getLayer(layer)) map.setLayoutProperty(layer, 'visibility', view?.regions ? visibility : 'none');
  if (!view) return;
  const pairs = Object.entries(view.colourByCity).flat();
  const colour: ExpressionSpecification = pairs.length
    ? (['match', ['get', 'adcode'], ...pairs, view.fallbackColour] as unknown as ExpressionSpecification)
    : (['literal', view.fallbackColour] as unknown as ExpressionSpecification);
  map.setPaintProperty(CHOROPLETH_LAYER, 'fill-color', colour);
  // The region sources come with the labels (MapView applies this again then).
  if (view.regions && map.getSource('regions')) {
    (map.getSource('regions') as GeoJSONSource).setData(view.regions);
    (map.getSource('region-labels') as GeoJSONSource).setData({
      type: 'FeatureCollection',
      features: view.regions.features.map((f) => ({
        type: 'Feature',
        properties: { key: f.properties?.key, text: view.regionLabels[String(f.properties?.key)] ?? '' },
        geometry: { type: 'Point', coordinates: f.properties?.label as number[] },
      })),
    });
  }
}

export function applyHighlight(map: MapLibreMap, previous: string | null, next: string | null): void {
  if (previous) map.setFeatureState({ source: BASEMAP_SOURCE, id: previous }, { highlight: false });
  if (next) map.setFeatureState({ source: BASEMAP_SOURCE, id: next }, { highlight: true });
}

/** On a projector, labels must read from the back of the room and borders must survive washed-out colours. */
export function applyProjectorTheme(map: MapLibreMap, on: boolean): void {
  map.setPaintProperty('city-line', 'line-color', cityLineColour(on ? PROJECTOR_CITY_LINE : LIGHT_THEME.cityLine));
  // Labels may not be there yet (they wait for their font); MapView applies this again when they arrive.
  if (!map.getLayer('city-labels')) return;
  map.setLayoutProperty('city-labels', 'text-size', on ? ['interpolate', ['linear'], ['zoom'], 5, 16, 8, 22] : ['interpolate', ['linear'], ['zoom'], 5, 11, 8, 15]);
  map.setLayoutProperty('context-labels', 'text-size', on ? 17 : 12);
  map.setLayoutProperty(SAR_LABEL_LAYER, 'text-size', on ? 17 : 13);
  map.setPaintProperty('city-labels', 'text-halo-width', on ? 2.5 : 1.5);
}
