import type { AtlasData, PortFeature, ProjectFeature } from '../data/atlas.ts';
import { currentEntry } from '../data/record-dates.ts';
import type { Source } from '../data/types.ts';
import type { HashState } from '../state/hash-state.ts';
import { FILTER_KEYS } from '../state/hash-state.ts';
import { asOfDay } from '../state/as-of.ts';
import type { Visible } from './filters.ts';
import { placeSource } from './sources.ts';

/** The active filters in words a spreadsheet reader understands, e.g. "status=open; city=440300". */
export function filterSummary(state: HashState): string {
  const parts = FILTER_KEYS.flatMap((key) => {
    const value = state[key];
    if (value === null) return [];
    if (key === 'types' && value.length === 4) return [];
    return [`${key}=${(value as readonly unknown[]).join(',')}`];
  });
  if (state.layers.length < 4) parts.unshift(`layers=${state.layers.join(',')}`);
  return parts.length ? parts.join('; ') : 'none';
}

const CSV_COLUMNS = [
  'id', 'kind', 'name_zh', 'name_en', 'port_type', 'subtype', 'class', 'city', 'city_zh', 'region', 'status', 'status_as_of',
  'plan_column', 'plan_item', 'action', 'port', 'precision', 'longitude', 'latitude', 'sources',
] as const;

function csvCell(value: unknown): string {
  const text = value === null || value === undefined ? '' : String(value);
  // Quote everything that could break a row; a leading =,+,-,@ is neutralised so Excel never runs it as a formula.
  const safe = /^[=+\-@]/.test(text) ? `'${text}` : text;
  return /[",\n\r]/.test(safe) || safe !== text ? `"${safe.replace(/"/g, '""')}"` : safe;
}

function row(data: AtlasData, feature: PortFeature | ProjectFeature): Record<(typeof CSV_COLUMNS)[number], unknown> {
  const p = feature.properties;
  const city = data.index.cities.get(p.city)?.properties;
  const isProject = 'column' in p;
  const [lng, lat] = feature.geometry.coordinates;
  return {
    id: p.id,
    kind: isProject ? 'project' : 'port',
    name_zh: p.name_zh,
    name_en: p.name_en,
    port_type: p.port_type,
    subtype: p.subtype,
    class: isProject ? (p.column === 5 ? 'II' : 'I') : (p.class ?? ''),
    city: p.city,
    city_zh: city?.name_zh ?? '',
    region: city?.region ?? '',
    status: p.status,
    status_as_of: (isProject ? currentEntry(p.status_history)?.date : p.status_as_of) ?? '',
    plan_column: isProject ? p.column : '',
    plan_item: isProject ? p.item : '',
    action: isProject ? p.action.join('|') : '',
    port: isProject ? (p.port ?? '') : '',
    precision: p.precision,
    longitude: lng,
    latitude: lat,
    sources: p.sources.map(sourceText).join(' | '),
  };
}

/**
 * CSV of the ports and projects shown, UTF-8 with a byte-order mark so Excel reads the Chinese,
 * with the filters and the export date in the first lines.
 */
export function exportCsv(data: AtlasData, visible: Visible, state: HashState, date: string): string {
  const lines = [
    // The day the features stand as of (the link's asof, else the export day): statuses are that day's.
    `# 广东口岸地图 Guangdong Port Atlas export,${csvCell(date)},as of ${asOfDay(state.asof, new Date(`${date}T12:00:00Z`))}`,
    `# filters,${csvCell(filterSummary(state))}`,
    CSV_COLUMNS.join(','),
    ...[...visible.ports, ...visible.projects].map((f) => {
      const r = row(data, f);
      return CSV_COLUMNS.map((c) => csvCell(r[c])).join(',');
    }),
  ];
  return `\uFEFF${lines.join('\r\n')}\r\n`;
}

/** GeoJSON of the same features with all their properties, and the filters and date as foreign members. */
export function exportGeojson(visible: Visible, state: HashState, date: string): string {
  return JSON.stringify({
    type: 'FeatureCollection',
    atlas_export: { exported: date, as_of: asOfDay(state.asof, new Date(`${date}T12:00:00Z`)), filters: filterSummary(state), note: 'Coordinates WGS-84. See each feature\'s sources and precision.' },
    features: [...visible.ports, ...visible.projects],
  });
}

/** A source as one line of text: the original's publisher and title, its address only where a card would link it. */
function sourceText(source: Source): string {
  const { href, copyAt } = placeSource(source);
  return `${source.publisher}: ${source.title}${href ? ` <${href}>` : ''}${copyAt ? ` (read in a copy at ${copyAt})` : ''}`;
}
