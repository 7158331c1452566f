import type { Layer } from '@deck.gl/core';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasData } from './data/atlas.ts';
import type { OverlayShown } from './layers/overlay-shown.ts';

/**
 * A small window.__atlas handle for the browser tests and the bench: what the app decided to show,
 * and where its markers are. What a user sees is checked on screenshots at those places
 * (tests/e2e/driver.ts). It holds references and read-only summaries; nothing in the app reads it.
 */
export interface AtlasHook {
  map: MapLibreMap | null;
  /** The deck.gl layers of the moment (clusters, density, moving routes); empty in the default view. */
  layers: Layer[];
  /** What each overlay layer (ports, projects, sea-routes, rail-routes) shows now. */
  shown: OverlayShown | null;
  /** Ids each overlay layer shows, and the ids of what each deck.gl layer draws. */
  rendered: () => Record<string, string[]>;
  /** True once markers and routes are on the map with their data: the next idle is the first complete view. */
  complete: () => boolean;
  /**
   * True once the whole default view is on the map: markers and routes, the names, the dashed borders,
   * the rivers and, where the view reaches past the neighbouring provinces, the world; nothing deferred
   * is still loading and every source has its tiles. The bench's first complete view is the next idle.
   */
  settled: () => boolean;
  /** Deferred additions to the map (the world, the rivers) requested and not yet on it. */
  deferred: number;
  /** How often a change of what is shown has been applied to the map, and when last (performance.now()). */
  applied: { count: number; at: number };
  /** The full records an overlay layer shows now (ports, projects, sea-routes, rail-routes). */
  drawn: (layerId: string) => { properties: Record<string, unknown> }[];
  /** The icon each shown port or project is drawn with now (`kind:type:precision:status:f:u`, see markerKey). */
  markers: (layerId: 'ports' | 'projects') => Record<string, string>;
  /** Where a port's or project's marker is drawn on screen (fan-out included), in map-container px. */
  markerPoint: (id: string) => { x: number; y: number } | null;
  data: AtlasData | null;
}

declare global {
  interface Window {
    __atlas?: AtlasHook;
  }
}

type Datum = { properties?: { id?: string }; feature?: { properties: { id: string } }; id?: string };

function hook(): AtlasHook {
  window.__atlas ??= {
    map: null,
    layers: [],
    shown: null,
    applied: { count: 0, at: 0 },
    deferred: 0,
    rendered() {
      const overlay = Object.entries(this.shown ?? {}).map(([id, { ids, featureIds, mask }]) => [
        id,
        [...new Set((featureIds ?? ids).filter((_, i) => mask[i] > 0))],
      ]);
      const deck = this.layers.map((layer) => {
        const all = Array.isArray(layer.props.data) ? (layer.props.data as Datum[] & { attributes?: { getSize?: Float32Array } }) : [];
        // A large marker layer keeps every feature as data; its size column says which are drawn.
        const sizes = 'attributes' in all ? all.attributes?.getSize : undefined;
        const data = sizes ? all.filter((_, i) => sizes[i] > 0) : all;
        const ids = data.map((d) => d.properties?.id ?? d.feature?.properties.id ?? d.id).filter((id): id is string => Boolean(id));
        return [layer.id, [...new Set(ids)]];
      });
      return Object.fromEntries([...overlay, ...deck]);
    },
    drawn(layerId) {
      const index = this.data?.index;
      const ids = this.rendered()[layerId] ?? [];
      return ids.flatMap((id) => {
        const feature = index?.ports.get(id) ?? index?.projects.get(id) ?? index?.seaRoutes.get(id) ?? index?.railRoutes.get(id);
        return feature ? [feature as unknown as { properties: Record<string, unknown> }] : [];
      });
    },
    markers(layerId) {
      const layer = this.shown?.[layerId];
      if (!layer) return {};
      const entries = layer.ids.flatMap((key, i) => (layer.mask[i] > 0 ? [key.split('|') as [string, string]] : []));
      return Object.fromEntries(entries);
    },
    markerPoint: () => null,
    data: null,
    complete() {
      const map = this.map;
      const overlays = ['ports', 'projects', 'sea-routes', 'rail-routes'];
      return Boolean(map && overlays.every((id) => map.getLayer(id)) && overlays.every((id) => map.isSourceLoaded(id)));
    },
    settled() {
      const map = this.map;
      if (!map || !this.complete() || this.deferred > 0) return false;
      const drawn = ['city-labels', 'context-labels', 'river-line'].every((id) => map.getLayer(id));
      const dashed = ['province-line', 'sar-line'].every((id) => map.getLayoutProperty(id, 'visibility') === 'visible');
      return drawn && dashed && Object.keys(map.getStyle().sources).every((id) => map.isSourceLoaded(id));
    },
  };
  return window.__atlas;
}

export function exposeMap(map: MapLibreMap | null): void {
  hook().map = map;
}

export function exposeData(data: AtlasData): void {
  hook().data = data;
}

export function exposeMarkerPoint(markerPoint: AtlasHook['markerPoint']): void {
  hook().markerPoint = markerPoint;
}

export function exposeDeckLayers(layers: Layer[]): void {
  hook().layers = layers;
}

export function exposeShown(shown: OverlayShown): void {
  hook().shown = shown;
}

export function exposeApplied(): void {
  const atlas = hook();
  atlas.applied = { count: atlas.applied.count + 1, at: performance.now() };
}

/** Counts a deferred addition to the map (the world, the rivers) until it is on the map or has failed. */
export function trackDeferred<T>(addition: Promise<T>): Promise<T> {
  const atlas = hook();
  atlas.deferred += 1;
  const done = () => {
    atlas.deferred -= 1;
  };
  addition.then(done, done);
  return addition;
}
