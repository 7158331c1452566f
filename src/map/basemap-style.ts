import type { ExpressionSpecification, LayerSpecification, SourceSpecification, StyleSpecification } from 'maplibre-gl';
import type { FeatureCollection } from 'geojson';
import type { Basemap } from '../data/types.ts';
import type { BasemapSources } from './create-map.ts';
import type { Lang } from '../i18n/strings.ts';
import { labelPoints } from './label-points.ts';
import type { BasemapTheme } from './theme.ts';
import { FONT_FAMILY } from './theme.ts';
import { LINE_BUFFER, POINT_BUFFER } from './tile-buffer.ts';
import { BASEMAP_FILTERS, BASEMAP_SOURCE, basemapCollection } from './basemap-source.ts';

export const CITY_LABEL_LAYER = 'city-labels';
export const CHOROPLETH_LAYER = 'choropleth-fill';
export const REGION_LAYERS = ['region-line', 'region-labels'] as const;
export const SAR_LABEL_LAYER = 'sar-labels';
export const LABEL_LAYERS = [CITY_LABEL_LAYER, 'context-labels', SAR_LABEL_LAYER] as const;
/**
 * Dashed borders need a shader program of their own; with software WebGL compiling it holds up the
 * first view, so they are switched on with the labels, once the markers and routes are drawn.
 */
export const DASHED_LAYERS = ['province-line', 'sar-line'] as const;

export function labelField(lang: Lang): ExpressionSpecification {
  return ['get', lang === 'zh' ? 'name_zh' : 'name_en'];
}

/**
 * The whole offline basemap as a MapLibre style, labels aside (labelLayers). It names no glyph or
 * sprite server: MapLibre then draws label glyphs locally from the bundled web font.
 */
const highlight: ExpressionSpecification = ['boolean', ['feature-state', 'highlight'], false];

/** The city borders' colour, with the highlighted city's in black. */
export function cityLineColour(border: string): ExpressionSpecification {
  return ['case', highlight, '#111111', border];
}

/**
 * A constant paint value written as one that could vary by feature. MapLibre compiles a line program
 * per combination of constant and per-feature paint; the city borders and routes have per-feature
 * colour and width, so a line layer written this way shares their program instead of compiling one
 * of its own (with software WebGL each holds up the main thread; README, "Fast on a phone and without a GPU").
 */
export function perFeature<T extends string | number>(value: T): ExpressionSpecification {
  return ['case', ['has', 'never-set'], value, value];
}

const EMPTY: FeatureCollection = { type: 'FeatureCollection', features: [] };

export function basemapStyle(sources: BasemapSources, theme: BasemapTheme): StyleSpecification {
  return {
    version: 8,
    // Only what the first view draws: every source, even an empty one, is a round trip to the worker
    // and a frame when it arrives, and with software WebGL each frame counts. The world, the labels
    // and the region outlines are added later (worldLayers, labelLayers).
    sources: {
      // promoteId: a city's feature-state (highlight) is keyed by its adcode.
      [BASEMAP_SOURCE]: { type: 'geojson', data: basemapCollection(sources), promoteId: 'adcode', buffer: LINE_BUFFER },
    },
    // No background layer: the sea is the map container's own colour (createAtlasMap), seen through
    // the canvas wherever nothing is drawn. With software WebGL a full-screen layer costs a shader
    // program of its own and a full-screen fill on every frame (README, "Fast on a phone and without a GPU").
    layers: [
      {
        id: 'province-fill',
        type: 'fill',
        source: BASEMAP_SOURCE,
        filter: BASEMAP_FILTERS.province,
        paint: { 'fill-color': theme.province, 'fill-antialias': false },
      },
      {
        id: 'province-line',
        type: 'line',
        source: BASEMAP_SOURCE,
        filter: BASEMAP_FILTERS.province,
        layout: { visibility: 'none' },
        paint: { 'line-color': theme.provinceLine, 'line-width': 0.8, 'line-dasharray': [3, 2] },
      },
      {
        id: 'sar-fill',
        type: 'fill',
        source: BASEMAP_SOURCE,
        filter: BASEMAP_FILTERS.sar,
        paint: { 'fill-color': theme.sar, 'fill-antialias': false },
      },
      { id: 'city-fill', type: 'fill', source: BASEMAP_SOURCE, filter: BASEMAP_FILTERS.city, paint: { 'fill-color': theme.city, 'fill-antialias': false } },
      {
        id: CHOROPLETH_LAYER,
        type: 'fill',
        source: BASEMAP_SOURCE,
        filter: BASEMAP_FILTERS.city,
        layout: { visibility: 'none' },
        paint: { 'fill-color': theme.city, 'fill-opacity': 0.85, 'fill-antialias': false },
      },
      {
        // City borders, and the city hovered in the statistics panel (linked highlighting) drawn darker.
        // Colour and width follow feature-state and the opacity is one value, exactly as on the route
        // lines, and the width does not follow the zoom: all of them then share one shader program (with
        // software WebGL each program compiled holds up the first view). A zoom-dependent width here, or
        // on the routes, made moving the timeline from today to 2015 ~5 ms slower (more per-vertex paint data).
        id: 'city-line',
        type: 'line',
        source: BASEMAP_SOURCE,
        filter: BASEMAP_FILTERS.city,
        paint: {
          'line-color': cityLineColour(theme.cityLine),
          'line-width': ['case', highlight, 3, 0.8],
          'line-opacity': 1,
        },
      },
      {
        // Drawn after the cities so the boundary with Hong Kong and Macao reads as distinct from city borders.
        id: 'sar-line',
        type: 'line',
        source: BASEMAP_SOURCE,
        filter: BASEMAP_FILTERS.sar,
        layout: { visibility: 'none' },
        paint: { 'line-color': theme.sarLine, 'line-width': 1.4, 'line-dasharray': [2, 1.5] },
      },
    ],
  };
}

