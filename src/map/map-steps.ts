import type { Map as MapLibreMap } from 'maplibre-gl';

/**
 * The one seam between the map and anything that reaches it later: a file that arrives, a module
 * that loads, the label font, the style being read, the first complete view. Each such step runs
 * through here, and here alone it is checked that the map is still on the page. In development
 * React's StrictMode removes the first map it makes and makes another; a file that arrives for the
 * removed one must not reach it (its style is gone, and MapLibre throws).
 */

/** Maps whose style has been read: sources and layers can be added from then on. */
const styledMaps = new WeakSet<MapLibreMap>();
/** Maps taken off the page (map.remove()). */
const removedMaps = new WeakSet<MapLibreMap>();

/** Call once when the map is made: from then on this seam knows when its style is read and when it is removed. */
export function trackMap(map: MapLibreMap): void {
  map.once('style.load', () => styledMaps.add(map));
  map.once('remove', () => removedMaps.add(map));
}

export function isRemoved(map: MapLibreMap): boolean {
  return removedMaps.has(map);
}

/**
 * Runs `apply` now if the map's style has been read, else once it has; never on a removed map. Not
 * isStyleLoaded() or 'load': those also wait for every tile, and isStyleLoaded() turns false again
 * whenever a source re-parses, while adding a source or a layer only needs the style itself.
 */
export function whenStyled(map: MapLibreMap, apply: () => void): void {
  const step = () => {
    if (!removedMaps.has(map)) apply();
  };
  if (styledMaps.has(map)) step();
  else map.once('style.load', step);
}

/**
 * Runs `apply` once the given layers (the markers and routes) are on the map and drawn: their sources
 * have loaded and a frame has been rendered since. Labels, dashed borders and the rivers wait for
 * this, so that they do not compete with the first view for the CPU; they do not wait for other
 * sources still loading (the world beyond the neighbouring provinces, say).
 */
export function afterOverlaysDrawn(map: MapLibreMap, layerIds: readonly string[], apply: () => void): void {
  whenStyled(map, () => {
    const loaded = () =>
      layerIds.every((id) => {
        const layer = map.getLayer(id);
        return layer !== undefined && map.isSourceLoaded(layer.source);
      });
    const check = () => {
      if (removedMaps.has(map)) return void map.off('render', check);
      if (!loaded()) return;
      map.off('render', check);
      apply();
    };
    map.on('render', check);
    // An idle map renders no frame by itself.
    map.triggerRepaint();
  });
}

/**
 * Hands what `loading` brings (a lazy file, a module) to `apply` once the map's style is read, if the
 * map is still on the page then. A failure is reported only for a map still in use: the map that
 * replaced a removed one reports the same failure itself.
 */
export function whenLoaded<T>(map: MapLibreMap, loading: Promise<T>, apply: (value: T) => void, onError: (error: Error) => void): Promise<void> {
  return loading.then(
    (value) => whenStyled(map, () => apply(value)),
    (error: Error) => {
      if (!removedMaps.has(map)) onError(error);
    },
  );
}
