import { markerUrl, type MarkerStyle } from '../layers/marker-icons.ts';

/** The map's own marker, reused in the legend, lists and cards so they always look alike. */
export function MarkerIcon({ style, size = 22 }: { style: MarkerStyle; size?: number }) {
  return <img className="marker-icon" src={markerUrl(style)} width={size} height={size} alt="" aria-hidden="true" />;
}
