import type { Layer } from '@deck.gl/core';
import type { Cluster } from '../selectors/clusters.ts';
import type { Visible } from '../selectors/filters.ts';
import type { Display } from '../state/hash-state.ts';

export interface DeckLayerInput {
  visible: Visible;
  display: Display;
  /** Set when display is clusters: the groups at the current zoom. */
  clusters: Cluster[] | null;
  /** Layer builders, loaded on first use (see use-deck-builders); null until then. */
  builders: {
    density: ((points: { position: readonly number[] }[]) => Layer) | null;
    clusters: ((clusters: Cluster[]) => Layer[]) | null;
  };
}

/**
 * The deck.gl layers of the planners' views: the density surface or the cluster donuts. No deck.gl
 * import here: the builders come in loaded. Markers and
 * routes are MapLibre's own layers (map/overlay-layers.ts); the default view needs no deck.gl at all.
 */
export function deckLayers({ visible, display, clusters, builders }: DeckLayerInput): Layer[] {
  if (display === 'density') {
    const points = [...visible.ports, ...visible.projects].map((f) => ({ position: f.geometry.coordinates }));
    return builders.density ? [builders.density(points)] : [];
  }
  return clusters && builders.clusters ? builders.clusters(clusters) : [];
}

/** The members of clusters with more than one marker: drawn inside their cluster, not on their own. */
export function clusteredIds(clusters: Cluster[] | null): Set<string> {
  return new Set(clusters?.filter((c) => c.members.length > 1).flatMap((c) => c.members));
}
