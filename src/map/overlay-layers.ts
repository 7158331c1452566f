import type { ExpressionSpecification, LayerSpecification, SourceSpecification } from 'maplibre-gl';
import type { Feature, FeatureCollection, LineString, MultiLineString, Point } from 'geojson';
import type { PortFeature, ProjectFeature, RailRouteFeature, SeaRouteFeature } from '../data/atlas.ts';
import { markerKey, type MarkerStyle } from '../layers/marker-icons.ts';
import { SELECTION_RING_ICON } from '../layers/marker-atlas.ts';
import { variantKey } from '../layers/overlay-shown.ts';
import { hexToRgb, ROUTE_COLOURS } from '../layers/symbols.ts';
import { LINE_BUFFER, POINT_BUFFER } from './tile-buffer.ts';

/**
 * Ports, projects and routes as MapLibre's own layers: the default view draws in one WebGL context
 * and one canvas, with no deck.gl loaded (see README, "Fast on a phone and without a GPU"). Pure: data in, style
 * specifications out; overlay-sync.ts applies what changes afterwards (shown, selected, scale).
 */

export const SEA_LAYER_ID = 'sea-routes';
export const RAIL_LAYER_ID = 'rail-routes';
export const PORTS_LAYER_ID = 'ports';
export const PROJECTS_LAYER_ID = 'projects';
export const SELECTION_LAYER_ID = 'selection-ring';
/** The selected route, drawn over the others by a layer of its own. */
export const ROUTE_SELECTION_LAYER_ID = 'route-selection';
export const ROUTE_LAYER_IDS = [SEA_LAYER_ID, RAIL_LAYER_ID] as const;

/** Layers a click or hover can hit, topmost first. */
export const PICKABLE_LAYERS = [PROJECTS_LAYER_ID, PORTS_LAYER_ID, RAIL_LAYER_ID, SEA_LAYER_ID] as const;
export type OverlayLayerId = (typeof PICKABLE_LAYERS)[number];

/** The first overlay layer: basemap labels that arrive later are slotted in below it, so markers stay on top. */
export const FIRST_OVERLAY_LAYER = SEA_LAYER_ID;

/** A marker's full size on screen, in CSS px at icon-size 1; the icon's ring margin makes the shape about half of it. */
export const MARKER_PX = 40;
/** The selection ring is a little larger than the marker it surrounds. */
const RING_PX = 52;

/** Markers shrink when zoomed out, where a whole province of them shares the screen; on a projector they grow. */
export function markerScale(zoom: number, present = false): number {
  return (zoom < 7 ? 0.55 : zoom < 9 ? 0.75 : 1) * (present ? 1.5 : 1);
}

/** The same steps as markerScale, as an expression MapLibre evaluates per zoom. */
export function markerScaleExpression(present: boolean, factor = 1): ExpressionSpecification {
  const k = (present ? 1.5 : 1) * factor;
  return ['step', ['zoom'], 0.55 * k, 7, 0.75 * k, 9, 1 * k];
}

/**
 * Fan-out offsets are designed in screen px for the smallest markers; MapLibre multiplies icon-offset
 * by icon-size, so the ring grows with the markers instead of letting them overlap when zoomed in.
 */
const OFFSET_BASE_SCALE = markerScale(0);

export function iconOffset(offsetPx: readonly [number, number] | undefined): [number, number] {
  return offsetPx ? [offsetPx[0] / OFFSET_BASE_SCALE, offsetPx[1] / OFFSET_BASE_SCALE] : [0, 0];
}

/** Where a marker sits on screen relative to its point, from the icon-offset it carries, at a zoom. */
export function screenOffsetOfIcon(offset: readonly [number, number] | undefined, zoom: number, present: boolean): [number, number] {
  const scale = markerScale(zoom, present);
  return offset ? [offset[0] * scale, offset[1] * scale] : [0, 0];
}

type MarkerProperties = { id: string; key: string; marker: string; plain: string; offset: [number, number]; name_zh: string; name_en: string };

/**
 * From this zoom on, markers carry their precision ring (dashed: port area; halo: only the city).
 * Zoomed out, the rings of a hundred markers around the Pearl River mouth ran together into a grey
 * haze; there each marker is its plain shape, and the selected or hovered one still shows its ring
 * (name-labels.ts). The legend says so.
 */
export const PRECISION_RING_ZOOM = 10;

