import { IconLayer } from '@deck.gl/layers';
import type { PortFeature, ProjectFeature } from '../data/atlas.ts';
import { SELECTION_RING_ICON, type MarkerAtlas } from './marker-atlas.ts';
import { markerKey, type MarkerStyle } from './marker-icons.ts';
import { offsetColumn, sizeColumn } from './marker-columns.ts';

export const PORTS_LAYER_ID = 'ports';
export const PROJECTS_LAYER_ID = 'projects';

/** Marker size on screen, in px; the icon's ring margin makes the shape itself about half of it. */
const MARKER_PX = 40;

export function portStyle(port: PortFeature): MarkerStyle {
  const p = port.properties;
  return { kind: 'port', type: p.port_type, precision: p.precision, faded: p.status === 'closed' };
}

export function projectStyle(project: ProjectFeature): MarkerStyle {
  const p = project.properties;
  return { kind: 'project', type: p.port_type, precision: p.precision, status: p.status };
}

/**
 * deck.gl turns an image-typed prop into a texture whether it is a URL or a canvas (core's
 * createTexture takes any browser image), but IconLayer's types list only URL and Texture.
 */
const atlasImage = (atlas: MarkerAtlas) => atlas.image as unknown as string;

interface PointLayerInput<F> {
  /** Every feature of the layer's kind: the layer's data, the same array from one filter change to the next. */
  all: F[];
  /** The features on the map now: an in-order selection of `all`. */
  shown: F[];
  offsets: Map<string, [number, number]>;
  zoom: number;
  /** Presentation mode: markers large enough to see from the back of a meeting room. */
  present: boolean;
  atlas: MarkerAtlas;
}

/** Markers shrink when zoomed out, where a whole province of them shares the screen; on a projector they grow. */
export function markerScale(zoom: number, present = false): number {
  return (zoom < 7 ? 0.55 : zoom < 9 ? 0.75 : 1) * (present ? 1.5 : 1);
}

/** The numbers a filter change rewrites, passed to deck.gl as binary attributes (see marker-columns.ts). */
export interface MarkerColumns {
  getSize: Float32Array;
  getPixelOffset: Float32Array;
}

/** A layer's data: all its features, carrying the current columns where deck.gl looks for binary attributes. */
type MarkerData<F> = F[] & { attributes: MarkerColumns };

/** Per feature list: the layer's data and what its columns were computed from. */
interface ColumnState {
  data: MarkerData<object>;
  shown: object[] | null;
  offsets: object | null;
  /** deck.gl needs a changed update trigger to take a new column; it cannot compare typed arrays cheaply. */
  sizeVersion: number;
  offsetVersion: number;
}

const columnStates = new WeakMap<object[], ColumnState>();
let nextVersion = 1;

/**
 * The layer's data for this selection. The array stays the same object from one call to the next,
 * so deck.gl keeps positions and icons; a column is recomputed (and its version bumped) only when
 * the shown list or the offsets are new objects.
 */
function columnState<F extends PortFeature | ProjectFeature>(all: F[], shown: F[], offsets: Map<string, [number, number]>): ColumnState {
  let state = columnStates.get(all);
  if (!state) {
    // A copy, so the app's own feature list never carries deck.gl's columns.
    const data = Object.assign(all.slice() as object[], { attributes: { getSize: new Float32Array(0), getPixelOffset: new Float32Array(0) } });
    state = { data, shown: null, offsets: null, sizeVersion: 0, offsetVersion: 0 };
    columnStates.set(all, state);
  }
  if (state.shown !== shown) {
    state.data.attributes.getSize = sizeColumn(all, shown, MARKER_PX);
    state.shown = shown;
    state.sizeVersion = nextVersion++;
  }
  if (state.offsets !== offsets) {
    state.data.attributes.getPixelOffset = offsetColumn(all, offsets);
    state.offsets = offsets;
    state.offsetVersion = nextVersion++;
  }
  return state;
}

/** Ports and projects are the same kind of layer; only the marker style differs. */
function markerLayer<F extends PortFeature | ProjectFeature>(
  id: string,
  style: (feature: F) => MarkerStyle,
  { all, shown, offsets, zoom, present, atlas }: PointLayerInput<F>,
) {
  const { data, sizeVersion, offsetVersion } = columnState(all, shown, offsets);
  return new IconLayer<F>({
    id,
    data: data as MarkerData<F>,
    iconAtlas: atlasImage(atlas),
    iconMapping: atlas.mapping,
    pickable: true,
    sizeUnits: 'pixels',
    sizeScale: markerScale(zoom, present),
    getPosition: (f) => f.geometry.coordinates as [number, number],
    // Asked once per feature list: a filter change keeps the data and only swaps the columns.
    getIcon: (f) => markerKey(style(f)),
    updateTriggers: { getSize: sizeVersion, getPixelOffset: offsetVersion },
  });
}

/** The features a marker layer draws now: those of its data with a size above 0. */
export function drawnFeatures(data: unknown): unknown[] {
  if (!Array.isArray(data)) return [];
  const sizes = (data as Partial<MarkerData<unknown>>).attributes?.getSize;
  return sizes ? data.filter((_, i) => sizes[i] > 0) : data;
}

export const portsLayer = (input: PointLayerInput<PortFeature>) => markerLayer(PORTS_LAYER_ID, portStyle, input);
export const projectsLayer = (input: PointLayerInput<ProjectFeature>) => markerLayer(PROJECTS_LAYER_ID, projectStyle, input);

/** A ring around the selected marker, drawn under it and fanned out with it. */
export function selectionRingLayer(position: [number, number] | null, offset: [number, number], zoom: number, present: boolean, atlas: MarkerAtlas) {
  return new IconLayer<{ position: [number, number] }>({
    id: 'selection-ring',
    iconAtlas: atlasImage(atlas),
    iconMapping: atlas.mapping,
    data: position ? [{ position }] : [],
    sizeUnits: 'pixels',
    getSize: 52,
    sizeScale: markerScale(zoom, present),
    getPosition: (d) => d.position,
    getIcon: () => SELECTION_RING_ICON,
    getPixelOffset: () => offset,
    updateTriggers: { getPixelOffset: offset.join(',') },
  });
}
