import type { Layer } from '@deck.gl/core';
import type { Cluster } from '../selectors/clusters.ts';
import type { Visible } from '../selectors/filters.ts';
import type { Selected } from '../selectors/selection.ts';
import type { Display } from '../state/hash-state.ts';
import type { Layer as AnyLayer } from '@deck.gl/core';
import { clusterLayers } from './cluster-layers.ts';
import type { MarkerAtlas } from './marker-atlas.ts';
import { portsLayer, projectsLayer, selectionRingLayer } from './point-layers.ts';
import { railRoutesLayer, seaRoutesLayer, type RoutePath } from './route-layers.ts';
import type { PortFeature, ProjectFeature, RailRouteFeature, SeaRouteFeature } from '../data/atlas.ts';

export interface LayerInput {
  visible: Visible;
  /** Every port and every project, or null where that layer is switched off: the marker layers' data. */
  markers: { ports: PortFeature[] | null; projects: ProjectFeature[] | null };
  /** Route paths, kept stable while the visible routes stay the same so deck.gl does not redo them. */
  seaPaths: RoutePath<SeaRouteFeature>[];
  railPaths: RoutePath<RailRouteFeature>[];
  offsets: Map<string, [number, number]>;
  selected: Selected | null;
  zoom: number;
  present: boolean;
  display: Display;
  /** Set when display is clusters: the groups at the current zoom. */
  clusters: Cluster[] | null;
  /** Builds the density layer; loaded on first use (see use-density-layer), null until then. */
  density: ((points: { position: readonly number[] }[]) => AnyLayer) | null;
  /** Every marker image, packed once (see marker-atlas.ts). */
  atlas: MarkerAtlas;
}

/** All deck.gl layers, bottom to top: routes, density or clusters, the selection ring, ports, projects. */
export function buildLayers({ visible, markers, seaPaths, railPaths, offsets, selected, zoom, present, display, clusters, density, atlas }: LayerInput): Layer[] {
  const selectedId = selected && selected.kind !== 'city' ? selected.feature.properties.id : null;
  const point = selected && (selected.kind === 'port' || selected.kind === 'project') ? selected.feature : null;
  const routes = [seaRoutesLayer(seaPaths, selectedId), railRoutesLayer(railPaths, selectedId)];
  if (display === 'density') {
    const points = [...visible.ports, ...visible.projects].map((f) => ({ position: f.geometry.coordinates }));
    return density ? [...routes, density(points)] : routes;
  }
  // In clusters mode, a point that shares its cell with others is drawn inside the cluster instead.
  const clustered = new Set(clusters?.filter((c) => c.members.length > 1).flatMap((c) => c.members));
  const alone = <F extends { properties: { id: string } }>(features: F[]) =>
    clustered.size ? features.filter((f) => !clustered.has(f.properties.id)) : features;
  return [
    ...routes,
    ...(clusters ? clusterLayers(clusters) : []),
    selectionRingLayer(
      point && !clustered.has(point.properties.id) ? (point.geometry.coordinates as [number, number]) : null,
      point ? (offsets.get(point.properties.id) ?? [0, 0]) : [0, 0],
      zoom,
      present,
      atlas,
    ),
    ...(markers.ports ? [portsLayer({ all: markers.ports, shown: alone(visible.ports), offsets, zoom, present, atlas })] : []),
    ...(markers.projects ? [projectsLayer({ all: markers.projects, shown: alone(visible.projects), offsets, zoom, present, atlas })] : []),
  ];
}
