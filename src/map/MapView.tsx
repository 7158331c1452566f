import { useEffect, useRef } from 'react';
import type { Layer, PickingInfo } from '@deck.gl/core';
import { AttributionControl, Map as MapLibreMap, NavigationControl, ScaleControl, type GeoJSONSource } from 'maplibre-gl';
import { loadLazy } from '../data/load-geodata.ts';
import type { Basemap } from '../data/types.ts';
import type { Lang } from '../i18n/strings.ts';
import type { BasemapKey, MapView as MapViewState } from '../state/hash-state.ts';
import { attributionHtml } from './attribution.ts';
import { LABEL_LAYERS, basemapStyle, labelField } from './basemap-style.ts';
import { attachDeck, type PickHandler } from './deck-bridge.ts';
import { DETAIL_ZOOM, detailedSources } from './detail-outlines.ts';
import { PROVINCE_BOUNDS } from './maplibre-setup.ts';
import { ONLINE_BEFORE_LAYER, ONLINE_LAYER_ID, onlineBasemap, tiandituKey } from './online-basemaps.ts';
import { LIGHT_THEME } from './theme.ts';
import { applyChoropleth, applyHighlight, applyProjectorTheme, type ChoroplethView } from './planning-sync.ts';
import { exposeLayers, exposeMap } from '../test-hook.ts';

/** Where to move the camera: a centre and zoom, or bounds to fit. */
export type FlyRequest = ({ center: [number, number]; zoom: number } | { bounds: [[number, number], [number, number]] }) & {
  /** A new value for each request, so asking twice for the same place still flies. */
  nonce: number;
};

interface Props {
  basemap: Basemap;
  lang: Lang;
  initialView: MapViewState | null;
  layers: Layer[];
  basemapKey: BasemapKey;
  fly: FlyRequest | null;
  choropleth: ChoroplethView | null;
  highlightCity: string | null;
  /** Projector theme: larger labels, stronger borders. */
  present: boolean;
  onMapReady: (map: MapLibreMap) => void;
  /** The browser cannot draw the map at all (no WebGL). */
  onCannotDraw: (error: Error) => void;
  /** A file the map loads by itself after first drawing (the world layer) failed. */
  onLazyError: (error: Error) => void;
  onViewChange: (view: MapViewState) => void;
  onPick: (picked: PickingInfo[], city: string | null) => void;
  tooltip: (info: PickingInfo) => string | null;
}

/** Maps whose style has finished its first load. */
const loadedMaps = new WeakSet<MapLibreMap>();

/**
 * Runs `apply` now if the style has loaded, else once it has. Not isStyleLoaded(): in maplibre-gl 5
 * it is false again whenever a source is re-parsing (a label change does that), and 'load' fires
 * only once, so a change made then would wait forever.
 */
function whenReady(map: MapLibreMap, apply: () => void): void {
  if (loadedMaps.has(map)) apply();
  else map.once('load', apply);
}

function setSourceData(map: MapLibreMap, sourceId: string, data: GeoJSON.GeoJSON): void {
  (map.getSource(sourceId) as GeoJSONSource | undefined)?.setData(data);
}

