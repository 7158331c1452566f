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

export type PickHandler = (picked: PickingInfo[], point: { x: number; y: number }) => void;

/**
 * The single seam between deck.gl and MapLibre. Overlaid, not interleaved: deck.gl 9.4's
 * interleaved mode reads map.transform, which maplibre-gl 6 no longer has (see TECH-NOTES).
 * The cost is that deck layers always draw above MapLibre labels; our markers are meant to.
 */
export function attachDeck(map: MapLibreMap, onPick: PickHandler, tooltip: (info: PickingInfo) => string | null) {
  const overlay: MapboxOverlay = new MapboxOverlay({
    interleaved: false,
    layers: [],
    onClick: (info) => {
      // Several markers may stand under the pointer (fanned-out groups, a route under a port): hand them all over.
      const stack = overlay.pickMultipleObjects({ x: info.x, y: info.y, radius: 6, depth: 12 });
      onPick(stack, { x: info.x, y: info.y });
    },
    getTooltip: (info) => {
      const text = info.object ? tooltip(info) : null;
      return text ? { text, className: 'deck-tooltip' } : null;
    },
    getCursor: ({ isHovering }) => (isHovering ? 'pointer' : 'grab'),
  });
  map.addControl(overlay);
  let shown = new Map<string, Layer>();
  let drawnThisFrame = false;
  return {
    overlay,
    setLayers: (layers: Layer[]) => {
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
      }
    },
    detach: () => map.removeControl(overlay),
  };
}
