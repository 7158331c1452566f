import { MapboxOverlay } from '@deck.gl/mapbox';
import type { Layer, PickingInfo } from '@deck.gl/core';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { TRIPS_LAYER_ID } from '../layers/route-layers.ts';

/** Layers that change on every tick of an animation: deck's own frames pace them. */
const ANIMATED_LAYERS = new Set([TRIPS_LAYER_ID]);

/** The slice of deck.gl's Deck that draws on demand. */
interface DeckNow {
  layerManager: { updateLayers(): void } | null;
  redraw(reason?: string): void;
}

/**
 * The single seam between deck.gl and MapLibre, loaded only when a view needs deck.gl (clusters,
 * density, moving routes): the default view draws with MapLibre alone. Overlaid, not interleaved:
 * deck.gl 9.4's interleaved mode reads map.transform, which maplibre-gl 6 no longer has (see
 * TECH-NOTES), and the overlay does not depend on MapLibre internals.
 */
export function attachDeck(map: MapLibreMap, tooltip: (info: PickingInfo) => string | null) {
  const overlay: MapboxOverlay = new MapboxOverlay({
    interleaved: false,
    layers: [],
    getTooltip: (info) => {
      const text = info.object ? tooltip(info) : null;
      return text ? { text, className: 'deck-tooltip' } : null;
    },
  });
  map.addControl(overlay);
  let shown = new Map<string, Layer>();
  let drawnThisFrame = false;
  return {
    overlay,
    /** True when the change was the user's (not an animation tick) and has been drawn already. */
    setLayers: (layers: Layer[]): boolean => {
      const changedByUser = layers.some((layer) => !ANIMATED_LAYERS.has(layer.id) && shown.get(layer.id) !== layer);
      shown = new Map(layers.map((layer) => [layer.id, layer]));
      overlay.setProps({ layers });
      // A change the user made (a filter, a layer switch) is drawn now rather than in deck's next
      // animation frame, so the map changes in the same frame as the panels and counts around it.
      // An animation's tick is left to deck's own frames, which pace it. MapboxOverlay keeps its Deck
      // private; the Deck's layer manager and redraw are public.
      const deck = (overlay as unknown as { _deck?: DeckNow })._deck;
      if (changedByUser && !drawnThisFrame && deck?.layerManager) {
        drawnThisFrame = true;
        requestAnimationFrame(() => (drawnThisFrame = false));
        deck.layerManager.updateLayers();
        deck.redraw('layers changed');
        return true;
      }
      return false;
    },
    /** What deck.gl draws under a point (a cluster, a moving ship), topmost first. */
    pick: (x: number, y: number): PickingInfo[] => (shown.size ? overlay.pickMultipleObjects({ x, y, radius: 6, depth: 12 }) : []),
    detach: () => map.removeControl(overlay),
  };
}

export type DeckBridge = ReturnType<typeof attachDeck>;
