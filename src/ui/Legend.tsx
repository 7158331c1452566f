import { memo, useMemo } from 'react';
import type { PortType, Precision, ProjectStatus } from '../data/enums.ts';
import { PORT_TYPES, PRECISIONS, PROJECT_STATUSES } from '../data/enums.ts';
import { LAYER_LABELS, PORT_TYPE_LABELS, PROJECT_STATUS_LABELS } from '../i18n/labels.ts';
import type { Lang } from '../i18n/strings.ts';
import { translate } from '../i18n/strings.ts';
import { PROJECT_STATUS_COLOURS, ROUTE_COLOURS } from '../layers/symbols.ts';
import type { Visible } from '../selectors/filters.ts';
import { MarkerIcon } from './MarkerIcon.tsx';
import { donutSvg } from '../layers/cluster-donut.ts';
import { DENSITY_COLOURS, DENSITY_RADIUS_KM } from '../layers/density-style.ts';
import type { Display } from '../state/hash-state.ts';
import { isDateUnknown } from '../selectors/at-date.ts';
import { timeText } from '../i18n/time-strings.ts';

/** The kinds of marker on the map, in the legend's order; one pass, as 100,000 projects may be shown. */
function presentKinds(visible: Visible) {
  const portTypes = new Set<PortType>();
  const projectTypes = new Set<PortType>();
  const statuses = new Set<ProjectStatus>();
  const precisions = new Set<Precision>();
  let undatedPorts = 0;
  for (const port of visible.ports) {
    portTypes.add(port.properties.port_type);
    precisions.add(port.properties.precision);
    if (isDateUnknown(port)) undatedPorts += 1;
  }
  for (const { properties } of visible.projects) {
    projectTypes.add(properties.port_type);
    statuses.add(properties.status);
    precisions.add(properties.precision);
  }
  return {
    portTypes: PORT_TYPES.filter((type) => portTypes.has(type)),
    projectTypes: PORT_TYPES.filter((type) => projectTypes.has(type)),
    statuses: PROJECT_STATUSES.filter((status) => statuses.has(status)),
    precisions: PRECISIONS.filter((precision) => precisions.has(precision)),
    undatedPorts,
    undatedRoutes: visible.sea.filter(isDateUnknown).length + visible.rail.filter(isDateUnknown).length,
  };
}

/**
 * Only what is on the map right now: the legend is derived from the visible features, never listed by hand.
 * Memoised: the atlas hands it deferred values, so a filter or date change reaches the map first.
 */
