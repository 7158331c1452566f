import type { AtlasData, PortFeature, ProjectFeature } from '../data/atlas.ts';
import { markerCollection, routeCollection, type OverlayData } from '../map/overlay-layers.ts';
import { portStates, projectStates } from '../selectors/at-date.ts';
import { spreadOffsets } from '../selectors/spread.ts';
import { markerKey, portStyle, projectStyle } from './marker-icons.ts';
import { LARGE_LAYER_FEATURES, variantKey, type MarkerLayers, type MarkerVariants } from './overlay-shown.ts';

/** What the map's overlay is made of, once per dataset. */
export interface AtlasOverlay {
  /** Fan-out offsets (screen px) of markers that share a spot: computed once, so markers keep their places when filters change. */
  offsets: Map<string, [number, number]>;
  /** Marker layers too large for MapLibre's symbols: deck.gl draws them (large-marker-layer.ts). */
  large: { ports: boolean; projects: boolean };
  /** The MapLibre sources of markers and routes; a large layer's is empty. */
  collections: OverlayData;
  /** How the MapLibre marker layers are keyed: one entry per state a feature takes through time. */
  markers: MarkerLayers;
}

const portMarker = (port: PortFeature) => markerKey(portStyle(port));
const projectMarker = (project: ProjectFeature) => markerKey(projectStyle(project));

/**
 * A marker's icon is a layout property, which feature-state cannot change; so a feature whose icon changes
 * through time (a port that closed, a project that opened) is in the source once per icon, and moving
 * through time flips which of them is hidden, on the same cheap path as a filter (overlay-sync.ts).
 */
function variantsOf<F extends PortFeature | ProjectFeature>(states: F[][], marker: (feature: F) => string): { features: F[]; variants: MarkerVariants } {
  const features: F[] = [];
  const ids: string[] = [];
  const featureIds: string[] = [];
  const position = new Map<string, number>();
  for (const state of states.flat()) {
    const key = variantKey(state.properties.id, marker(state));
    if (position.has(key)) continue;
    position.set(key, ids.length);
    ids.push(key);
    featureIds.push(state.properties.id);
    features.push(state);
  }
  return { features, variants: { ids, featureIds, position } };
}

const overlays = new WeakMap<AtlasData, AtlasOverlay>();

/** The same object for the same data: the early map and MapView install the very same sources. */
export function atlasOverlay(data: AtlasData): AtlasOverlay {
  let overlay = overlays.get(data);
  if (!overlay) {
    const offsets = spreadOffsets([...data.ports.features, ...data.projects.features].map((f) => ({ id: f.properties.id, position: f.geometry.coordinates })));
    const large = { ports: data.ports.features.length > LARGE_LAYER_FEATURES, projects: data.projects.features.length > LARGE_LAYER_FEATURES };
    const ports = large.ports ? null : variantsOf(data.ports.features.map(portStates), portMarker);
    const projects = large.projects ? null : variantsOf(data.projects.features.map(projectStates), projectMarker);
    const collections = {
      ports: markerCollection(ports?.features ?? [], portStyle, offsets),
      projects: markerCollection(projects?.features ?? [], projectStyle, offsets),
      sea: routeCollection(data.sea.features),
      rail: routeCollection(data.rail.features),
    };
    const markers: MarkerLayers = {
      ports: ports && { variants: ports.variants, marker: portMarker },
      projects: projects && { variants: projects.variants, marker: projectMarker },
    };
    overlay = { offsets, large, collections, markers };
    overlays.set(data, overlay);
  }
  return overlay;
}
