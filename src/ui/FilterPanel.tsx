import type { AtlasData } from '../data/atlas.ts';
import { PLAN_COLUMNS, PORT_TYPES, PROJECT_ACTIONS, PROJECT_STATUSES, REGIONS } from '../data/enums.ts';
import {
  CLASS_LABELS,
  COLUMN_LABELS,
  LAYER_LABELS,
  PORT_TYPE_LABELS,
  PROJECT_ACTION_LABELS,
  PROJECT_STATUS_LABELS,
  REGION_LABELS,
  nameOf,
} from '../i18n/labels.ts';
import type { Lang } from '../i18n/strings.ts';
import { translate } from '../i18n/strings.ts';
import { PROJECT_STATUS_COLOURS } from '../layers/symbols.ts';
import { facetCounts, type Filters } from '../selectors/filters.ts';
import { CLASS_FILTERS, LAYER_KEYS, type HashState } from '../state/hash-state.ts';
import { FacetGroup } from './FacetGroup.tsx';
import { MarkerIcon } from './MarkerIcon.tsx';
import { BasemapChooser } from './BasemapChooser.tsx';

interface Props {
  data: AtlasData;
  state: HashState;
  shown: number;
  lang: Lang;
  onChange: (patch: Partial<HashState>) => void;
  onReset: () => void;
  onBasemapKey: () => void;
}

function StatusDot({ colour }: { colour: string }) {
  return <span className="status-dot" style={{ background: colour }} aria-hidden="true" />;
}

export function FilterPanel({ data, state, shown, lang, onChange, onReset, onBasemapKey }: Props) {
  const filters: Filters = state;
  const counts = <K extends 'status' | 'action' | 'column' | 'class' | 'types' | 'region'>(
    key: K,
    values: readonly NonNullable<Filters[K]>[number][],
  ) => facetCounts(data, filters, key, values);
  const statusCounts = counts('status', PROJECT_STATUSES);
  const actionCounts = counts('action', PROJECT_ACTIONS);
  const columnCounts = counts('column', PLAN_COLUMNS);
  const classCounts = counts('class', CLASS_FILTERS);
  const typeCounts = counts('types', PORT_TYPES);
  const regionCounts = counts('region', REGIONS);
  const cities = [...data.basemap.cities.features].sort((a, b) => a.properties.adcode.localeCompare(b.properties.adcode));
  const t = (key: Parameters<typeof translate>[1]) => translate(lang, key);

  return (
    <section className="panel-body filter-panel" aria-label={t('filters')}>
      <div className="shown-line">
        <span role="status" aria-live="polite" data-testid="shown-count" data-count={shown}>
          {t('shownCount').replace('{n}', String(shown))}
        </span>
        <button type="button" className="link-button" onClick={onReset} data-testid="reset-filters">
          {t('resetFilters')}
        </button>
      </div>
      <FacetGroup
        testId="facet-layers"
        legend={t('layers')}
        allowNone
        chosen={state.layers}
        options={LAYER_KEYS.map((key) => ({ value: key, label: LAYER_LABELS[key][lang] }))}
        onChange={(next) => onChange({ layers: next ?? LAYER_KEYS })}
      />
      <FacetGroup
        testId="facet-types"
        legend={t('portTypes')}
        allowNone
        chosen={state.types}
        options={PORT_TYPES.map((type) => ({
          value: type,
          label: PORT_TYPE_LABELS[type][lang],
          count: typeCounts.get(type),
          icon: <MarkerIcon style={{ kind: 'port', type, precision: 'exact' }} size={20} />,
        }))}
        onChange={(next) => onChange({ types: next ?? PORT_TYPES })}
      />
      <FacetGroup
        testId="facet-status"
        legend={t('projectStatus')}
        chosen={state.status}
        options={PROJECT_STATUSES.map((status) => ({
          value: status,
          label: PROJECT_STATUS_LABELS[status][lang],
          count: statusCounts.get(status),
          icon: <StatusDot colour={PROJECT_STATUS_COLOURS[status]} />,
        }))}
        onChange={(next) => onChange({ status: next })}
      />
      <FacetGroup
        testId="facet-column"
        legend={t('planColumn')}
        chosen={state.column}
        options={PLAN_COLUMNS.map((column) => ({ value: column, label: COLUMN_LABELS[column][lang], count: columnCounts.get(column) }))}
        onChange={(next) => onChange({ column: next })}
      />
      <FacetGroup
        testId="facet-action"
        legend={t('projectAction')}
        chosen={state.action}
        options={PROJECT_ACTIONS.map((action) => ({ value: action, label: PROJECT_ACTION_LABELS[action][lang], count: actionCounts.get(action) }))}
        onChange={(next) => onChange({ action: next })}
      />
      <FacetGroup
        testId="facet-class"
        legend={t('portClass')}
        chosen={state.class}
        options={CLASS_FILTERS.map((value) => ({ value, label: CLASS_LABELS[value][lang], count: classCounts.get(value) }))}
        onChange={(next) => onChange({ class: next })}
      />
      <FacetGroup
        testId="facet-region"
        legend={t('region')}
        chosen={state.region}
        options={REGIONS.map((region) => ({ value: region, label: REGION_LABELS[region][lang], count: regionCounts.get(region) }))}
        onChange={(next) => onChange({ region: next })}
      />
      <label className="city-select">
        <span>{t('city')}</span>
        <select
          data-testid="city-select"
          value={state.city === null ? '' : state.city.length === 1 ? state.city[0] : 'several'}
          onChange={(event) => onChange({ city: event.target.value ? [event.target.value] : null })}
        >
          <option value="">{t('allCities')}</option>
          {state.city && state.city.length > 1 && (
            <option value="several" disabled>
              {t('severalCities').replace('{n}', String(state.city.length))}
            </option>
          )}
          {cities.map((city) => (
            <option key={city.properties.adcode} value={city.properties.adcode}>
              {nameOf(city.properties, lang)}
            </option>
          ))}
        </select>
      </label>
      <BasemapChooser lang={lang} value={state.basemap} onChange={(basemap) => onChange({ basemap })} onKeyChange={onBasemapKey} />
    </section>
  );
}
