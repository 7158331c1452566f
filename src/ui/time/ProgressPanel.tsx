import { useMemo } from 'react';
import type { AtlasData } from '../../data/atlas.ts';
import { PROJECT_STATUSES, type ProjectStatus } from '../../data/enums.ts';
import { COLUMN_LABELS, PROJECT_STATUS_LABELS, REGION_LABELS, nameOf } from '../../i18n/labels.ts';
import type { Lang } from '../../i18n/strings.ts';
import { translate } from '../../i18n/strings.ts';
import { timeText } from '../../i18n/time-strings.ts';
import { PROJECT_STATUS_COLOURS } from '../../layers/symbols.ts';
import { planProgress, progressCsv, progressFigures, type ProgressRow } from '../../selectors/progress.ts';
import { downloadText } from './download.ts';
import { planNoteText } from './plan-note.ts';

/** Always shown, so the table keeps its shape while the date moves; other statuses only once something reaches them. */
const CORE_STATUSES: readonly ProjectStatus[] = ['planned', 'under-construction', 'open'];

interface Props {
  data: AtlasData;
  day: string;
  lang: Lang;
}

/** The plan's 108 projects on the day shown: counts by status per column (专栏1–5), region and city, as a table with bars. */
export default function ProgressPanel({ data, day, lang }: Props) {
  const progress = useMemo(() => planProgress(data, day), [data, day]);
  const statuses = PROJECT_STATUSES.filter((s) => CORE_STATUSES.includes(s) || progress.total.counts[s] > 0);
  const figures = progressFigures(progress);
  // Before the plan was issued there is nothing to count: the sentence says when its projects appear.
  const sentence = planNoteText(data, lang, day, ['projects']) ?? timeText(lang, figures.total === 108 ? 'progressSentence' : 'progressSentenceGeneral', { date: day, ...figures });
  const cityNames = (adcode: string): [string, string] => {
    const city = data.index.cities.get(adcode)?.properties;
    return [city?.name_zh ?? adcode, city?.name_en ?? adcode];
  };
  const csv = () =>
    progressCsv(progress, {
      column: (c) => [COLUMN_LABELS[c].zh, COLUMN_LABELS[c].en],
      region: (r) => [REGION_LABELS[r].zh, REGION_LABELS[r].en],
      city: cityNames,
    });

  const rows = (group: 'column' | 'region' | 'city', items: ProgressRow<string | number>[], label: (key: string | number) => string) =>
    items.map((row) => (
      <tr key={`${group}-${row.key}`} {...{ [`data-${group}`]: row.key }}>
        <th scope="row">{label(row.key)}</th>
        {statuses.map((status) => (
          <td key={status} data-status={status}>
            {row.counts[status]}
          </td>
        ))}
        <td className="progress-total">{row.total}</td>
        <td className="progress-bar-cell" aria-hidden="true">
          <StackedBar row={row} />
        </td>
      </tr>
    ));

  return (
    <section className="panel-body progress-panel" aria-label={translate(lang, 'progress')} data-testid="progress-panel" data-day={day}>
      <p className="finding" data-testid="progress-sentence">
        {sentence}
      </p>
      <div className="table-scroll">
        <table className="stats-table progress-table" data-testid="progress-table">
          <caption className="visually-hidden">{timeText(lang, 'progressTable', { date: day })}</caption>
          <thead>
            <tr>
              <th scope="col">{timeText(lang, 'progressGroup')}</th>
              {statuses.map((status) => (
                <th key={status} scope="col" data-status={status}>
                  <span className="status-dot" style={{ background: PROJECT_STATUS_COLOURS[status] }} aria-hidden="true" /> {PROJECT_STATUS_LABELS[status][lang]}
                </th>
              ))}
              <th scope="col">{timeText(lang, 'progressTotal')}</th>
              <th scope="col" aria-hidden="true" />
            </tr>
          </thead>
          <tbody>
            {rows('column', progress.columns, (key) => COLUMN_LABELS[key as 1][lang])}
            <tr className="progress-divider" aria-hidden="true">
              <td colSpan={statuses.length + 3} />
            </tr>
            {rows('region', progress.regions, (key) => REGION_LABELS[key as 'north'][lang])}
            <tr className="progress-divider" aria-hidden="true">
              <td colSpan={statuses.length + 3} />
            </tr>
            {rows('city', progress.cities, (key) => nameOf(data.index.cities.get(String(key))!.properties, lang))}
          </tbody>
        </table>
      </div>
      <div className="export-buttons">
        <button type="button" data-testid="progress-csv" onClick={() => downloadText(csv(), 'text/csv;charset=utf-8', `guangdong-plan-progress-${day}.csv`)}>
          {timeText(lang, 'progressCsv')}
        </button>
      </div>
    </section>
  );
}

/** One bar per row, split by status in the markers' status colours. */
function StackedBar({ row }: { row: ProgressRow<unknown> }) {
  return (
    <span className="progress-bar">
      {PROJECT_STATUSES.filter((s) => row.counts[s] > 0).map((status) => (
        <span key={status} style={{ width: `${(row.counts[status] / row.total) * 100}%`, background: PROJECT_STATUS_COLOURS[status] }} />
      ))}
    </span>
  );
}
