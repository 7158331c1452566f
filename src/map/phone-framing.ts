import type { Map as MapLibreMap } from 'maplibre-gl';

/** The width at and below which panels and cards are bottom sheets (styles.css) and the attribution folds. */
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

/**
 * The attribution starts folded to its (i) button where it would crowd the map: on a phone (unfolded
 * it covered about 70 px of the map) and wherever its credits run onto a second line.
 */
export function foldAttributionIfCrowded(map: MapLibreMap): void {
  const attribution = map.getContainer().querySelector<HTMLElement>('.maplibregl-ctrl-attrib.maplibregl-compact');
  if (!attribution || (!isPhoneMap(map) && attribution.offsetHeight <= ONE_LINE_PX)) return;
  attribution.classList.remove('maplibregl-compact-show');
  attribution.removeAttribute('open');
}

/** The unfolded attribution's height on one line (11 px text, styles.css). */
const ONE_LINE_PX = 30;