/**
 * What a marker source carries: the id, the images (with and without the precision ring), the
 * fan-out offset and the two names the map labels show. MapLibre copies a source's data to its
 * worker; the cards read the full record from the app's own index. A feature can be there once per
 * icon it takes through time: `key` (id and icon) tells them apart.
 */
export function markerCollection<F extends PortFeature | ProjectFeature>(
  features: readonly F[],
  style: (feature: F) => MarkerStyle,
  offsets: ReadonlyMap<string, readonly [number, number]>,
): FeatureCollection<Point, MarkerProperties> {
  return {
    type: 'FeatureCollection',
    features: features.map((f) => ({
      type: 'Feature',
      properties: {
        id: f.properties.id,
        key: variantKey(f.properties.id, markerKey(style(f))),
        marker: markerKey(style(f)),
        plain: markerKey({ ...style(f), precision: 'exact' }),
        offset: iconOffset(offsets.get(f.properties.id)),
        name_zh: f.properties.name_zh,
        name_en: f.properties.name_en,
      },
      geometry: f.geometry,
    })),
  };
}

export function routeCollection(features: readonly (SeaRouteFeature | RailRouteFeature)[]): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: features.map((f) => ({ type: 'Feature', properties: { id: f.properties.id }, geometry: f.geometry })),
  };
}

/** The selected route as the map draws it: its line, and which kind of route it is (for the width). */
export interface RouteMark {
  kind: 'sea' | 'rail';
  geometry: LineString | MultiLineString;
}

const ROUTE_WIDTH = { sea: 1.6, rail: 2.4 } as const;
/** A selected route is drawn this much wider than the others, in the selection colour. */
const SELECTED_ROUTE_WIDTH = 2.2;

/** The highlight's source: the selected route's line, or nothing. */
export function routeSelectionCollection(route: RouteMark | null): FeatureCollection {
  const features: Feature[] = route
    ? [{ type: 'Feature', properties: { colour: ROUTE_COLOURS.selected, width: ROUTE_WIDTH[route.kind] * SELECTED_ROUTE_WIDTH }, geometry: route.geometry }]
    : [];
  return { type: 'FeatureCollection', features };
}

/** The ring's source: the selected marker's point, carrying its fan-out offset. */
export function selectionCollection(position: readonly number[] | null, offsetPx: readonly [number, number] | undefined): FeatureCollection<Point> {
  const features: Feature<Point>[] = position
    ? [{ type: 'Feature', properties: { offset: iconOffset(offsetPx).map((v) => (v * MARKER_PX) / RING_PX) }, geometry: { type: 'Point', coordinates: [...position] } }]
    : [];
  return { type: 'FeatureCollection', features };
}

export interface OverlayData {
  ports: FeatureCollection;
  projects: FeatureCollection;
  sea: FeatureCollection;
  rail: FeatureCollection;
}

export function overlaySources(data: OverlayData): Record<string, SourceSpecification> {
  // promoteId: feature-state (hidden, undated) is keyed by our own ids.
  return {
    [SEA_LAYER_ID]: { type: 'geojson', data: data.sea, promoteId: 'id', buffer: LINE_BUFFER },
    [RAIL_LAYER_ID]: { type: 'geojson', data: data.rail, promoteId: 'id', buffer: LINE_BUFFER },
    [ROUTE_SELECTION_LAYER_ID]: { type: 'geojson', data: routeSelectionCollection(null), buffer: LINE_BUFFER },
    [SELECTION_LAYER_ID]: { type: 'geojson', data: selectionCollection(null, undefined), buffer: POINT_BUFFER },
    [PORTS_LAYER_ID]: { type: 'geojson', data: data.ports, promoteId: 'key', buffer: POINT_BUFFER },
    [PROJECTS_LAYER_ID]: { type: 'geojson', data: data.projects, promoteId: 'key', buffer: POINT_BUFFER },
  };
}

const hidden: ExpressionSpecification = ['boolean', ['feature-state', 'hidden'], false];
const undated: ExpressionSpecification = ['boolean', ['feature-state', 'undated'], false];

/** A port closed at the time asked (open=), or not among the guide's matches: still there, clearly set back. */
export const FADED_MARKER_OPACITY = 0.3;
/** One expression for markers and the ring: a hidden one is gone, a faded one (feature-state `undated`) faint. */
const markerOpacity: ExpressionSpecification = ['case', hidden, 0, undated, FADED_MARKER_OPACITY, 1];

