import { Suspense, lazy, useCallback, useDeferredValue, useEffect, useMemo, useRef, useState } from 'react';
import type { Map as MapLibreMap } from 'maplibre-gl';
import type { AtlasData } from '../data/atlas.ts';
import { featureExists } from '../data/atlas.ts';
import type { Lang } from '../i18n/strings.ts';
import { translate } from '../i18n/strings.ts';
import { clusteredIds, deckLayers } from '../layers/build-layers.ts';
import { portStyle, projectStyle } from '../layers/marker-icons.ts';
import { atlasOverlay } from '../layers/overlay-data.ts';
import { overlayShown } from '../layers/overlay-shown.ts';
import { markerScale } from '../map/overlay-layers.ts';
import { MapView, type FlyRequest } from '../map/MapView.tsx';
import { clusterPoints, type Cluster } from '../selectors/clusters.ts';
import { visibleFeatures } from '../selectors/filters.ts';
import { buildSearchIndex } from '../selectors/search.ts';
import { resolveSelection, viewFor } from '../selectors/selection.ts';
import type { MarkerAtlas } from '../layers/marker-atlas.ts';
import type { HashState } from '../state/hash-state.ts';
import { DetailCard } from '../ui/DetailCard.tsx';
import { LoadError } from '../ui/LoadStatus.tsx';
import { Legend } from '../ui/Legend.tsx';
import { ListPanel } from '../ui/ListPanel.tsx';
import { bindSearch } from '../ui/search-binding.ts';
import { SidePanel } from '../ui/SidePanel.tsx';
import { StackChooser } from '../ui/StackChooser.tsx';
import { ChoroplethLegend } from '../ui/stats/ChoroplethLegend.tsx';
import { PanelContent } from './PanelContent.tsx';
import { useChoropleth } from './use-choropleth.ts';
import { labelOf, pickedId, usePicking } from './use-picking.ts';
import { usePresentationKeys } from './use-presentation.ts';
import { useTour } from './use-tour.ts';
import { useTripsLayer } from './use-trips-layer.ts';
import { useDeckBuilders } from './use-deck-builders.ts';
import { useCrossingGuide } from './use-crossing-guide.ts';
import { guideText } from '../i18n/guide-strings.ts';
import { exposeData, exposeShown } from '../test-hook.ts';
import { today as todayOf } from '../data/record-dates.ts';
import { timelineEvents } from '../selectors/timeline.ts';
import { portOn, projectOn } from '../selectors/at-date.ts';
import { Timeline } from '../ui/time/Timeline.tsx';
import { planNoteText } from '../ui/time/plan-note.ts';
import { fadedNoteText } from '../ui/faded-note.ts';
import { PHONE, useMediaQuery } from '../ui/use-media-query.ts';

// Presentation and export are for meetings; they load when first used.
const PresentationBar = lazy(() => import('../ui/present/PresentationBar.tsx'));
const ExportMenu = lazy(() => import('../ui/ExportMenu.tsx'));

/** Clusters give way to single markers from this zoom on. */
const CLUSTER_MAX_ZOOM = 10;

interface Props {
  data: AtlasData;
  markerAtlas: MarkerAtlas;
  /** The label font has loaded (labels wait for it; nothing else does). */
  labelsReady: boolean;
  state: HashState;
  update: (patch: Partial<HashState>, mode?: 'push' | 'replace') => void;
  replaceState: (next: HashState) => void;
  notify: (ignored: string[]) => void;
  exportOpen: boolean;
  onExportClose: () => void;
}

