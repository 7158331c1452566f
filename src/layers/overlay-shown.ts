import type { AtlasData } from '../data/atlas.ts';
import type { Visible } from '../selectors/filters.ts';
import { sizeColumn } from './marker-columns.ts';

type Identified = { properties: { id: string } };

/** Which features of one overlay layer are shown: a mask over all of them, in the source's order. */
export interface ShownLayer {
  /** Every feature id of the layer, the same array for as long as its data stay the same. */
  ids: readonly string[];
  /** 1 where the feature is shown, 0 where a filter (or a cluster) hides it. */
  mask: Float32Array;
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

/** One layer's mask; `shown` is normally an in-order selection of `all`, as the filters return it. */
export function shownLayer<F extends Identified>(all: readonly F[], shown: readonly F[]): ShownLayer {
  return { ids: idsOf(all), mask: sizeColumn(all, shown, 1) };
}

/**
 * What each overlay layer shows: the visible features, less the markers drawn inside a cluster;
 * in the density view no marker at all. The map applies only the differences (overlay-sync.ts).
 */
export function overlayShown(all: OverlayFeatures, visible: Visible, options: { clustered: ReadonlySet<string>; density: boolean }): OverlayShown {
  const alone = <F extends Identified>(features: F[]): F[] =>
    options.density ? [] : options.clustered.size ? features.filter((f) => !options.clustered.has(f.properties.id)) : features;
  return {
    ports: shownLayer(all.ports.features, alone(visible.ports)),
    projects: shownLayer(all.projects.features, alone(visible.projects)),
    'sea-routes': shownLayer(all.sea.features, visible.sea),
    'rail-routes': shownLayer(all.rail.features, visible.rail),
  };
}
