import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { OverlayShown, ShownLayer } from '../layers/overlay-shown.ts';
import { RAIL_LAYER_ID, SCALED_LAYERS, SEA_LAYER_ID, SELECTION_LAYER_ID, markerScaleExpression, selectionCollection } from './overlay-layers.ts';

export interface SelectionMark {
  /** The selected feature's id: a route is highlighted through its feature-state. */
  id: string | null;
  /** The selected marker's point and fan-out offset: the ring is drawn there. */
  position: readonly number[] | null;
  offset: readonly [number, number] | undefined;
}

/**
 * The only module that changes the overlay layers of a live map. Each call applies one piece of
 * state, and only what differs from the last call: a filter change touches the feature-state of
 * the markers whose visibility changed, nothing else (no setData, no re-layout in the worker).
 */
export function createOverlaySync(map: MapLibreMap) {
  const applied = new Map<string, ShownLayer>();
  let selectedRoute: { source: string; id: string } | null = null;
  let ring: SelectionMark | null = null;

  function applyShown(layerId: string, next: ShownLayer): boolean {
    const previous = applied.get(layerId);
    applied.set(layerId, next);
    if (previous === next) return false;
    const { ids, mask } = next;
    // The same features as before: touch only those whose visibility flipped. New data: set every hidden one.
    const before = previous && previous.ids === ids ? previous.mask : null;
    if (!before && previous) map.removeFeatureState({ source: layerId });
    let changed = false;
    for (let i = 0; i < ids.length; i++) {
      const value = mask[i];
      if (before ? before[i] === value : value === 1) continue;
      map.setFeatureState({ source: layerId, id: ids[i] }, value === 2 ? { hidden: false, undated: true } : { hidden: value === 0, undated: false });
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
      const route = mark.id && [SEA_LAYER_ID, RAIL_LAYER_ID].find((source) => applied.get(source)?.ids.includes(mark.id!));
      if (selectedRoute && (selectedRoute.id !== mark.id || selectedRoute.source !== route)) {
        map.setFeatureState(selectedRoute, { selected: false });
        selectedRoute = null;
      }
      if (route && mark.id && !selectedRoute) {
        selectedRoute = { source: route, id: mark.id };
        map.setFeatureState(selectedRoute, { selected: true });
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