export function AtlasView({ data, markerAtlas, labelsReady, state, update, replaceState, notify, exportOpen, onExportClose }: Props) {
  // Without WebGL the map cannot be created; the list of ports and projects stands in for it.
  const [canDrawMap, setCanDrawMap] = useState(true);
  const lang: Lang = state.lang;
  const [fly, setFly] = useState<FlyRequest | null>(null);
  const [basemapKeyVersion, setBasemapKeyVersion] = useState(0);
  const [hoverCity, setHoverCity] = useState<string | null>(null);
  const [lateProblems, setLateProblems] = useState<Error[]>([]);
  // A phone shows no floating legend (styles.css; the Legend panel stands in) unless embedded: not
  // rendered there, it no longer re-renders hidden on every date or filter (67 elements fewer).
  const phone = useMediaQuery(PHONE);
  const { layers: layerKeys, types, status, action, column, city, region, asof } = state;
  const visible = useMemo(
    () => visibleFeatures(data, { layers: layerKeys, types, status, action, column, city, region, class: state.class, asof }),
    [data, layerKeys, types, status, action, column, city, region, state.class, asof],
  );
  // The map answers a change first: the legend renders the new filters or date in React's deferred
  // pass, after the map has drawn them (with software WebGL every millisecond before the draw shows).
  const legendVisible = useDeferredValue(visible);
  const legendAsof = useDeferredValue(asof);
  useEffect(() => exposeData(data), [data]);
  const today = todayOf();
  const day = asof ?? today;
  const events = useMemo(() => timelineEvents(data, today), [data, today]);
  // Today is written as no date at all, so a link made today keeps following the record.
  const setDay = useCallback((next: string, mode: 'push' | 'replace') => update({ asof: next >= today ? null : next }, mode), [update, today]);
  const selected = useMemo(() => resolveSelection(data, state.sel), [data, state.sel]);
  // Fan-out offsets, large layers and the map's sources: once per dataset, shared with the early map.
  const { offsets, large, collections: overlay, markers } = atlasOverlay(data);

  // Before the first move the view is the whole province (about zoom 6).
  const zoom = state.map?.zoom ?? 6;
  const clusterZoom = state.display === 'clusters' && zoom < CLUSTER_MAX_ZOOM ? Math.floor(zoom) : null;
  const clusters = useMemo(
    () =>
      clusterZoom === null
        ? null
        : clusterPoints(
            [...visible.ports, ...visible.projects].map((f) => ({ id: f.properties.id, position: f.geometry.coordinates, type: f.properties.port_type })),
            clusterZoom,
          ),
    [visible, clusterZoom],
  );
  const clustered = useMemo(() => clusteredIds(clusters), [clusters]);
  const guide = useCrossingGuide(data, state);
  const fadedPorts = guide.faded;
  const shown = useMemo(
    () => overlayShown(data, visible, { clustered, density: state.display === 'density', markers, fadedPorts }),
    [data, visible, clustered, state.display, markers, fadedPorts],
  );
  const crossing = useMemo(() => {
    const id = selected?.kind === 'port' ? selected.feature.properties.id : null;
    const entry = id && guide.load.status === 'ready' ? guide.load.byPort.get(id) : undefined;
    if (!id || !entry || guide.load.status !== 'ready') return null;
    return { crossing: entry, checked: guide.load.data.checked, open: guide.openOf?.(id) ?? null, time: guide.time };
  }, [selected, guide.load, guide.openOf, guide.time]);
  const counterpart = crossing?.crossing.counterpart;
  const contextPoint = useMemo(
    () => (counterpart ? { lon: counterpart.lon, lat: counterpart.lat, label: lang === 'zh' ? counterpart.name_zh : counterpart.name_en || counterpart.name_zh } : null),
    [counterpart, lang],
  );
  const selection = useMemo(() => {
    const id = selected && selected.kind !== 'city' ? selected.feature.properties.id : null;
    const point = selected && (selected.kind === 'port' || selected.kind === 'project') ? selected.feature : null;
    // A port not yet opened on the day shown is not drawn: no ring where there is no marker.
    const existed = point && (!asof || [...visible.ports, ...visible.projects].some((f) => f.properties.id === point.properties.id));
    const onMap = point && existed && !clustered.has(point.properties.id) && state.display !== 'density';
    // A route is highlighted only where it is drawn: shown by the filters, and running on the day shown.
    const route =
      selected && (selected.kind === 'sea' || selected.kind === 'rail') && visible[selected.kind].some((f) => f.properties.id === id)
        ? { kind: selected.kind, geometry: selected.feature.geometry }
        : null;
    return { id, position: onMap ? point.geometry.coordinates : null, offset: point ? offsets.get(point.properties.id) : undefined, route };
  }, [selected, clustered, offsets, state.display, asof, visible]);
  useEffect(() => exposeShown(shown), [shown]);
  // What MapLibre draws: the layers not handed to deck.gl for their size.
  const nativeShown = useMemo(() => {
    const { ports, projects, ...routes } = shown;
    return { ...routes, ...(large.ports ? {} : { ports }), ...(large.projects ? {} : { projects }) };
  }, [shown, large]);
  const builders = useDeckBuilders(state.display, large.ports || large.projects);
  const layers = useMemo(() => {
    const build = builders.largeMarkers;
    const markers = build
      ? [
          // A large layer keeps the records as its data: each is drawn as it stood on the day shown.
          ...(large.ports
            ? [build({ id: 'ports', all: data.ports.features, shown: shown.ports, offsets, style: (f) => portStyle(asof ? (portOn(f, asof) ?? f) : f), styleKey: asof, zoom, present: state.present, atlas: markerAtlas })]
            : []),
          ...(large.projects
            ? [build({ id: 'projects', all: data.projects.features, shown: shown.projects, offsets, style: (f) => projectStyle((asof && projectOn(f, asof)) || f), styleKey: asof, zoom, present: state.present, atlas: markerAtlas })]
            : []),
        ]
      : [];
    return [...deckLayers({ visible, display: state.display, clusters, builders }), ...markers];
    // Only the marker scale step matters for the large markers, not every fractional zoom change.
    // eslint-disable-next-line react-hooks/exhaustive-deps
  }, [visible, state.display, clusters, builders, large, data, shown, offsets, markerScale(zoom, state.present), markerAtlas, asof]);
  const [paused, setPaused] = useState(false);
  const trips = useTripsLayer(visible, state.anim, paused);
  const allDeckLayers = useMemo(() => (trips ? [...layers, trips] : layers), [layers, trips]);
  const choropleth = useChoropleth(data, visible, state.choro, lang);
  const flyTo = useCallback((request: FlyRequest) => setFly(request), []);
  const tour = useTour(data, state, replaceState, flyTo);
  usePresentationKeys({ state, update, count: tour.count, go: tour.go });
  const mapInstance = useRef<MapLibreMap | null>(null);
  const stepTitle = tour.tour && state.tour ? tour.tour.steps[state.tour - 1]?.[lang === 'zh' ? 'title_zh' : 'title_en'] : null;
  const searchIndex = useMemo(() => buildSearchIndex(data), [data]);

  const select = (id: string | null) => update({ sel: id });
  const selectAndFly = useCallback(
    (id: string) => {
      const target = resolveSelection(data, id);
      if (!target) return;
      update({ sel: id });
      setFly({ ...viewFor(target), nonce: Date.now() });
    },
    [data, update],
  );
  // The header's search box searches these data and chooses here while the atlas view is on the page.
  useEffect(() => {
    bindSearch({ index: searchIndex, onChoose: selectAndFly });
    return () => bindSearch(null);
  }, [searchIndex, selectAndFly]);
  const expandCluster = (cluster: Cluster) => {
    if (zoom >= CLUSTER_MAX_ZOOM - 0.5) return false;
    setFly({ bounds: cluster.bounds, nonce: Date.now() });
    return true;
  };
  const picking = usePicking(data, lang, select, expandCluster);

  // A link may name an item that does not exist (a typo, or data that changed since): drop it, say so.
  const checkedSelection = useRef(false);
  useEffect(() => {
    if (checkedSelection.current) return;
    checkedSelection.current = true;
    if (state.sel && !featureExists(data, state.sel)) {
      notify([`sel=${state.sel}`]);
      update({ sel: null }, 'replace');
    } else if (state.sel && !state.map) {
      const target = resolveSelection(data, state.sel);
      if (target) setFly({ ...viewFor(target), nonce: Date.now() });
    }
  }, [data, state.sel, state.map, notify, update]);

  return (
    <>
      {canDrawMap ? (
        <MapView
          key={basemapKeyVersion}
          basemap={data.basemap}
          lang={lang}
          initialView={state.map}
          overlay={overlay}
          markerAtlas={markerAtlas}
          shown={nativeShown}
          selection={selection}
          deckLayers={allDeckLayers}
          labelsReady={labelsReady}
          present={state.present}
          contextPoint={contextPoint}
          onMapReady={(map) => (mapInstance.current = map)}
          onLazyError={(error) => setLateProblems((list) => [...list, error])}
          onCannotDraw={(error) => {
            console.warn(`map unavailable: ${error.message}`);
            setCanDrawMap(false);
          }}
          basemapKey={state.basemap}
          fly={fly}
          choropleth={choropleth.view}
          highlightCity={hoverCity}
          onViewChange={(map) => update({ map }, 'replace')}
          onPick={(ids, deckPicked, city, lngLat) => (guide.pickPlace ? guide.pickPlace(lngLat) : picking.onPick(ids, deckPicked, city))}
          tooltip={(id) => {
            const label = labelOf(data, id, lang);
            // A port faded by open= says why when pointed at.
            return label && guide.openOf?.(id) === 'no' ? `${label} · ${guideText(lang, 'closedAtThisTime')}` : label;
          }}
          deckTooltip={(info) => {
            const cluster = info.object as Cluster | undefined;
            if (cluster?.members) return translate(lang, 'clusterMembers').replace('{n}', String(cluster.members.length));
            const id = pickedId(info);
            return id ? labelOf(data, id, lang) : null;
          }}
        />
      ) : (
        <div className="no-webgl" data-testid="no-webgl">
          <p role="alert">{translate(lang, 'noWebgl')}</p>
          <ListPanel data={data} visible={visible} lang={lang} selectedId={state.sel} onSelect={select} openOf={guide.openOf} />
        </div>
      )}
      {state.panel && (
        <SidePanel panel={state.panel} lang={lang} onClose={() => update({ panel: null })}>
          <PanelContent
            data={data}
            state={state}
            visible={visible}
            classes={choropleth.classes}
            update={update}
            replaceState={replaceState}
            selectAndFly={selectAndFly}
            guide={guide}
            onHoverCity={setHoverCity}
            onBasemapKey={() => setBasemapKeyVersion((v) => v + 1)}
          />
        </SidePanel>
      )}
      {canDrawMap && state.panel !== 'legend' && (!phone || state.embed) && (
        <details className="floating-legend" open>
          <summary>{translate(lang, 'legend')}</summary>
          {state.choro && <ChoroplethLegend classes={choropleth.classes} measure={state.choro} lang={lang} />}
          <Legend visible={legendVisible} lang={lang} display={state.display} asof={legendAsof} planNote={planNoteText(data, lang, legendAsof, layerKeys)} fadedNote={fadedNoteText(lang, guide)} />
        </details>
      )}
      <Timeline lang={lang} day={day} today={today} events={events} onDay={setDay} present={state.present} planNote={planNoteText(data, lang, asof, layerKeys)} />
      {selected && <DetailCard asof={asof} crossing={crossing} selected={selected} data={data} lang={lang} onSelect={selectAndFly} onClose={() => select(null)} />}
      {picking.stack && (
        <StackChooser
          items={picking.stack}
          lang={lang}
          onSelect={(id) => {
            picking.closeStack();
            select(id);
          }}
          onClose={picking.closeStack}
        />
      )}
      {(state.present || state.tour !== null) && (
        <Suspense fallback={null}>
          <PresentationBar
            data={data}
            tour={tour.tour}
            step={state.tour}
            lang={lang}
            present={state.present}
            anim={state.anim}
            paused={paused}
            onGo={tour.go}
            onExitTour={() => update({ tour: null })}
            onExitPresentation={() => {
              if (document.fullscreenElement) void document.exitFullscreen?.();
              update({ present: false, tour: null });
            }}
            onTogglePause={() => setPaused((p) => !p)}
          />
        </Suspense>
      )}
      {lateProblems.length > 0 && <LoadError lang={lang} errors={lateProblems} partial />}
      {tour.load.status === 'error' && (
        <div className="load-error" role="alert" data-testid="tour-error">
          {tour.load.error.message}
        </div>
      )}
      {exportOpen && mapInstance.current && (
        <Suspense fallback={null}>
          <ExportMenu map={mapInstance.current} data={data} visible={visible} state={state} title={stepTitle} onClose={onExportClose} />
        </Suspense>
      )}
    </>
  );
}
