import { useMemo, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';
import type { AtlasData } from '../data/atlas.ts';
import type { Lang, StringKey } from '../i18n/strings.ts';
import { translate } from '../i18n/strings.ts';
import type { Visible } from '../selectors/filters.ts';
import { LIST_SORT_KEYS, type ListSortKey, listRows, sortRows } from '../selectors/list-rows.ts';
import { MarkerIcon } from './MarkerIcon.tsx';
import { guideText } from '../i18n/guide-strings.ts';
import type { OpenAnswer } from '../selectors/open-at.ts';

const HEADERS: Record<ListSortKey, StringKey> = {
  name: 'name',
  kind: 'kindPort',
  type: 'type',
  city: 'city',
  status: 'status',
  planRef: 'column',
};

interface Props {
  data: AtlasData;
  visible: Visible;
  lang: Lang;
  selectedId: string | null;
  onSelect: (id: string) => void;
  /** Whether each port is open at the time a link asks about (open=); null when it asks nothing. */
  openOf?: ((id: string) => OpenAnswer) | null;
  /** Shown above the table: the open= control. */
  children?: ReactNode;
}

/** The map's twin as a table: same filters, one row per marker; also the accessible view of the map. */
export function ListPanel({ data, visible, lang, selectedId, onSelect, openOf = null, children }: Props) {
  const [sort, setSort] = useState<{ key: ListSortKey; descending: boolean }>({ key: 'kind', descending: false });
  const rows = useMemo(() => sortRows(listRows(data, visible, lang), sort.key, sort.descending, lang), [data, visible, lang, sort]);
  const t = (key: StringKey) => translate(lang, key);

  const onRowKey = (event: KeyboardEvent<HTMLTableRowElement>, id: string) => {
    const row = event.currentTarget;
    if (event.key === 'Enter' || event.key === ' ') {
      event.preventDefault();
      onSelect(id);
    } else if (event.key === 'ArrowDown' || event.key === 'ArrowUp') {
      event.preventDefault();
      const next = (event.key === 'ArrowDown' ? row.nextElementSibling : row.previousElementSibling) as HTMLElement | null;
      next?.focus();
    }
  };

  return (
    <section className="panel-body list-panel" aria-label={t('list')}>
      {children}
      <table className="feature-table" data-testid="feature-list">
        <caption className="visually-hidden">{t('shownCount').replace('{n}', String(rows.length))}</caption>
        <thead>
          <tr>
            {LIST_SORT_KEYS.map((key) => (
              <th key={key} scope="col" aria-sort={sort.key === key ? (sort.descending ? 'descending' : 'ascending') : 'none'}>
                <button
                  type="button"
                  data-sort={key}
                  onClick={() => setSort((s) => ({ key, descending: s.key === key ? !s.descending : false }))}
                >
                  {key === 'kind' ? (lang === 'zh' ? '类别' : 'Kind') : t(HEADERS[key])}
                  {sort.key === key ? (sort.descending ? ' ▼' : ' ▲') : ''}
                </button>
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {rows.map((row) => {
            const open = openOf && row.kind === 'port' ? openOf(row.id) : undefined;
            return (
            <tr
              key={row.id}
              data-id={row.id}
              data-status={row.statusKey}
              data-date-unknown={row.dateUnknown || undefined}
              data-open={open}
              tabIndex={0}
              aria-selected={row.id === selectedId}
              className={[row.id === selectedId && 'selected', open === 'no' && 'closed-now'].filter(Boolean).join(' ') || undefined}
              onClick={() => onSelect(row.id)}
              onKeyDown={(event) => onRowKey(event, row.id)}
            >
              <td>
                <MarkerIcon style={row.style} size={18} /> {row.name}
              </td>
              <td>{t(row.kind === 'port' ? 'kindPort' : 'kindProject')}</td>
              <td>{row.type}</td>
              <td>{row.city}</td>
              <td>
                {row.status}
                {open === 'no' && <span className="closed-note"> · {guideText(lang, 'closedAtThisTime')}</span>}
              </td>
              <td>{row.planRef}</td>
            </tr>
            );
          })}
        </tbody>
      </table>
    </section>
  );
}
