import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { OverlayShown, ShownLayer } from '../layers/overlay-shown.ts';
import {
  ROUTE_LAYER_IDS,
  ROUTE_SELECTION_LAYER_ID,
  SCALED_LAYERS,
  SELECTION_LAYER_ID,
  markerScaleExpression,
  routeOpacity,
  routeSelectionCollection,
  selectionCollection,
  type RouteMark,
} from './overlay-layers.ts';

export interface SelectionMark {
  /** The selected feature's id. */
  id: string | null;
  /** The selected marker's point and fan-out offset: the ring is drawn there. */
  position: readonly number[] | null;
  offset: readonly [number, number] | undefined;
  /** The selected route where it is drawn on the day shown: the highlight follows its line. */
  route?: RouteMark | null;
}

/** What one layer shows, as the map was last told. */
interface Applied {
  layer: ShownLayer;
  /** Every route shown is "date unknown": the layer's opacity says so, not each route (overlay-layers.ts). */
  allUndated: boolean;
}

const isRouteLayer = (layerId: string) => (ROUTE_LAYER_IDS as readonly string[]).includes(layerId);

/** True when the layer shows something and all of it is "date unknown" (mask 2). */
function everyShownUndated(mask: Float32Array): boolean {
  let shown = false;
  for (let i = 0; i < mask.length; i++) {
    if (mask[i] === 1) return false;
    if (mask[i] === 2) shown = true;
  }
  return shown;
}

/** An entry's feature-state: 0 hidden, 1 shown, 2 shown as "date unknown" when the layer's flag does not say it already. */
const entryState = (value: number, allUndated: boolean) => (value === 2 && allUndated ? 1 : value);

/**
 * The only module that changes the overlay layers of a live map. Each call applies one piece of
 * state, and only what differs from the last call: a filter change touches the feature-state of
 * the markers whose visibility changed, nothing else (no setData, no re-layout in the worker).
 */
export function createOverlaySync(map: MapLibreMap) {
  const applied = new Map<string, Applied>();
  let ring: SelectionMark | null = null;
  let highlighted: RouteMark | null = null;

  function applyShown(layerId: string, next: ShownLayer): boolean {
    const previous = applied.get(layerId);
    if (previous?.layer === next) return false;
    const { ids, mask } = next;
    const allUndated = isRouteLayer(layerId) && everyShownUndated(mask);
    applied.set(layerId, { layer: next, allUndated });
    let changed = false;
    if (allUndated !== (previous?.allUndated ?? false)) {
      // Not validated: a number this module computed, and style validation costs more than the change.
      map.setPaintProperty(layerId, 'line-opacity', routeOpacity(allUndated), { validate: false });
      changed = true;
    }
    // The same features as before: touch only those whose state changed. New data: set every one not plainly shown.
    const before = previous && previous.layer.ids === ids ? previous : null;
    if (!before && previous) map.removeFeatureState({ source: layerId });
    for (let i = 0; i < ids.length; i++) {
      const state = entryState(mask[i], allUndated);
      if (before ? entryState(before.layer.mask[i], before.allUndated) === state : state === 1) continue;
      map.setFeatureState({ source: layerId, id: ids[i] }, { hidden: state === 0, undated: state === 2 });
      changed = true;
    }
    return changed;
  }

  return {
    /** True when anything on the map changed. */
    setShown(shown: Partial<OverlayShown>): boolean {
      let changed = false;
      for (const [layerId, layer] of Object.entries(shown)) if (layer) changed = applyShown(layerId, layer) || changed;
      return changed;
    },
    setSelection(mark: SelectionMark): void {
      const route = mark.route ?? null;
      // A dated copy of a route (at-date.ts) shares the record's geometry: the same line, no new data.
      if (route?.geometry !== highlighted?.geometry) {
        if (Boolean(route) !== Boolean(highlighted)) map.setLayoutProperty(ROUTE_SELECTION_LAYER_ID, 'visibility', route ? 'visible' : 'none');
        highlighted = route;
        (map.getSource(ROUTE_SELECTION_LAYER_ID) as GeoJSONSource | undefined)?.setData(routeSelectionCollection(route));
      }
      if (ring && ring.position === mark.position && ring.offset?.[0] === mark.offset?.[0] && ring.offset?.[1] === mark.offset?.[1]) return;
      ring = mark;
      (map.getSource(SELECTION_LAYER_ID) as GeoJSONSource | undefined)?.setData(selectionCollection(mark.position, mark.offset));
    },
    setPresent(present: boolean): void {
      for (const [layerId, factor] of SCALED_LAYERS) map.setLayoutProperty(layerId, 'icon-size', markerScaleExpression(present, factor));
    },
  };
}

export type OverlaySync = ReturnType<typeof createOverlaySync>;