/** The countries around China, added under the provinces once the world file has loaded after the first view. */
export function worldLayers(theme: BasemapTheme): LayerSpecification[] {
  return [
    { id: 'world-fill', type: 'fill', source: 'world', paint: { 'fill-color': theme.world, 'fill-antialias': false } },
    { id: 'world-line', type: 'line', source: 'world', paint: { 'line-color': perFeature(theme.worldLine), 'line-width': perFeature(0.6) } },
  ];
}

/** The main rivers, added above the city fills once the first view is complete (the file loads then). */
export function riverLayer(theme: BasemapTheme): LayerSpecification {
  const major: ExpressionSpecification = ['<=', ['get', 'level'], 1];
  return {
    id: 'river-line',
    type: 'line',
    source: BASEMAP_SOURCE,
    filter: BASEMAP_FILTERS.river,
    layout: { 'line-join': 'round', 'line-cap': 'round' },
    paint: {
      'line-color': perFeature(theme.river),
      // Not zoom-dependent: a width that follows zoom and feature needs a line program of its own.
      'line-width': ['case', major, 1.8, 1.1],
    },
  };
}

/** The rivers are slotted in under this layer: above the city fills and the choropleth, below every border. */
export const ABOVE_RIVER_LAYER = 'city-line';

/** The first basemap layer above the world's. */
export const ABOVE_WORLD_LAYER = 'province-fill';

/** The text the first view's name layers draw (city and surrounding area names) in `lang`. */
export function basemapLabelText(basemap: Basemap, lang: Lang): string {
  return [...basemap.cities.features, ...basemap.context.features].map((f) => (lang === 'zh' ? f.properties.name_zh : f.properties.name_en) ?? '').join('');
}

/** The label points of the cities and of the areas around them, from the app's loaded basemap. */
export function labelSources(basemap: Basemap): Record<string, SourceSpecification> {
  return {
    'city-labels': { type: 'geojson', data: labelPoints(basemap.cities), buffer: POINT_BUFFER },
    'context-labels': { type: 'geojson', data: labelPoints(basemap.context), buffer: POINT_BUFFER },
    // Filled in when the choropleth is first switched on (regions.geojson loads lazily).
    regions: { type: 'geojson', data: EMPTY, buffer: LINE_BUFFER },
    'region-labels': { type: 'geojson', data: EMPTY, buffer: POINT_BUFFER },
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
      id: 'region-line',
      type: 'line',
      source: 'regions',
      layout: { visibility: 'none' },
      paint: { 'line-color': perFeature('#3b3b3b'), 'line-width': perFeature(2.2) },
    },
      // Provinces and the SARs in two layers with constant colours rather than one layer whose colour
      // depends on the feature: every label layer then shares one shader program.
      contextLabelLayer('context-labels', 'province', 12, theme.minorLabel, theme, lang),
      contextLabelLayer(SAR_LABEL_LAYER, 'sar', 13, theme.sarLine, theme, lang),
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

function contextLabelLayer(id: string, kind: 'province' | 'sar', size: number, colour: string, theme: BasemapTheme, lang: Lang): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source: 'context-labels',
    filter: ['==', ['get', 'kind'], kind],
    layout: { 'text-field': labelField(lang), 'text-font': [FONT_FAMILY], 'text-size': size, 'text-max-width': 8 },
    paint: { 'text-color': colour, 'text-halo-color': theme.labelHalo, 'text-halo-width': 1.2 },
  };
}
