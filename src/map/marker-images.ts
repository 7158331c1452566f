import type { Map as MapLibreMap } from 'maplibre-gl';
import type { MarkerAtlas } from '../layers/marker-atlas.ts';
import { MARKER_PX } from './overlay-layers.ts';

/**
 * Hands every image of the packed marker atlas to MapLibre, which packs them into its own sprite.
 * The images are drawn at 64 px; the pixel ratio makes icon-size 1 a marker of MARKER_PX CSS px.
 */
export function addMarkerImages(map: MapLibreMap, atlas: MarkerAtlas): void {
  const context = atlas.image.getContext('2d', { willReadFrequently: true });
  if (!context) throw new Error('marker atlas: no 2D canvas context to read from');
  for (const [id, frame] of Object.entries(atlas.mapping)) {
    if (map.hasImage(id)) continue;
    const pixels = context.getImageData(frame.x, frame.y, frame.width, frame.height);
    map.addImage(id, pixels, { pixelRatio: frame.width / MARKER_PX });
  }
}
