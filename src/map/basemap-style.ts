import type { ExpressionSpecification, LayerSpecification, StyleSpecification } from 'maplibre-gl';
import type { Basemap } from '../data/types.ts';
import type { Lang } from '../i18n/strings.ts';
import { labelPoints } from './label-points.ts';
import type { BasemapTheme } from './theme.ts';
import { FONT_FAMILY } from './theme.ts';

export const CITY_LABEL_LAYER = 'city-labels';
export const CHOROPLETH_LAYER = 'choropleth-fill';
export const REGION_LAYERS = ['region-line', 'region-labels'] as const;
export const LABEL_LAYERS = [CITY_LABEL_LAYER, 'context-labels'] as const;

export function labelField(lang: Lang): ExpressionSpecification {
  return ['get', lang === 'zh' ? 'name_zh' : 'name_en'];
}

/**
 * The whole offline basemap as a MapLibre style, labels aside (labelLayers). It names no glyph or
 * sprite server: MapLibre then draws label glyphs locally from the bundled web font.
 */
export function basemapStyle(basemap: Basemap, theme: BasemapTheme): StyleSpecification {
  return {
    version: 8,
    sources: {
      world: { type: 'geojson', data: basemap.world },
      context: { type: 'geojson', data: basemap.context },
      cities: { type: 'geojson', data: basemap.cities, promoteId: 'adcode' },
      'city-labels': { type: 'geojson', data: labelPoints(basemap.cities) },
      'context-labels': { type: 'geojson', data: labelPoints(basemap.context) },
      // Filled in when the choropleth is first switched on (regions.geojson loads lazily).
      regions: { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
      'region-labels': { type: 'geojson', data: { type: 'FeatureCollection', features: [] } },
    },
    layers: [
      { id: 'sea', type: 'background', paint: { 'background-color': theme.sea } },
      { id: 'world-fill', type: 'fill', source: 'world', paint: { 'fill-color': theme.world } },
      { id: 'world-line', type: 'line', source: 'world', paint: { 'line-color': theme.worldLine, 'line-width': 0.6 } },
      {
        id: 'province-fill',
        type: 'fill',
        source: 'context',
        filter: ['==', ['get', 'kind'], 'province'],
        paint: { 'fill-color': theme.province },
      },
      {
        id: 'province-line',
        type: 'line',
        source: 'context',
        filter: ['==', ['get', 'kind'], 'province'],
        paint: { 'line-color': theme.provinceLine, 'line-width': 0.8, 'line-dasharray': [3, 2] },
      },
      {
        id: 'sar-fill',
        type: 'fill',
        source: 'context',
        filter: ['==', ['get', 'kind'], 'sar'],
        paint: { 'fill-color': theme.sar },
      },
      { id: 'city-fill', type: 'fill', source: 'cities', paint: { 'fill-color': theme.city } },
      {
        id: CHOROPLETH_LAYER,
        type: 'fill',
        source: 'cities',
        layout: { visibility: 'none' },
        paint: { 'fill-color': theme.city, 'fill-opacity': 0.85 },
      },
      {
        // Linked highlighting: the city hovered in the statistics panel.
        id: 'city-highlight',
        type: 'line',
        source: 'cities',
        paint: {
          'line-color': '#111111',
          'line-width': ['case', ['boolean', ['feature-state', 'highlight'], false], 3, 0],
        },
      },
      {
        id: 'city-line',
        type: 'line',
        source: 'cities',
        paint: { 'line-color': theme.cityLine, 'line-width': ['interpolate', ['linear'], ['zoom'], 5, 0.5, 10, 1.4] },
      },
      {
        // Drawn after the cities so the boundary with Hong Kong and Macao reads as distinct from city borders.
        id: 'sar-line',
        type: 'line',
        source: 'context',
        filter: ['==', ['get', 'kind'], 'sar'],
        paint: { 'line-color': theme.sarLine, 'line-width': 1.4, 'line-dasharray': [2, 1.5] },
      },
      {
        id: 'region-line',
        type: 'line',
        source: 'regions',
        layout: { visibility: 'none' },
        paint: { 'line-color': '#3b3b3b', 'line-width': 2.2 },
      },
    ],
  };
}

/**
 * The label layers, added once the label font has loaded: drawn before it, MapLibre would render the
 * glyphs from a fallback font (or as empty boxes) and keep them. Their sources are in basemapStyle.
 */
export function labelLayers(theme: BasemapTheme, lang: Lang): LayerSpecification[] {
  const textFont = [FONT_FAMILY];
  return [
      {
        id: 'context-labels',
        type: 'symbol',
        source: 'context-labels',
        layout: {
          'text-field': labelField(lang),
          'text-font': textFont,
          'text-size': ['match', ['get', 'kind'], 'sar', 13, 12],
          'text-max-width': 8,
        },
        paint: {
          'text-color': ['match', ['get', 'kind'], 'sar', theme.sarLine, theme.minorLabel],
          'text-halo-color': theme.labelHalo,
          'text-halo-width': 1.2,
        },
      },
      {
        id: CITY_LABEL_LAYER,
        type: 'symbol',
        source: 'city-labels',
        layout: {
          'text-field': labelField(lang),
          'text-font': textFont,
          'text-size': ['interpolate', ['linear'], ['zoom'], 5, 11, 8, 15],
          'text-padding': 1,
        },
        paint: { 'text-color': theme.label, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.5 },
      },
      {
        id: 'region-labels',
        type: 'symbol',
        source: 'region-labels',
        layout: {
          visibility: 'none',
          'text-field': ['get', 'text'],
          'text-font': textFont,
          'text-size': 15,
          'text-max-width': 9,
          'text-allow-overlap': true,
          'text-offset': [0, 2.2],
        },
        paint: { 'text-color': '#111111', 'text-halo-color': '#ffffff', 'text-halo-width': 2 },
      },
  ];
}
