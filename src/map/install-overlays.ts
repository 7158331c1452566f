import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MarkerAtlas } from '../layers/marker-atlas.ts';
import { addMarkerImages } from './marker-images.ts';
import { overlayLayers, overlaySources, type OverlayData } from './overlay-layers.ts';

/** Adds the marker images, the markers' and routes' sources and their layers, each once. Call when the style is read. */
export function installOverlays(map: MapLibreMap, overlay: OverlayData, atlas: MarkerAtlas, present: boolean): void {
  if (map.getLayer(overlayLayers(present)[0].id)) return;
  addMarkerImages(map, atlas);
  for (const [id, source] of Object.entries(overlaySources(overlay))) if (!map.getSource(id)) map.addSource(id, source);
  for (const layer of overlayLayers(present)) if (!map.getLayer(layer.id)) map.addLayer(layer);
  performance.mark('atlas:overlays');
}