export function MapView(props: Props) {
  const { basemap, lang, initialView, layers, basemapKey, fly, choropleth, highlightCity, present, onViewChange, onPick, tooltip } = props;
  const container = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const deckRef = useRef<ReturnType<typeof attachDeck> | null>(null);
  // Callbacks change on every render; the map's listeners read the latest through these refs.
  const latest = useRef({ onViewChange, onPick, tooltip });
  latest.current = { onViewChange, onPick, tooltip };

  // The map is created once per basemap; everything else is applied to it, not by rebuilding it.
  useEffect(() => {
    let map: MapLibreMap;
    try {
      map = new MapLibreMap({
      container: container.current!,
      style: basemapStyle(basemap, LIGHT_THEME, lang),
      ...(initialView
        ? { center: [initialView.lng, initialView.lat] as [number, number], zoom: initialView.zoom }
        : { bounds: PROVINCE_BOUNDS, fitBoundsOptions: { padding: 24 } }),
      attributionControl: false,
      maxZoom: 16,
      minZoom: 1.5,
      dragRotate: false,
      pitchWithRotate: false,
      canvasContextAttributes: { preserveDrawingBuffer: true },
      });
    } catch (error) {
      // No WebGL (or a GPU that refuses a context): MapLibre throws here, and the app shows its list instead.
      props.onCannotDraw(error as Error);
      return;
    }
    map.once('load', () => loadedMaps.add(map));
    map.touchZoomRotate.disableRotation();
    map.addControl(new NavigationControl({ showCompass: false }), 'top-right');
    map.addControl(new ScaleControl({ unit: 'metric', maxWidth: 120 }), 'bottom-left');
    map.on('moveend', () => {
      const c = map.getCenter();
      latest.current.onViewChange({ zoom: map.getZoom(), lat: c.lat, lng: c.lng });
    });
    const onDeckPick: PickHandler = (picked, point) => {
      const city = map.queryRenderedFeatures([point.x, point.y], { layers: ['city-fill'] })[0];
      latest.current.onPick(picked, city ? String(city.properties.adcode) : null);
    };
    deckRef.current = attachDeck(map, onDeckPick, (info) => latest.current.tooltip(info));
    mapRef.current = map;
    props.onMapReady(map);
    map.once('idle', () => {
      loadLazy('world').then(
        (world) => setSourceData(map, 'world', world),
        (error: Error) => props.onLazyError(error),
      );
    });
    // Zoomed in, the detailed city and SAR outlines replace the simplified ones, once and for good.
    let detailed = false;
    const sharpen = () => {
      if (detailed || map.getZoom() < DETAIL_ZOOM) return;
      detailed = true;
      loadLazy('detail').then(
        (detail) => {
          const sources = detailedSources(detail, basemap);
          setSourceData(map, 'cities', sources.cities);
          setSourceData(map, 'context', sources.context);
        },
        (error: Error) => props.onLazyError(error),
      );
    };
    map.on('zoomend', sharpen);
    whenReady(map, sharpen);
    exposeMap(map, deckRef.current.overlay);
    return () => {
      exposeMap(null, null);
      deckRef.current?.detach();
      deckRef.current = null;
      map.remove();
      mapRef.current = null;
    };
    // lang and initialView are read once at creation; later changes go through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [basemap]);

  useEffect(() => {
    // Exposed first: a test or the bench then sees the layers before deck.gl draws them.
    exposeLayers(layers);
    deckRef.current?.setLayers(layers);
  }, [layers]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const online = onlineBasemap(basemapKey, tiandituKey());
    const apply = () => {
      for (const layer of LABEL_LAYERS) map.setLayoutProperty(layer, 'text-field', labelField(lang));
      if (map.getLayer(ONLINE_LAYER_ID)) map.removeLayer(ONLINE_LAYER_ID);
      if (map.getSource(ONLINE_LAYER_ID)) map.removeSource(ONLINE_LAYER_ID);
      if (online) {
        map.addSource(ONLINE_LAYER_ID, online.source);
        map.addLayer({ id: ONLINE_LAYER_ID, type: 'raster', source: ONLINE_LAYER_ID }, ONLINE_BEFORE_LAYER);
      }
    };
    whenReady(map, apply);
    const credits = [attributionHtml(lang), online?.attribution].filter(Boolean).join(' · ');
    const attribution = new AttributionControl({ compact: true, customAttribution: credits });
    map.addControl(attribution, 'bottom-right');
    return () => {
      // Only from a map still in use: map.remove() (the effect above) has already taken it off a removed one.
      if (mapRef.current === map) map.removeControl(attribution);
    };
  }, [lang, basemapKey]);

  useEffect(() => {
    const map = mapRef.current;
    if (map) whenReady(map, () => applyChoropleth(map, choropleth));
  }, [choropleth]);

  useEffect(() => {
    const map = mapRef.current;
    if (map) whenReady(map, () => applyProjectorTheme(map, present));
  }, [present]);

  const highlighted = useRef<string | null>(null);
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    whenReady(map, () => {
      applyHighlight(map, highlighted.current, highlightCity);
      highlighted.current = highlightCity;
    });
  }, [highlightCity]);

  useEffect(() => {
    const map = mapRef.current;
    if (!fly || !map) return;
    // In presentation mode the caption card covers the bottom and the legend the left: keep the subject clear of both.
    const padding = present ? { top: 60, bottom: 330, left: 300, right: 60 } : { top: 70, bottom: 70, left: 70, right: 70 };
    if ('bounds' in fly) map.fitBounds(fly.bounds, { padding, maxZoom: 12, essential: true });
    else map.flyTo({ center: fly.center, zoom: fly.zoom, essential: true });
  }, [fly]);

  return <div ref={container} className="map" data-testid="map" role="region" aria-label="map" />;
}
