import type { AtlasData, PortFeature, ProjectFeature } from '../data/atlas.ts';
import { isDateUnknown, originalOf } from '../selectors/at-date.ts';
import type { Visible } from '../selectors/filters.ts';
import { sizeColumn } from './marker-columns.ts';

type Identified = { properties: { id: string } };

/** Which features of one overlay layer are shown: a mask over all of them, in the source's order. */
export interface ShownLayer {
  /** Every feature id of the layer (its feature-state key), the same array for as long as its data stay the same. */
  ids: readonly string[];
  /**
   * The port or project each entry draws, where a layer holds one marker per state a feature takes
   * through time (`ids` are then `id|marker`); absent when `ids` are the features' own ids.
   */
  featureIds?: readonly string[];
  /** 1 where the feature is shown, 0 where a filter (or a cluster) hides it, 2 shown faded: "date unknown" (routes), closed at the time asked (ports). */
  mask: Float32Array;
}

/** A marker layer's entries: one per state a feature takes through time (overlay-data.ts). */
export interface MarkerVariants {
  ids: readonly string[];
  featureIds: readonly string[];
  /** Entry of each `id|marker` key. */
  position: ReadonlyMap<string, number>;
}

export const variantKey = (id: string, marker: string) => `${id}|${marker}`;

/**
 * How MapLibre's marker layers are keyed: by state (see MarkerVariants); null for a layer drawn by
 * deck.gl for its size, whose mask runs over the features themselves.
 */
export interface MarkerLayers {
  ports: { variants: MarkerVariants; marker: (feature: PortFeature) => string } | null;
  projects: { variants: MarkerVariants; marker: (feature: ProjectFeature) => string } | null;
}

export type OverlayShown = Record<'ports' | 'projects' | 'sea-routes' | 'rail-routes', ShownLayer>;

/**
 * Past this many features a marker layer is drawn by deck.gl (large-marker-layer.ts) rather than as
 * MapLibre symbols. The real data have about a hundred per layer; the bench tries 100,000.
 */
export const LARGE_LAYER_FEATURES = 5_000;

/** Every feature the overlay can show: the loaded collections of ports, projects and routes. */
export type OverlayFeatures = Pick<AtlasData, 'ports' | 'projects' | 'sea' | 'rail'>;

const idLists = new WeakMap<readonly Identified[], string[]>();

function idsOf(all: readonly Identified[]): string[] {
  let ids = idLists.get(all);
  if (!ids) {
    ids = all.map((f) => f.properties.id);
    idLists.set(all, ids);
  }
  return ids;
}

/**
 * One layer's mask; `shown` is normally an in-order selection of `all`, as the filters return it, each
 * feature possibly a copy as it stood on the day shown (at-date.ts).
 */
export function shownLayer<F extends Identified>(all: readonly F[], shown: readonly F[]): ShownLayer {
  return { ids: idsOf(all), mask: sizeColumn(all, shown.map(originalOf), 1) };
}

/** A route layer's mask: 2 marks a route shown on a day before its record can vouch for it. */
export function shownRoutes<F extends Identified>(all: readonly F[], shown: readonly F[]): ShownLayer {
  const layer = shownLayer(all, shown);
  const undated = shown.filter(isDateUnknown);
  if (undated.length) {
    const originals = new Set(undated.map(originalOf));
    all.forEach((f, i) => originals.has(f) && (layer.mask[i] = 2));
  }
  return layer;
}

/** The mask over a marker layer's entries: each shown feature lights the entry of the state it is in. */
export function shownVariants<F extends Identified>(variants: MarkerVariants, shown: readonly F[], marker: (feature: F) => string): ShownLayer {
  const mask = new Float32Array(variants.ids.length);
  for (const feature of shown) {
    const i = variants.position.get(variantKey(feature.properties.id, marker(feature)));
    if (i !== undefined) mask[i] = 1;
  }
  return { ids: variants.ids, featureIds: variants.featureIds, mask };
}

/**
 * Ports closed at the time asked (open=) or not matching the guide are drawn faded: mask 2, the state the
 * routes use for "date unknown", so the markers keep the one opacity expression and shader program they have.
 */
export function fadePorts(layer: ShownLayer, faded: ReadonlySet<string>): ShownLayer {
  const mask = layer.mask.slice();
  for (let i = 0; i < mask.length; i++) if (mask[i] === 1 && faded.has(layer.featureIds?.[i] ?? layer.ids[i])) mask[i] = 2;
  return { ...layer, mask };
}

/**
 * What each overlay layer shows: the visible features, less the markers drawn inside a cluster;
 * in the density view no marker at all. The map applies only the differences (overlay-sync.ts).
 */
export function overlayShown(
  all: OverlayFeatures,
  visible: Visible,
  options: { clustered: ReadonlySet<string>; density: boolean; markers: MarkerLayers; fadedPorts?: ReadonlySet<string> },
): OverlayShown {
  const alone = <F extends Identified>(features: F[]): F[] =>
    options.density ? [] : options.clustered.size ? features.filter((f) => !options.clustered.has(f.properties.id)) : features;
  const { ports, projects } = options.markers;
  const portLayer = ports ? shownVariants(ports.variants, alone(visible.ports), ports.marker) : shownLayer(all.ports.features, alone(visible.ports));
  return {
    ports: options.fadedPorts?.size ? fadePorts(portLayer, options.fadedPorts) : portLayer,
    projects: projects
      ? shownVariants(projects.variants, alone(visible.projects), projects.marker)
      : shownLayer(all.projects.features, alone(visible.projects)),
    'sea-routes': shownRoutes(all.sea.features, visible.sea),
    'rail-routes': shownRoutes(all.rail.features, visible.rail),
  };
}
