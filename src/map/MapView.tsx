import { useEffect, useRef } from 'react';
import type { Layer, PickingInfo } from '@deck.gl/core';
import type { Map as MapLibreMap } from 'maplibre-gl';
import { loadLazy } from '../data/load-geodata.ts';
import type { Basemap } from '../data/types.ts';
import type { Lang } from '../i18n/strings.ts';
import type { BasemapKey, MapView as MapViewState } from '../state/hash-state.ts';
import { ABOVE_RIVER_LAYER, basemapLabelText, DASHED_LAYERS, LABEL_LAYERS, labelField, labelLayers, labelSources, riverLayer } from './basemap-style.ts';
import { createAtlasMap } from './create-map.ts';
import { afterOverlaysDrawn, isRemoved, whenLoaded, whenStyled } from './map-steps.ts';
import { warmGlyphs } from './glyph-warm-up.ts';
import { takeEarlyMap } from './early-map.ts';
import type { DeckBridge } from './deck-bridge.ts';
import { DETAIL_ZOOM, detailedSources } from './detail-outlines.ts';
import { ONLINE_BEFORE_LAYER, ONLINE_LAYER_ID, onlineBasemap, tiandituKey } from './online-basemaps.ts';
import { FONT_FAMILY, LIGHT_THEME } from './theme.ts';
import type { MarkerAtlas } from '../layers/marker-atlas.ts';
import type { OverlayShown } from '../layers/overlay-shown.ts';
import { installOverlays } from './install-overlays.ts';
import { FIRST_OVERLAY_LAYER, iconOffset, PICKABLE_LAYERS, screenOffsetOfIcon, type OverlayData } from './overlay-layers.ts';
import { isPhoneMap, offsetAboveSheet } from './phone-framing.ts';
import { overlayIdsAt } from './overlay-picking.ts';
import { FIT_MAX_ZOOM, FLY_PADDING } from './fly-padding.ts';
import { hasBasemapPart, setBasemapParts } from './basemap-source.ts';
import { showWorld } from './world-layer.ts';
import { createOverlaySync, type OverlaySync, type SelectionMark } from './overlay-sync.ts';
import { createNameSync, type NameSync } from './name-sync.ts';
import { applyChoropleth, applyHighlight, applyProjectorTheme, type ChoroplethView } from './planning-sync.ts';
import { type ContextPoint, useContextMarker } from './use-context-marker.ts';
import { exposeApplied, exposeDeckLayers, exposeMap, exposeMarkerPoint, trackDeferred } from '../test-hook.ts';

/** Where to move the camera: a centre and zoom, or bounds to fit. */
export type FlyRequest = ({ center: [number, number]; zoom: number } | { bounds: [[number, number], [number, number]] }) & {
  /** A new value for each request, so asking twice for the same place still flies. */
  nonce: number;
};

interface Props {
  basemap: Basemap;
  lang: Lang;
  initialView: MapViewState | null;
  /** Ports, projects and routes as MapLibre sources: the same objects for as long as the data stay. */
  overlay: OverlayData;
  markerAtlas: MarkerAtlas;
  /** What each overlay layer MapLibre draws shows now; only the differences reach the map. */
  shown: Partial<OverlayShown>;
  selection: SelectionMark;
  /** deck.gl layers (clusters, density, moving routes); deck.gl loads when the first one is asked for. */
  deckLayers: Layer[];
  /** The label font has loaded: the label layers can be drawn without tofu. */
  labelsReady: boolean;
  basemapKey: BasemapKey;
  fly: FlyRequest | null;
  choropleth: ChoroplethView | null;
  highlightCity: string | null;
  /** Projector theme: larger labels, stronger borders, larger markers. */
  present: boolean;
  onMapReady: (map: MapLibreMap) => void;
  /** The browser cannot draw the map at all (no WebGL). */
  onCannotDraw: (error: Error) => void;
  /** A file the map loads by itself after first drawing (the world layer) failed, or deck.gl could not load. */
  onLazyError: (error: Error) => void;
  onViewChange: (view: MapViewState) => void;
  /** A click: the overlay features under it (topmost first), what deck.gl drew there, and the city. */
  onPick: (ids: string[], deckPicked: PickingInfo[], city: string | null, lngLat: [number, number]) => void;
  /** The hover text of an overlay feature or of a deck.gl object. */
  tooltip: (id: string) => string | null;
  deckTooltip: (info: PickingInfo) => string | null;
  /** A point drawn as context while a card is open: a crossing's control point on the other side. */
  contextPoint?: ContextPoint | null;
}

