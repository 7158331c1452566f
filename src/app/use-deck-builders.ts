import { useEffect, useMemo, useState } from 'react';
import type { Display } from '../state/hash-state.ts';

type DensityModule = typeof import('../layers/density-layer.ts');
type ClusterModule = typeof import('../layers/cluster-layers.ts');
type LargeMarkerModule = typeof import('../layers/large-marker-layer.ts');

export interface DeckBuilders {
  density: DensityModule['densityLayer'] | null;
  clusters: ClusterModule['clusterLayers'] | null;
  largeMarkers: LargeMarkerModule['largeMarkerLayer'] | null;
}

/**
 * The builders of the planners' deck.gl layers, each loaded the first time its view is asked for:
 * deck.gl is large, and the default view draws with MapLibre alone.
 */
export function useDeckBuilders(display: Display, largeData: boolean): DeckBuilders {
  const [density, setDensity] = useState<DensityModule | null>(null);
  const [clusters, setClusters] = useState<ClusterModule | null>(null);
  const [largeMarkers, setLargeMarkers] = useState<LargeMarkerModule | null>(null);
  useEffect(() => {
    const fail = (error: Error) => console.error(error.message);
    if (display === 'density' && !density) import('../layers/density-layer.ts').then(setDensity, fail);
    if (display === 'clusters' && !clusters) import('../layers/cluster-layers.ts').then(setClusters, fail);
    if (largeData && !largeMarkers) import('../layers/large-marker-layer.ts').then(setLargeMarkers, fail);
  }, [display, largeData, density, clusters, largeMarkers]);
  return useMemo(
    () => ({ density: density?.densityLayer ?? null, clusters: clusters?.clusterLayers ?? null, largeMarkers: largeMarkers?.largeMarkerLayer ?? null }),
    [density, clusters, largeMarkers],
  );
}