export const Legend = memo(function Legend({
  visible,
  lang,
  display = 'markers',
  asof = null,
  planNote = null,
  fadedNote = null,
}: {
  visible: Visible;
  lang: Lang;
  display?: Display;
  asof?: string | null;
  /** On a day before the plan was issued: why no project is shown (planNoteText). */
  planNote?: string | null;
  /** Why some ports are drawn faded (open= or the crossing guide), with how many. */
  fadedNote?: string | null;
}) {
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);
  const { portTypes, projectTypes, statuses, precisions, undatedPorts, undatedRoutes } = useMemo(() => presentKinds(visible), [visible]);
  const nothing = portTypes.length + projectTypes.length + visible.sea.length + visible.rail.length === 0;
  if (display === 'density' && !nothing) {
    const gradient = `linear-gradient(to right, ${DENSITY_COLOURS.map((c) => `rgb(${c.join(',')})`).join(', ')})`;
    return (
      <div className="legend" data-testid="legend" data-display="density">
        <LegendGroup title={t('legendDensity').replace('{km}', String(DENSITY_RADIUS_KM))} testId="legend-density">
          <li>
            <span className="density-ramp" style={{ background: gradient }} aria-hidden="true" />
          </li>
          <li className="ramp-ends">
            <span>{t('legendFew')}</span>
            <span>{t('legendMany')}</span>
          </li>
        </LegendGroup>
      </div>
    );
  }
  return (
    <div className="legend" data-testid="legend">
      {nothing && <p>{t('legendNothing')}</p>}
      {planNote && (
        <p className="legend-plan-note" data-testid="legend-plan-note">
          {planNote}
        </p>
      )}
      {display === 'clusters' && !nothing && (
        <LegendGroup title={t('legendClusters')} testId="legend-clusters">
          <li>
            <img src={`data:image/svg+xml;charset=utf-8,${encodeURIComponent(donutSvg({ water: 3, land: 1, air: 1, rail: 1 }))}`} width={24} height={24} alt="" />
            {t('legendClusterHint')}
          </li>
        </LegendGroup>
      )}
      {/* First: on a past day, what the record cannot date is the thing to know before reading the map. */}
      {asof && (undatedPorts > 0 || undatedRoutes > 0) && (
        <LegendGroup title={`${timeText(lang, 'asOf', { date: asof })} · ${timeText(lang, 'dateUnknown')}`} testId="legend-date-unknown">
          {undatedPorts > 0 && (
            <li data-undated="ports">
              <MarkerIcon style={{ kind: 'port', type: 'water', precision: 'exact', undated: true }} size={24} />
              {timeText(lang, 'dateUnknownPort')} ({undatedPorts})
            </li>
          )}
          {undatedRoutes > 0 && (
            <li data-undated="routes">
              <span className="route-swatch" style={{ background: ROUTE_COLOURS.sea, opacity: 0.35 }} aria-hidden="true" />
              {timeText(lang, 'dateUnknownRoute')} ({undatedRoutes})
            </li>
          )}
        </LegendGroup>
      )}
      {fadedNote && (
        <p className="legend-faded-note" data-testid="legend-faded">
          <span className="legend-faded-swatch" aria-hidden="true">
            <MarkerIcon style={{ kind: 'port', type: 'land', precision: 'exact' }} size={20} />
          </span>
          {fadedNote}
        </p>
      )}
      {portTypes.length > 0 && (
        <LegendGroup title={t('legendPorts')} testId="legend-ports">
          {portTypes.map((type: PortType) => (
            <li key={type} data-type={type}>
              <MarkerIcon style={{ kind: 'port', type, precision: 'exact' }} size={20} />
              {PORT_TYPE_LABELS[type][lang]}
            </li>
          ))}
        </LegendGroup>
      )}
      {projectTypes.length > 0 && (
        <LegendGroup title={t('legendProjects')} testId="legend-projects">
          {projectTypes.map((type: PortType) => (
            <li key={type} data-type={type}>
              <MarkerIcon style={{ kind: 'project', type, precision: 'exact', status: 'planned' }} size={20} />
              {PORT_TYPE_LABELS[type][lang]}
            </li>
          ))}
          {statuses.map((status: ProjectStatus) => (
            <li key={status} data-status={status}>
              <span className="status-dot" style={{ background: PROJECT_STATUS_COLOURS[status] }} aria-hidden="true" />
              {PROJECT_STATUS_LABELS[status][lang]}
            </li>
          ))}
        </LegendGroup>
      )}
      {precisions.some((precision) => precision !== 'exact') && (
        <LegendGroup title={t('legendPrecision')} testId="legend-precision">
          {/* One entry: the rings are drawn only zoomed in or for the selected marker, so the first view stays calm. */}
          <li data-precision={precisions.filter((precision) => precision !== 'exact').join(' ')}>
            {precisions
              .filter((precision: Precision) => precision !== 'exact')
              .map((precision: Precision) => (
                <MarkerIcon key={precision} style={{ kind: 'port', type: 'water', precision }} size={24} />
              ))}
            <span className="legend-note">{t('legendPrecisionRing')}</span>
          </li>
        </LegendGroup>
      )}
      {(visible.sea.length > 0 || visible.rail.length > 0) && (
        <LegendGroup title={t('legendRoutes')} testId="legend-routes">
          {visible.sea.length > 0 && (
            <li data-route="sea">
              <span className="route-swatch" style={{ background: ROUTE_COLOURS.sea }} aria-hidden="true" />
              {LAYER_LABELS.sea[lang]} ({visible.sea.length})
            </li>
          )}
          {visible.rail.length > 0 && (
            <li data-route="rail">
              <span className="route-swatch thick" style={{ background: ROUTE_COLOURS.rail }} aria-hidden="true" />
              {LAYER_LABELS.rail[lang]} ({visible.rail.length})
            </li>
          )}
        </LegendGroup>
      )}
    </div>
  );
});

function LegendGroup({ title, testId, children }: { title: string; testId: string; children: React.ReactNode }) {
  return (
    <section className="legend-group" data-testid={testId}>
      <h3>{title}</h3>
      <ul>{children}</ul>
    </section>
  );
}