/** West, south, east, north (WGS-84) of what the neighbouring provinces and the sea cover without the world layer. */
const AREA_WITHOUT_WORLD: [number, number, number, number] = [108, 18, 120, 29.5];

function viewWithin(map: MapLibreMap, [west, south, east, north]: [number, number, number, number]): boolean {
  const view = map.getBounds();
  return view.getWest() >= west && view.getSouth() >= south && view.getEast() <= east && view.getNorth() <= north;
}

/** The card's sheet on a phone (a side card on a desktop, where nothing needs to move). */
function detailSheet(): Element | null {
  return document.querySelector('[data-testid="detail-card"]');
}

/**
 * The camera offset that puts the selected marker (fan-out included) in the middle of the map left
 * visible above a phone's sheet, at the zoom the camera ends at.
 */
function selectionOffset(map: MapLibreMap, selection: SelectionMark, zoom: number, present: boolean): [number, number] {
  const above = offsetAboveSheet(map, detailSheet());
  const [dx, dy] = screenOffsetOfIcon(iconOffset(selection.offset), zoom, present);
  return [-dx, above - dy];
}

export function MapView(props: Props) {
  const { basemap, lang, initialView, overlay, shown, selection, deckLayers, labelsReady, basemapKey, fly, choropleth, highlightCity, present } = props;
  const container = useRef<HTMLDivElement>(null);
  const tooltipBox = useRef<HTMLDivElement>(null);
  const mapRef = useRef<MapLibreMap | null>(null);
  const syncRef = useRef<OverlaySync | null>(null);
  const deckRef = useRef<DeckBridge | null>(null);
  const namesRef = useRef<NameSync | null>(null);
  // Callbacks change on every render; the map's listeners read the latest through these refs.
  const latest = useRef(props);
  latest.current = props;
  useContextMarker(mapRef, props.contextPoint, basemapKey);

  // The map is created once per basemap; everything else is applied to it, not by rebuilding it.
  useEffect(() => {
    // The map started before React (early-map.ts) is taken over; otherwise one is made now.
    const early = takeEarlyMap();
    let map: MapLibreMap;
    let host: HTMLDivElement;
    if (early) {
      ({ map, host } = early);
      container.current!.prepend(host);
      // Started in the same place and size (main.tsx): a resize would only clear and redraw the canvas.
      const canvas = map.getCanvas();
      if (canvas.clientWidth !== host.clientWidth || canvas.clientHeight !== host.clientHeight) map.resize();
    } else {
      host = document.createElement('div');
      host.className = 'map-host';
      container.current!.prepend(host);
      try {
        map = createAtlasMap(host, { cities: basemap.cities, context: basemap.context }, initialView);
      } catch (error) {
        // No WebGL (or a GPU that refuses a context): MapLibre throws here, and the app shows its list instead.
        host.remove();
        props.onCannotDraw(error as Error);
        return;
      }
    }
    syncRef.current = early?.sync ?? createOverlaySync(map);
    namesRef.current = createNameSync(map, overlay);
    // Markers, routes and the label points join the basemap as soon as its style has been read
    // (the early map may have them already).
    whenStyled(map, () => {
      installOverlays(map, overlay, props.markerAtlas, present);
    });
    map.on('moveend', () => {
      const c = map.getCenter();
      latest.current.onViewChange({ zoom: map.getZoom(), lat: c.lat, lng: c.lng });
    });
    map.on('click', (event) => {
      const { point } = event;
      const city = map.queryRenderedFeatures(point, { layers: ['city-fill'] })[0];
      const lngLat: [number, number] = [event.lngLat.lng, event.lngLat.lat];
      latest.current.onPick(overlayIdsAt(map, point), deckRef.current?.pick(point.x, point.y) ?? [], city ? String(city.properties.adcode) : null, lngLat);
    });
    // Hover: a pointer cursor and the feature's name. Not while the map moves: a drag is not a hover.
    map.on('mousemove', (event) => {
      const box = tooltipBox.current;
      if (!box || map.isMoving()) return;
      const id = overlayIdsAt(map, event.point)[0];
      namesRef.current?.setHovered(id ?? null);
      const text = id ? latest.current.tooltip(id) : null;
      map.getCanvas().style.cursor = text ? 'pointer' : '';
      box.hidden = !text;
      if (text) {
        box.textContent = text;
        box.style.transform = `translate(${event.point.x + 12}px, ${event.point.y + 12}px)`;
      }
    });
    map.on('mouseout', () => {
      namesRef.current?.setHovered(null);
      if (tooltipBox.current) tooltipBox.current.hidden = true;
    });
    mapRef.current = map;
    props.onMapReady(map);
    // The world beyond the neighbouring provinces loads once the view first reaches past them: at the
    // province view nothing of it shows, and it is the largest file of all.
    let worldRequested = false;
    const reachWorld = () => {
      if (worldRequested || viewWithin(map, AREA_WITHOUT_WORLD)) return;
      worldRequested = true;
      trackDeferred(showWorld(map, props.onLazyError));
    };
    map.on('moveend', reachWorld);
    whenStyled(map, reachWorld);
    // The rivers come once the markers and routes are drawn: they help reading a zoomed-in map, and
    // the markers must not wait for them.
    afterOverlaysDrawn(map, PICKABLE_LAYERS, () =>
      trackDeferred(
        whenLoaded(
          map,
          loadLazy('rivers'),
          (rivers) => {
            if (hasBasemapPart(map, 'rivers')) return;
            setBasemapParts(map, { rivers });
            map.addLayer(riverLayer(LIGHT_THEME), ABOVE_RIVER_LAYER);
          },
          props.onLazyError,
        ),
      ),
    );
    // Zoomed in, the detailed city and SAR outlines replace the simplified ones, once and for good.
    let detailed = false;
    const sharpen = () => {
      if (detailed || map.getZoom() < DETAIL_ZOOM) return;
      detailed = true;
      whenLoaded(map, loadLazy('detail'), (detail) => setBasemapParts(map, detailedSources(detail, basemap)), props.onLazyError);
    };
    map.on('zoomend', sharpen);
    whenStyled(map, sharpen);
    exposeMap(map);
    exposeMarkerPoint((id) => {
      const { overlay: current, present: presenting } = latest.current;
      const feature = [...current.ports.features, ...current.projects.features].find((f) => f.properties?.id === id);
      if (!feature || feature.geometry.type !== 'Point') return null;
      const point = map.project(feature.geometry.coordinates as [number, number]);
      const [dx, dy] = screenOffsetOfIcon(feature.properties?.offset as [number, number], map.getZoom(), presenting);
      return { x: point.x + dx, y: point.y + dy };
    });
    return () => {
      exposeMap(null);
      deckRef.current?.detach();
      deckRef.current = null;
      syncRef.current = null;
      namesRef.current = null;
      map.remove();
      host.remove();
      mapRef.current = null;
    };
    // lang, overlay, present and initialView are read once at creation; later changes go through the effects below.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [basemap]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    whenStyled(map, () => {
      namesRef.current?.setShown(shown);
      if (!syncRef.current?.setShown(shown)) return;
      exposeApplied();
      // A change the user made is drawn now rather than in the map's next animation frame, so the map
      // changes in the same frame as the panels and counts around it.
      map.redraw();
    });
  }, [shown]);

  // On a phone a newly selected marker (tapped, or chosen in a list) is brought into the middle of
  // the map above the card's sheet; a search or a link flies there instead (the effect below).
  const framed = useRef<string | null>(null);
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    whenStyled(map, () => {
      syncRef.current?.setSelection(selection);
      // Inside a cluster or under the density surface the marker is not drawn, and neither is its name.
      namesRef.current?.setSelected(selection.position ? selection.id : null);
    });
    const id = selection.position ? selection.id : null;
    if (id === framed.current) return;
    framed.current = id;
    if (!id || !selection.position || !isPhoneMap(map)) return;
    const zoom = map.getZoom();
    map.easeTo({ center: selection.position as [number, number], offset: selectionOffset(map, selection, zoom, present), essential: true });
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [selection]);

  useEffect(() => {
    exposeDeckLayers(deckLayers);
    const map = mapRef.current;
    if (!map) return;
    if (deckRef.current) {
      // deck.gl draws a user's change at once; the map's frame after it is when the change is on screen.
      if (deckRef.current.setLayers(deckLayers)) {
        exposeApplied();
        map.redraw();
      }
      return;
    }
    if (deckLayers.length === 0) return;
    // deck.gl is large and the default view does without it: it loads when a view first asks for it.
    let live = true;
    whenLoaded(
      map,
      import('./deck-bridge.ts'),
      ({ attachDeck }) => {
        if (!live) return;
        deckRef.current ??= attachDeck(map, (info) => latest.current.deckTooltip(info));
        deckRef.current.setLayers(latest.current.deckLayers);
      },
      props.onLazyError,
    );
    return () => {
      live = false;
    };
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [deckLayers]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    const online = onlineBasemap(basemapKey, tiandituKey());
    const apply = () => {
      for (const layer of LABEL_LAYERS) if (map.getLayer(layer)) map.setLayoutProperty(layer, 'text-field', labelField(lang));
      namesRef.current?.setLang(lang);
      if (map.getLayer(ONLINE_LAYER_ID)) map.removeLayer(ONLINE_LAYER_ID);
      if (map.getSource(ONLINE_LAYER_ID)) map.removeSource(ONLINE_LAYER_ID);
      if (online) {
        map.addSource(ONLINE_LAYER_ID, online.source);
        map.addLayer({ id: ONLINE_LAYER_ID, type: 'raster', source: ONLINE_LAYER_ID }, ONLINE_BEFORE_LAYER);
      }
    };
    // The credits are the page's own (MapCredits, App.tsx), on screen before the map.
    whenStyled(map, apply);
  }, [lang, basemapKey]);

  // Labels wait for their font (drawn before it, they would be empty boxes) and come last: with
  // software WebGL, making their glyphs and their shader program takes long enough that the basemap,
  // markers and routes are drawn first.
  useEffect(() => {
    const map = mapRef.current;
    if (!map || !labelsReady) return;
    // The first view's names, drawn a few glyphs per task while the markers and routes are drawn,
    // before the layers ask for them all at once.
    const { basemap, lang } = latest.current;
    const warmed = warmGlyphs(map, FONT_FAMILY, basemapLabelText(basemap, lang));
    afterOverlaysDrawn(map, PICKABLE_LAYERS, async () => {
      await warmed;
      if (isRemoved(map) || map.getLayer(LABEL_LAYERS[0])) return;
      // Under the markers and routes when they are there already; they are added on top otherwise.
      const below = map.getLayer(FIRST_OVERLAY_LAYER) ? FIRST_OVERLAY_LAYER : undefined;
      for (const [id, source] of Object.entries(labelSources(latest.current.basemap))) if (!map.getSource(id)) map.addSource(id, source);
      for (const layer of labelLayers(LIGHT_THEME, latest.current.lang)) map.addLayer(layer, below);
      for (const layer of DASHED_LAYERS) map.setLayoutProperty(layer, 'visibility', 'visible');
      // Port and project names: zoomed out (where the first view is) none is drawn.
      namesRef.current?.install(LIGHT_THEME, latest.current.lang, latest.current.present);
      performance.mark('atlas:labels');
      applyProjectorTheme(map, latest.current.present);
      applyChoropleth(map, latest.current.choropleth);
    });
  }, [labelsReady]);

  useEffect(() => {
    const map = mapRef.current;
    if (map) whenStyled(map, () => applyChoropleth(map, choropleth));
  }, [choropleth]);

  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    whenStyled(map, () => {
      applyProjectorTheme(map, present);
      syncRef.current?.setPresent(present);
      namesRef.current?.setPresent(present);
    });
  }, [present]);

  const highlighted = useRef<string | null>(null);
  useEffect(() => {
    const map = mapRef.current;
    if (!map) return;
    whenStyled(map, () => {
      applyHighlight(map, highlighted.current, highlightCity);
      highlighted.current = highlightCity;
    });
  }, [highlightCity]);

  useEffect(() => {
    const map = mapRef.current;
    if (!fly || !map) return;
    const padding = present ? FLY_PADDING.present : FLY_PADDING.normal;
    if ('bounds' in fly) map.fitBounds(fly.bounds, { padding, maxZoom: FIT_MAX_ZOOM, essential: true });
    else {
      // A flight to the selected marker ends with it clear of a phone's sheet.
      const { selection: mark } = latest.current;
      const toSelection = mark.position && mark.position[0] === fly.center[0] && mark.position[1] === fly.center[1];
      const offset = toSelection ? selectionOffset(map, mark, fly.zoom, present) : ([0, 0] as [number, number]);
      map.flyTo({ center: fly.center, zoom: fly.zoom, offset, essential: true });
    }
  }, [fly]);

  return (
    <div ref={container} className="map" data-testid="map" role="region" aria-label="map">
      <div ref={tooltipBox} className="map-tooltip" data-testid="map-tooltip" hidden />
    </div>
  );
}
