import type { Layer } from '@deck.gl/core';
import type { MapboxOverlay } from '@deck.gl/mapbox';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { drawnFeatures } from './layers/point-layers.ts';

/**
 * A small window.__atlas handle for the browser tests: they assert on map and layer state through
 * it instead of on pixels. It holds references and read-only summaries; nothing in the app reads it.
 */
export interface AtlasHook {
  map: MapLibreMap | null;
  deck: MapboxOverlay | null;
  layers: Layer[];
  /** Ids of the features each deck layer is currently drawing. */
  rendered: () => Record<string, string[]>;
  /** The data objects a deck layer draws now (a marker layer's data also holds its hidden features). */
  drawn: (layerId: string) => unknown[];
}

declare global {
  interface Window {
    __atlas?: AtlasHook;
  }
}

type Datum = { properties?: { id?: string }; feature?: { properties: { id: string } } };

function hook(): AtlasHook {
  window.__atlas ??= {
    map: null,
    deck: null,
    layers: [],
    drawn(layerId) {
      return drawnFeatures(this.layers.find((layer) => layer.id === layerId)?.props.data);
    },
    rendered() {
      return Object.fromEntries(
        this.layers.map((layer) => {
          const data = drawnFeatures(layer.props.data) as Datum[];
          const ids = data.map((d) => d.properties?.id ?? d.feature?.properties.id).filter((id): id is string => Boolean(id));
          return [layer.id, [...new Set(ids)]];
        }),
      );
    },
  };
  return window.__atlas;
}

export function exposeMap(map: MapLibreMap | null, deck: MapboxOverlay | null): void {
  Object.assign(hook(), { map, deck });
}

export function exposeLayers(layers: Layer[]): void {
  hook().layers = layers;
}
