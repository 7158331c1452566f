import type { AtlasData } from '../../data/atlas.ts';
import { PORT_TYPES, PROJECT_STATUSES } from '../../data/enums.ts';
import { COLUMN_LABELS, PORT_TYPE_LABELS, PROJECT_STATUS_LABELS, REGION_LABELS, nameOf } from '../../i18n/labels.ts';
import type { Lang, StringKey } from '../../i18n/strings.ts';
import { translate } from '../../i18n/strings.ts';
import type { ChoroplethClass } from '../../selectors/choropleth.ts';
import type { Visible } from '../../selectors/filters.ts';
import { cityStats, finding, rankBy, regionStats } from '../../selectors/stats.ts';
import type { HashState } from '../../state/hash-state.ts';
import { CHOROPLETH_MEASURES, DISPLAYS } from '../../state/hash-state.ts';
import { BarList } from './BarList.tsx';
import { ChoroplethLegend } from './ChoroplethLegend.tsx';
import { ExportButtons } from './ExportButtons.tsx';
import { MetricSelect } from './MetricSelect.tsx';
import { timeText } from '../../i18n/time-strings.ts';

interface Props {
  data: AtlasData;
  visible: Visible;
  state: HashState;
  lang: Lang;
  classes: ChoroplethClass[];
  onChange: (patch: Partial<HashState>) => void;
  onHoverCity: (adcode: string | null) => void;
}

const DISPLAY_LABELS = { markers: 'displayMarkers', clusters: 'displayClusters', density: 'displayDensity' } as const;
const CHORO_LABELS = { projects: 'choroProjects', ports: 'choroPorts' } as const;

/** Statistics for planners. Every number is counted from the visible set, so it equals the map. */
export default function StatsPanel({ data, visible, state, lang, classes, onChange, onHoverCity }: Props) {
  const t = (key: StringKey) => translate(lang, key);
  const cities = cityStats(data, visible);
  const regions = regionStats(cities);
  const measure = state.choro ?? 'projects';
  const result = finding(data, visible, measure);
  const cityName = (adcode: string) => nameOf(data.index.cities.get(adcode)!.properties, lang);
  const percent = (share: number) => `${Math.round(share * 100)}%`;
  const findingText = !result
    ? t('findingNone')
    : t(measure === 'projects' ? 'findingProjects' : 'findingPorts')
        .replace('{region}', REGION_LABELS[result.region][lang])
        .replace('{count}', String(result.count))
        .replace('{total}', String(result.total))
        .replace('{share}', percent(result.share))
        .replace('{column}', result.topColumn ? COLUMN_LABELS[result.topColumn][lang] : '')
        .replace('{columnCount}', String(result.topColumnCount));
  const toggleCity = (adcode: string) =>
    onChange({ city: state.city?.length === 1 && state.city[0] === adcode ? null : [adcode] });
  const toggleRegion = (region: (typeof regions)[number]['region']) =>
    onChange({ region: state.region?.length === 1 && state.region[0] === region ? null : [region] });

  return (
    <section className="panel-body stats-panel" aria-label={t('stats')}>
      <p className="finding" data-testid="finding">
        {state.asof && `${timeText(lang, 'asOf', { date: state.asof })}${lang === 'zh' ? '，' : ', '}`}
        {findingText}
      </p>
      <fieldset className="facet inline-options">
        <legend>{t('choropleth')}</legend>
        {[null, ...CHOROPLETH_MEASURES].map((value) => (
          <label key={String(value)} className="facet-option">
            <input type="radio" name="choro" data-value={String(value)} checked={state.choro === value} onChange={() => onChange({ choro: value })} />
            {value ? t(CHORO_LABELS[value]) : t('choroOff')}
          </label>
        ))}
      </fieldset>
      {state.choro && <ChoroplethLegend classes={classes} measure={state.choro} lang={lang} />}
      <fieldset className="facet inline-options">
        <legend>{t('display')}</legend>
        {DISPLAYS.map((value) => (
          <label key={value} className="facet-option">
            <input type="radio" name="display" data-value={value} checked={state.display === value} onChange={() => onChange({ display: value })} />
            {t(DISPLAY_LABELS[value])}
          </label>
        ))}
      </fieldset>
      <MetricSelect state={state} lang={lang} onChange={onChange} />
      <h3>{t('byRegion')}</h3>
      <BarList
        testId="region-bars"
        items={rankBy(regions, (r) => r[measure]).map((r) => ({
          key: r.region,
          label: REGION_LABELS[r.region][lang],
          value: r[measure],
          active: state.region?.includes(r.region) ?? false,
        }))}
        onChoose={(key) => toggleRegion(key as (typeof regions)[number]['region'])}
      />
      <h3>{t('byCity')}</h3>
      <BarList
        testId="city-bars"
        items={rankBy(cities, (c) => c[measure]).map((c) => ({
          key: c.adcode,
          label: cityName(c.adcode),
          value: c[measure],
          active: state.city?.includes(c.adcode) ?? false,
        }))}
        onChoose={toggleCity}
        onHover={onHoverCity}
      />
      <h3>{t('cityTable')}</h3>
      <div className="table-scroll">
        <table className="stats-table" data-testid="stats-table">
          <thead>
            <tr>
              <th scope="col">{t('city')}</th>
              <th scope="col">{t('projectsHeader')}</th>
              {PORT_TYPES.map((type) => (
                <th key={type} scope="col">
                  {PORT_TYPE_LABELS[type][lang]}
                </th>
              ))}
              {PROJECT_STATUSES.map((status) => (
                <th key={status} scope="col">
                  {PROJECT_STATUS_LABELS[status][lang]}
                </th>
              ))}
              <th scope="col">{t('portsHeader')}</th>
            </tr>
          </thead>
          <tbody>
            {rankBy(cities, (c) => c.projects).map((c) => (
              <tr key={c.adcode} data-city={c.adcode} onMouseEnter={() => onHoverCity(c.adcode)} onMouseLeave={() => onHoverCity(null)}>
                <th scope="row">
                  <button type="button" className="link-button" onClick={() => toggleCity(c.adcode)}>
                    {cityName(c.adcode)}
                  </button>
                </th>
                <td data-count={c.projects}>{c.projects}</td>
                {PORT_TYPES.map((type) => (
                  <td key={type}>{c.projectsByType[type]}</td>
                ))}
                {PROJECT_STATUSES.map((status) => (
                  <td key={status}>{c.projectsByStatus[status]}</td>
                ))}
                <td data-ports={c.ports}>{c.ports}</td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <ExportButtons data={data} visible={visible} state={state} lang={lang} />
    </section>
  );
}
