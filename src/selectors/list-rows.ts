import type { AtlasData } from '../data/atlas.ts';
import { PORT_STATUS_LABELS, PORT_TYPE_LABELS, PROJECT_STATUS_LABELS, nameOf } from '../i18n/labels.ts';
import type { Lang } from '../i18n/strings.ts';
import type { MarkerStyle } from '../layers/marker-icons.ts';
import { portStyle, projectStyle } from '../layers/marker-icons.ts';
import type { Visible } from './filters.ts';
import { isDateUnknown } from './at-date.ts';
import { timeText } from '../i18n/time-strings.ts';

export interface ListRow {
  id: string;
  kind: 'port' | 'project';
  name: string;
  type: string;
  city: string;
  status: string;
  /** The status on the day shown, as in the data (`open`, `closed`, `under-construction`, …). */
  statusKey: string;
  /** Shown on a day its record cannot vouch for (no opening date). */
  dateUnknown: boolean;
  /** “专栏1-03” for projects, empty for ports. */
  planRef: string;
  style: MarkerStyle;
}

export const LIST_SORT_KEYS = ['name', 'kind', 'type', 'city', 'status', 'planRef'] as const satisfies readonly (keyof ListRow)[];
export type ListSortKey = (typeof LIST_SORT_KEYS)[number];

/** One row per port and project shown on the map, in the UI language. */
export function listRows(data: AtlasData, visible: Visible, lang: Lang): ListRow[] {
  const cityName = (code: string) => {
    const city = data.index.cities.get(code)?.properties;
    return city ? nameOf(city, lang) : code;
  };
  return [
    ...visible.ports.map((f) => ({
      id: f.properties.id,
      kind: 'port' as const,
      name: nameOf(f.properties, lang),
      type: PORT_TYPE_LABELS[f.properties.port_type][lang],
      city: cityName(f.properties.city),
      status: PORT_STATUS_LABELS[f.properties.status][lang] + (isDateUnknown(f) ? ` (${timeText(lang, 'dateUnknown')})` : ''),
      statusKey: f.properties.status,
      dateUnknown: isDateUnknown(f),
      planRef: '',
      style: portStyle(f),
    })),
    ...visible.projects.map((f) => ({
      id: f.properties.id,
      kind: 'project' as const,
      name: nameOf(f.properties, lang),
      type: PORT_TYPE_LABELS[f.properties.port_type][lang],
      city: cityName(f.properties.city),
      status: PROJECT_STATUS_LABELS[f.properties.status][lang],
      statusKey: f.properties.status,
      dateUnknown: false,
      planRef: `${lang === 'zh' ? '专栏' : 'C'}${f.properties.column}-${String(f.properties.item).padStart(2, '0')}`,
      style: projectStyle(f),
    })),
  ];
}

export function sortRows(rows: readonly ListRow[], key: ListSortKey, descending: boolean, lang: Lang): ListRow[] {
  const collator = new Intl.Collator(lang === 'zh' ? 'zh-CN' : 'en', { numeric: true });
  const sorted = [...rows].sort((a, b) => collator.compare(a[key], b[key]) || collator.compare(a.id, b.id));
  return descending ? sorted.reverse() : sorted;
}
