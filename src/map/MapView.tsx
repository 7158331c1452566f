import { useEffect, useRef } from 'react';
import { AttributionControl, Map as MapLibreMap, NavigationControl, ScaleControl } from 'maplibre-gl';
import type { Basemap } from '../data/types.ts';
import type { Lang } from '../i18n/strings.ts';
import type { MapView as MapViewState } from '../state/hash-state.ts';
import { attributionHtml } from './attribution.ts';
import { LABEL_LAYERS, basemapStyle, labelField } from './basemap-style.ts';
import { PROVINCE_BOUNDS } from './maplibre-setup.ts';
import { LIGHT_THEME } from './theme.ts';
import { exposeMap } from '../test-hook.ts';

interface Props {
  basemap: Basemap;
  lang: Lang;
  initialView: MapViewState | null;
  onViewChange: (view: MapViewState) => void;
}

export function MapView({ basemap, lang, initialView, onViewChange }: Props) {
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const attribution = useRef<AttributionControl | null>(null);
  const viewCallback = useRef(onViewChange);
  viewCallback.current = onViewChange;

  // The map is created once per basemap; language and view changes are applied to it, not by rebuilding it.
  useEffect(() => {
    const map = new MapLibreMap({
      container: container.current!,
      style: basemapStyle(basemap, LIGHT_THEME, lang),
      ...(initialView
        ? { center: [initialView.lng, initialView.lat] as [number, number], zoom: initialView.zoom }
        : { bounds: PROVINCE_BOUNDS, fitBoundsOptions: { padding: 24 } }),
      attributionControl: false,
      maxZoom: 16,
      minZoom: 2,
      dragRotate: false,
      pitchWithRotate: false,
    });
    map.touchZoomRotate.disableRotation();
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    attribution.current = new AttributionControl({ compact: true, customAttribution: attributionHtml(lang) });
    map.addControl(attribution.current, 'bottom-right');
    map.on('moveend', () => {
      const c = map.getCenter();
      viewCallback.current({ zoom: map.getZoom(), lat: c.lat, lng: c.lng });
    });
    mapRef.current = map;
    exposeMap(map);
    return () => {
      exposeMap(null);
      map.remove();
      mapRef.current = null;
    };
    // lang and initialView are read once at creation; later changes go through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [basemap]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const apply = () => {
      for (const layer of LABEL_LAYERS) map.setLayoutProperty(layer, 'text-field', labelField(lang));
    };
    if (map.isStyleLoaded()) apply();
    else map.once('load', apply);
    if (attribution.current) {
      map.removeControl(attribution.current);
      attribution.current = new AttributionControl({ compact: true, customAttribution: attributionHtml(lang) });
      map.addControl(attribution.current, 'bottom-right');
    }
  }, [lang]);

  return <div ref={container} className="map" data-testid="map" role="region" aria-label="map" />;
}
