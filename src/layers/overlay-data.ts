import type { AtlasData } from '../data/atlas.ts';
import { markerCollection, routeCollection, type OverlayData } from '../map/overlay-layers.ts';
import { spreadOffsets } from '../selectors/spread.ts';
import { portStyle, projectStyle } from './marker-icons.ts';
import { LARGE_LAYER_FEATURES } from './overlay-shown.ts';

/** What the map's overlay is made of, once per dataset. */
export interface AtlasOverlay {
  /** Fan-out offsets (screen px) of markers that share a spot: computed once, so markers keep their places when filters change. */
  offsets: Map<string, [number, number]>;
  /** Marker layers too large for MapLibre's symbols: deck.gl draws them (large-marker-layer.ts). */
  large: { ports: boolean; projects: boolean };
  /** The MapLibre sources of markers and routes; a large layer's is empty. */
  collections: OverlayData;
}

const overlays = new WeakMap<AtlasData, AtlasOverlay>();

/** The same object for the same data: the early map and MapView install the very same sources. */
export function atlasOverlay(data: AtlasData): AtlasOverlay {
  let overlay = overlays.get(data);
  if (!overlay) {
    const offsets = spreadOffsets([...data.ports.features, ...data.projects.features].map((f) => ({ id: f.properties.id, position: f.geometry.coordinates })));
    const large = { ports: data.ports.features.length > LARGE_LAYER_FEATURES, projects: data.projects.features.length > LARGE_LAYER_FEATURES };
    const collections = {
      ports: markerCollection(large.ports ? [] : data.ports.features, portStyle, offsets),
      projects: markerCollection(large.projects ? [] : data.projects.features, projectStyle, offsets),
      sea: routeCollection(data.sea.features),
      rail: routeCollection(data.rail.features),
    };
    overlay = { offsets, large, collections };
    overlays.set(data, overlay);
  }
  return overlay;
}
