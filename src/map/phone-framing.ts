import type { Map as MapLibreMap } from 'maplibre-gl';

/** The width at and below which panels and cards are bottom sheets and the map's credits fold (styles.css). */
export const PHONE_MAX_WIDTH = 640;

/**
 * The map spans the page's width, so the viewport's width answers: a media query needs no layout, where
 * the container's clientWidth forced one each time the DOM had just changed (~30 ms on a phone).
 */
export function isPhoneMap(map: MapLibreMap): boolean {
  const view = map.getContainer().ownerDocument.defaultView;
  return view ? view.matchMedia(`(max-width: ${PHONE_MAX_WIDTH}px)`).matches : false;
}

/**
 * On a phone the card is a sheet over the lower part of the map. The camera's `offset`, in px from the
 * map's centre, that puts a feature in the middle of the part left visible above it; 0 without a sheet.
 * An offset rather than MapLibre's `padding`: padding stays on the map after the move and would
 * shift every later centre (and the centre written into the link).
 */
export function offsetAboveSheet(map: MapLibreMap, sheet: Element | null): number {
  if (!sheet || !isPhoneMap(map)) return 0;
  const area = map.getContainer().getBoundingClientRect();
  const top = sheet.getBoundingClientRect().top;
  if (top <= area.top || top >= area.bottom) return 0;
  return (top - area.top) / 2 - area.height / 2;
}

