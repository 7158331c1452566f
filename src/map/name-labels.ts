import type { ExpressionSpecification, LayerSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, Point } from 'geojson';
import type { Lang } from '../i18n/strings.ts';
import { FONT_FAMILY, type BasemapTheme } from './theme.ts';
import { PORTS_LAYER_ID, PROJECTS_LAYER_ID, markerScaleExpression, type OverlayData } from './overlay-layers.ts';

/**
 * Port and project names on the map. Pure: layer specifications and the one-feature source of the
 * selected and hovered features. The names come from the marker sources themselves, so a filter
 * that hides a marker (feature-state `hidden`) hides its name in the same frame.
 */

export const PORT_LABEL_LAYER = 'port-labels';
export const PROJECT_LABEL_LAYER = 'project-labels';
/** The selected and hovered features' names (and precision rings), drawn whatever collides with them. */
export const FOCUS_LAYER = 'name-focus';
export const NAME_LABEL_LAYERS = [PORT_LABEL_LAYER, PROJECT_LABEL_LAYER] as const;

/** Ports are named from this zoom, projects (more numerous, often beside their port) from the next. */
export const PORT_LABEL_ZOOM = 9;
export const PROJECT_LABEL_ZOOM = 10;

/**
 * Markers are drawn whatever collides with them and take no part in collisions (overlay-layers.ts):
 * their icons carry a wide transparent margin for the precision ring, which would push every name
 * far from its marker. Where names are drawn, an invisible footprint the size of the marker's shape
 * stands on each marker instead; it is placed before the names, so no name covers a marker.
 */
export const FOOTPRINT_IMAGE = 'marker-footprint';
/** The shape's extent, stroke included, in CSS px at icon-size 1 (marker-icons.ts draws it in the middle of MARKER_PX). */
export const FOOTPRINT_PX = 22;
export const FOOTPRINT_LAYERS = ['port-footprints', 'project-footprints'] as const;

export function nameField(lang: Lang): ExpressionSpecification {
  return ['get', lang === 'zh' ? 'name_zh' : 'name_en'];
}

export function nameSize(present: boolean): number {
  return present ? 18 : 12;
}

const hidden: ExpressionSpecification = ['boolean', ['feature-state', 'hidden'], false];

/** Beside the marker first, then above or below; each name drops out rather than overlap another or a marker. */
const ANCHORS = ['left', 'right', 'top', 'bottom'] as const;

function nameLayer(id: string, source: string, minzoom: number, theme: BasemapTheme, lang: Lang, present: boolean): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source,
    minzoom,
    layout: {
      'text-field': nameField(lang),
      'text-font': [FONT_FAMILY],
      'text-size': nameSize(present),
      'text-max-width': 9,
      'text-variable-anchor': [...ANCHORS],
      'text-radial-offset': 1.1,
      'text-justify': 'auto',
      'text-padding': 2,
    },
    paint: {
      'text-color': theme.label,
      'text-halo-color': theme.labelHalo,
      'text-halo-width': 1.4,
      // A name placed for a marker a filter has hidden is not drawn either.
      'text-opacity': ['case', hidden, 0, 1],
    },
  };
}

/**
 * The name layers, bottom first, added under the markers (so they are placed after them) once the
 * label font has loaded. MapLibre places the topmost layer first: ports' names above projects' win a
 * collision, so a crossing's name is not crowded out by the works planned beside it.
 */
export function nameLayers(theme: BasemapTheme, lang: Lang, present: boolean): LayerSpecification[] {
  return [
    nameLayer(PROJECT_LABEL_LAYER, PROJECTS_LAYER_ID, PROJECT_LABEL_ZOOM, theme, lang, present),
    nameLayer(PORT_LABEL_LAYER, PORTS_LAYER_ID, PORT_LABEL_ZOOM, theme, lang, present),
  ];
}

function footprintLayer(id: string, source: string, present: boolean): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source,
    minzoom: PORT_LABEL_ZOOM,
    layout: {
      'icon-image': FOOTPRINT_IMAGE,
      'icon-size': markerScaleExpression(present),
      'icon-offset': ['get', 'offset'],
      'icon-allow-overlap': true,
      'icon-padding': 0,
    },
    paint: { 'icon-opacity': 0 },
  };
}

/** The footprints, added above the name layers and under the markers. */
export function footprintLayers(present: boolean): LayerSpecification[] {
  return [footprintLayer(FOOTPRINT_LAYERS[0], PORTS_LAYER_ID, present), footprintLayer(FOOTPRINT_LAYERS[1], PROJECTS_LAYER_ID, present)];
}

/** On top of everything: the selected and hovered markers with their precision ring and name, never dropped. */
export function focusLayer(theme: BasemapTheme, lang: Lang, present: boolean): LayerSpecification {
  return {
    id: FOCUS_LAYER,
    type: 'symbol',
    source: FOCUS_LAYER,
    layout: {
      'icon-image': ['get', 'marker'],
      'icon-size': markerScaleExpression(present),
      'icon-offset': ['get', 'offset'],
      'icon-allow-overlap': true,
      'text-field': nameField(lang),
      'text-font': [FONT_FAMILY],
      'text-size': nameSize(present) + 1,
      'text-max-width': 12,
      'text-variable-anchor': [...ANCHORS],
      'text-radial-offset': 1.2,
      'text-justify': 'auto',
      'text-allow-overlap': true,
    },
    paint: { 'text-color': '#111111', 'text-halo-color': theme.labelHalo, 'text-halo-width': 2 },
  };
}

type MarkerFeature = Feature<Point, Record<string, unknown>>;

const indexes = new WeakMap<OverlayData, Map<string, MarkerFeature[]>>();

/** Each port's and project's entries in the marker sources: one per icon it takes through time. */
function markerIndex(overlay: OverlayData): Map<string, MarkerFeature[]> {
  let index = indexes.get(overlay);
  if (!index) {
    index = new Map();
    for (const f of [...overlay.ports.features, ...overlay.projects.features] as MarkerFeature[]) {
      const id = String(f.properties.id);
      index.set(id, [...(index.get(id) ?? []), f]);
    }
    indexes.set(overlay, index);
  }
  return index;
}

/**
 * The focus source: the markers (with names) of the given ids; routes and unknown ids are left out.
 * `lit` gives the entry (`id|marker`) each feature is drawn with on the day shown, so a focused marker
 * wears the same icon as the marker under it (a port closed that day, faded); by default its last.
 */
export function focusCollection(overlay: OverlayData, ids: readonly (string | null)[], lit?: ReadonlyMap<string, string>): FeatureCollection<Point> {
  const index = markerIndex(overlay);
  const features = [...new Set(ids)].flatMap((id) => {
    const entries = id ? index.get(id) : undefined;
    if (!entries) return [];
    const key = lit?.get(id!);
    return [entries.find((f) => f.properties.key === key) ?? entries[entries.length - 1]];
  });
  return { type: 'FeatureCollection', features };
}
