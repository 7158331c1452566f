import { IconLayer } from '@deck.gl/layers';
import type { PortFeature, ProjectFeature } from '../data/atlas.ts';
import { MARKER_PX, markerScale } from '../map/overlay-layers.ts';
import type { MarkerAtlas } from './marker-atlas.ts';
import { markerKey, type MarkerStyle } from './marker-icons.ts';
import type { ShownLayer } from './overlay-shown.ts';

/**
 * Markers of a very large layer (tens of thousands of projects, as in the bench) drawn by deck.gl.
 * MapLibre's symbol layers are the better choice for the real data, but past some tens of thousands
 * of icons in one tile their placement fails, and a filter change would flip as many feature-states.
 * Here the layer keeps every feature as data, so positions and icons are computed once; a filter
 * change hands deck.gl the shown mask as a binary size column (0 = hidden).
 */

type Marker = PortFeature | ProjectFeature;

/** deck.gl reads binary attributes from `data.attributes`. */
type MarkerData = Marker[] & { attributes: { getSize: Float32Array; getPixelOffset: Float32Array } };

const dataOf = new WeakMap<readonly Marker[], MarkerData>();
const versions = new WeakMap<Float32Array, number>();
let nextVersion = 1;

function versionOf(column: Float32Array): number {
  let version = versions.get(column);
  if (version === undefined) {
    version = nextVersion++;
    versions.set(column, version);
  }
  return version;
}

/** Pixel offsets [x0, y0, x1, y1, …] for every feature: 0 except for fanned-out members. */
export function offsetColumn(all: readonly Marker[], offsets: ReadonlyMap<string, readonly [number, number]>): Float32Array {
  const column = new Float32Array(all.length * 2);
  if (offsets.size === 0) return column;
  all.forEach((feature, i) => {
    const offset = offsets.get(feature.properties.id);
    if (offset) [column[2 * i], column[2 * i + 1]] = offset;
  });
  return column;
}

export interface LargeMarkerInput<F extends Marker> {
  id: string;
  all: readonly F[];
  shown: ShownLayer;
  offsets: ReadonlyMap<string, readonly [number, number]>;
  style: (feature: F) => MarkerStyle;
  /** Changes whenever `style` would give other icons (the day shown): deck.gl then asks again. */
  styleKey?: string | null;
  zoom: number;
  present: boolean;
  atlas: MarkerAtlas;
}

export function largeMarkerLayer<F extends Marker>({ id, all, shown, offsets, style, styleKey = null, zoom, present, atlas }: LargeMarkerInput<F>) {
  let data = dataOf.get(all);
  if (!data) {
    // A copy, so the app's own feature list never carries deck.gl's columns.
    data = Object.assign(all.slice(), { attributes: { getSize: shown.mask, getPixelOffset: offsetColumn(all, offsets) } });
    dataOf.set(all, data);
  }
  data.attributes.getSize = shown.mask;
  return new IconLayer<F>({
    id,
    data: data as unknown as F[],
    // deck.gl takes any browser image as a texture, though IconLayer's types name only URLs and textures.
    iconAtlas: atlas.image as unknown as string,
    iconMapping: atlas.mapping,
    pickable: true,
    sizeUnits: 'pixels',
    sizeScale: MARKER_PX * markerScale(zoom, present),
    getPosition: (f) => f.geometry.coordinates as [number, number],
    getIcon: (f) => markerKey(style(f)),
    updateTriggers: { getSize: versionOf(shown.mask), getIcon: styleKey },
  });
}
