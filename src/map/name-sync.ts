import type { GeoJSONSource, Map as MapLibreMap } from 'maplibre-gl';
import type { Lang } from '../i18n/strings.ts';
import {
  FOCUS_LAYER,
  FOOTPRINT_IMAGE,
  FOOTPRINT_LAYERS,
  FOOTPRINT_PX,
  NAME_LABEL_LAYERS,
  focusCollection,
  focusLayer,
  footprintLayers,
  nameField,
  nameLayers,
  nameSize,
} from './name-labels.ts';
import { SELECTION_LAYER_ID, markerScaleExpression, type OverlayData } from './overlay-layers.ts';
import type { BasemapTheme } from './theme.ts';
import type { OverlayShown } from '../layers/overlay-shown.ts';
import { POINT_BUFFER } from './tile-buffer.ts';

/**
 * Applies the port and project names to a live map: adds their layers once (after the first complete
 * view, with the other labels), follows language and presentation mode, keeps the selected and
 * hovered names on top, and stands an invisible footprint on each marker that names keep off.
 */
export function createNameSync(map: MapLibreMap, overlay: OverlayData) {
  let selected: string | null = null;
  let hovered: string | null = null;
  let shownFocus = '';
  /** The entry (`id|marker`) each shown port and project is drawn with now. */
  let lit = new Map<string, string>();

  function applyFocus(): void {
    const key = `${selected}|${hovered}|${selected && lit.get(selected)}|${hovered && lit.get(hovered)}`;
    const source = map.getSource(FOCUS_LAYER) as GeoJSONSource | undefined;
    if (!source || key === shownFocus) return;
    shownFocus = key;
    source.setData(focusCollection(overlay, [selected, hovered], lit));
  }

  return {
    /** Adds the name layers under the markers and the focus layer on top. Call once the label font has loaded. */
    install(theme: BasemapTheme, lang: Lang, present: boolean): void {
      if (map.getLayer(FOCUS_LAYER) || !map.getLayer(SELECTION_LAYER_ID)) return;
      if (!map.hasImage(FOOTPRINT_IMAGE)) map.addImage(FOOTPRINT_IMAGE, { width: FOOTPRINT_PX, height: FOOTPRINT_PX, data: new Uint8Array(FOOTPRINT_PX * FOOTPRINT_PX * 4) });
      map.addSource(FOCUS_LAYER, { type: 'geojson', data: focusCollection(overlay, []), buffer: POINT_BUFFER });
      for (const layer of [...nameLayers(theme, lang, present), ...footprintLayers(present)]) map.addLayer(layer, SELECTION_LAYER_ID);
      map.addLayer(focusLayer(theme, lang, present));
      shownFocus = '';
      applyFocus();
    },
    setLang(lang: Lang): void {
      for (const layer of [...NAME_LABEL_LAYERS, FOCUS_LAYER]) if (map.getLayer(layer)) map.setLayoutProperty(layer, 'text-field', nameField(lang));
    },
    setPresent(present: boolean): void {
      if (!map.getLayer(FOCUS_LAYER)) return;
      for (const layer of NAME_LABEL_LAYERS) map.setLayoutProperty(layer, 'text-size', nameSize(present));
      map.setLayoutProperty(FOCUS_LAYER, 'text-size', nameSize(present) + 1);
      for (const layer of [...FOOTPRINT_LAYERS, FOCUS_LAYER]) map.setLayoutProperty(layer, 'icon-size', markerScaleExpression(present));
    },
    setSelected(id: string | null): void {
      selected = id;
      applyFocus();
    },
    /** What the marker layers show now: a focused marker takes the icon of its day (name-labels.ts, focusCollection). */
    setShown(shown: Partial<OverlayShown>): void {
      const next = new Map<string, string>();
      for (const layer of [shown.ports, shown.projects]) {
        if (!layer?.featureIds) continue;
        for (let i = 0; i < layer.ids.length; i++) if (layer.mask[i] > 0) next.set(layer.featureIds[i], layer.ids[i]);
      }
      lit = next;
      applyFocus();
    },
    setHovered(id: string | null): void {
      hovered = id;
      applyFocus();
    },
  };
}

export type NameSync = ReturnType<typeof createNameSync>;