const ROUTE_OPACITY = 0.6;
/** A route shown on a day before its record can vouch for it is faint (legend: "date unknown"). */
const UNDATED_ROUTE_OPACITY = 0.22;

/**
 * A route layer's opacity: one value for the whole layer, fainter while every route it shows is
 * "date unknown". Moving the timeline from today into the past turns all 86 sea lanes so at once;
 * changing one uniform then costs far less than rewriting the per-vertex paint data of every lane
 * through feature-state (overlay-sync.ts). Per-route state covers only a mix of dated and undated.
 */
export function routeOpacity(allUndated: boolean): number {
  return allUndated ? UNDATED_ROUTE_OPACITY : ROUTE_OPACITY;
}

function withAlpha(hex: string, alpha: number): string {
  const [r, g, b] = hexToRgb(hex);
  return `rgba(${r}, ${g}, ${b}, ${Number(alpha.toFixed(3))})`;
}

/**
 * Colour and width follow each route's state (hidden: no width; undated among dated routes: a
 * fainter colour), the opacity the layer's (routeOpacity). City borders and the route highlight use the same
 * split, data-driven colour and width with a uniform opacity, so all lines share one shader program.
 */
function routeLayer(id: string, colour: string, width: number): LayerSpecification {
  return {
    id,
    type: 'line',
    source: id,
    layout: { 'line-cap': 'round', 'line-join': 'round' },
    paint: {
      'line-color': ['case', undated, withAlpha(colour, UNDATED_ROUTE_OPACITY / ROUTE_OPACITY), colour],
      'line-width': ['case', hidden, 0, width],
      'line-opacity': routeOpacity(false),
    },
  };
}

/**
 * The selected route on top of the others, at full strength whatever its date. Hidden while no route
 * is selected: a line layer, even an empty one, costs a pass of tile masks on every frame.
 */
function routeSelectionLayer(): LayerSpecification {
  return {
    id: ROUTE_SELECTION_LAYER_ID,
    type: 'line',
    source: ROUTE_SELECTION_LAYER_ID,
    layout: { 'line-cap': 'round', 'line-join': 'round', visibility: 'none' },
    paint: { 'line-color': ['get', 'colour'], 'line-width': ['get', 'width'], 'line-opacity': 1 },
  };
}

function markerLayer(id: string, present: boolean): LayerSpecification {
  return {
    id,
    type: 'symbol',
    source: id,
    layout: {
      'icon-image': ['step', ['zoom'], ['get', 'plain'], PRECISION_RING_ZOOM, ['get', 'marker']],
      'icon-size': markerScaleExpression(present),
      'icon-offset': ['get', 'offset'],
      // Every marker is drawn: fan-out, not collision, keeps them apart. Names keep off markers
      // through footprints of their own (name-labels.ts).
      'icon-allow-overlap': true,
      'icon-ignore-placement': true,
      'icon-padding': 0,
    },
    // A filter hides a marker through feature-state: no re-layout in the worker, the next frame shows it.
    paint: { 'icon-opacity': markerOpacity },
  };
}

export function overlayLayers(present: boolean): LayerSpecification[] {
  return [
    routeLayer(SEA_LAYER_ID, ROUTE_COLOURS.sea, ROUTE_WIDTH.sea),
    routeLayer(RAIL_LAYER_ID, ROUTE_COLOURS.rail, ROUTE_WIDTH.rail),
    routeSelectionLayer(),
    {
      id: SELECTION_LAYER_ID,
      type: 'symbol',
      source: SELECTION_LAYER_ID,
      layout: {
        'icon-image': SELECTION_RING_ICON,
        'icon-size': markerScaleExpression(present, RING_PX / MARKER_PX),
        'icon-offset': ['get', 'offset'],
        'icon-allow-overlap': true,
        'icon-ignore-placement': true,
      },
      // The markers' opacity expression, though the ring is never hidden: the same shader program serves both.
      paint: { 'icon-opacity': markerOpacity },
    },
    markerLayer(PORTS_LAYER_ID, present),
    markerLayer(PROJECTS_LAYER_ID, present),
  ];
}

/** The layers whose icon size follows presentation mode, and the factor each applies. */
export const SCALED_LAYERS: readonly [string, number][] = [
  [PORTS_LAYER_ID, 1],
  [PROJECTS_LAYER_ID, 1],
  [SELECTION_LAYER_ID, RING_PX / MARKER_PX],
];
