import type { AtlasData, FeatureKind } from '../data/atlas.ts';

export interface SearchEntry {
  id: string;
  kind: FeatureKind;
  name_zh: string;
  name_en: string;
  city_zh: string;
  city_en: string;
  /** Lower-cased text the query is matched against. */
  haystack: string;
}

/** One entry per searchable thing: cities, ports, projects and routes (by their far end). */
export function buildSearchIndex(data: AtlasData): SearchEntry[] {
  const cityName = (code: string) => data.index.cities.get(code)?.properties;
  const entry = (id: string, kind: FeatureKind, name_zh: string, name_en: string, city: string | null): SearchEntry => {
    const c = city ? cityName(city) : undefined;
    const city_zh = c?.name_zh ?? '';
    const city_en = c?.name_en ?? '';
    return { id, kind, name_zh, name_en, city_zh, city_en, haystack: [name_zh, name_en, city_zh, city_en, id].join(' ').toLowerCase() };
  };
  const portCity = (portId: string) => data.index.ports.get(portId)?.properties.city ?? null;
  return [
    ...data.basemap.cities.features.map((f) => entry(f.properties.adcode, 'city', f.properties.name_zh, f.properties.name_en, null)),
    ...data.ports.features.map((f) => entry(f.properties.id, 'port', f.properties.name_zh, f.properties.name_en, f.properties.city)),
    ...data.projects.features.map((f) => entry(f.properties.id, 'project', f.properties.name_zh, f.properties.name_en, f.properties.city)),
    ...data.sea.features.map((f) =>
      entry(f.properties.id, 'sea', `${f.properties.from_terminal_zh} — ${f.properties.to_port_name_zh}`, `${f.properties.to_port_name_en}`, portCity(f.properties.from_port)),
    ),
    ...data.rail.features.map((f) =>
      entry(f.properties.id, 'rail', `中欧班列 — ${f.properties.destination_name_zh}`, `Rail to ${f.properties.destination_name_en}`, portCity(f.properties.origin)),
    ),
  ];
}

const KIND_ORDER: Record<FeatureKind, number> = { city: 0, port: 1, project: 2, rail: 3, sea: 4 };

/**
 * Substring search over names in both languages and city names. Every word of the query must
 * match; names that start with the query come first, then by kind, then by name.
 */
export function search(index: readonly SearchEntry[], query: string, limit = 12): SearchEntry[] {
  const words = query.trim().toLowerCase().split(/\s+/).filter(Boolean);
  if (words.length === 0) return [];
  const whole = words.join(' ');
  return index
    .filter((e) => words.every((w) => e.haystack.includes(w)))
    .map((e) => {
      const starts = e.name_zh.toLowerCase().startsWith(whole) || e.name_en.toLowerCase().startsWith(whole);
      const inName = (e.name_zh + ' ' + e.name_en).toLowerCase().includes(whole);
      return { e, rank: (starts ? 0 : inName ? 1 : 2) * 10 + KIND_ORDER[e.kind] };
    })
    .sort((a, b) => a.rank - b.rank || a.e.name_zh.localeCompare(b.e.name_zh, 'zh'))
    .slice(0, limit)
    .map((r) => r.e);
}
