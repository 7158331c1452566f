import { type RefObject, useEffect } from 'react';
import { type Map as MapLibreMap, Marker } from 'maplibre-gl';

/** A point drawn for context only (a crossing's control point on the other side), named in its title. */
export interface ContextPoint {
  lon: number;
  lat: number;
  label: string;
}

/**
 * One small DOM marker while a crossing's card is open: no layer, no source, no shader program, and gone with
 * the card. `mapReady` re-runs it once a map replaced for a new basemap is there.
 */
export function useContextMarker(mapRef: RefObject<MapLibreMap | null>, point: ContextPoint | null | undefined, mapReady: unknown): void {
  const { lon, lat, label } = point ?? {};
  useEffect(() => {
    const map = mapRef.current;
    if (!map || lon === undefined || lat === undefined) return;
    const element = document.createElement('div');
    element.className = 'context-marker';
    element.dataset.testid = 'context-marker';
    element.title = label ?? '';
    element.setAttribute('role', 'img');
    element.setAttribute('aria-label', label ?? '');
    const marker = new Marker({ element }).setLngLat([lon, lat]).addTo(map);
    return () => void marker.remove();
  }, [mapRef, lon, lat, label, mapReady]);
}
