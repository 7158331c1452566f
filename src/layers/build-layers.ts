import type { Layer } from '@deck.gl/core';
import type { Visible } from '../selectors/filters.ts';
import type { Selected } from '../selectors/selection.ts';
import { portsLayer, projectsLayer, selectionRingLayer } from './point-layers.ts';
import { railRoutesLayer, routePaths, seaRoutesLayer } from './route-layers.ts';

export interface LayerInput {
  visible: Visible;
  offsets: Map<string, [number, number]>;
  offsetsKey: string;
  selected: Selected | null;
  zoom: number;
}

/** All deck.gl layers, bottom to top: routes, the selection ring, ports, projects. */
export function buildLayers({ visible, offsets, offsetsKey, selected, zoom }: LayerInput): Layer[] {
  const selectedId = selected && selected.kind !== 'city' ? selected.feature.properties.id : null;
  const point = selected && (selected.kind === 'port' || selected.kind === 'project') ? selected.feature : null;
  return [
    seaRoutesLayer(routePaths(visible.sea), selectedId),
    railRoutesLayer(routePaths(visible.rail), selectedId),
    selectionRingLayer(
      point ? (point.geometry.coordinates as [number, number]) : null,
      point ? (offsets.get(point.properties.id) ?? [0, 0]) : [0, 0],
      zoom,
    ),
    portsLayer({ features: visible.ports, offsets, offsetsKey, zoom }),
    projectsLayer({ features: visible.projects, offsets, offsetsKey, zoom }),
  ];
}
