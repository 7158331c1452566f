import type { Lang } from '../i18n/strings.ts';
import { LANGS } from '../i18n/strings.ts';
import type { PlanColumn, PortType, ProjectAction, ProjectStatus, RegionKey } from '../data/enums.ts';
import { PLAN_COLUMNS, PORT_TYPES, PROJECT_ACTIONS, PROJECT_STATUSES, REGIONS } from '../data/enums.ts';
import { parseAsOf } from './as-of.ts';

export interface MapView {
  zoom: number;
  lat: number;
  lng: number;
}

export const LAYER_KEYS = ['ports', 'projects', 'sea', 'rail'] as const;
export type LayerKey = (typeof LAYER_KEYS)[number];

/** Port class as a filter value: `unknown` matches ports whose class no source states. */
export const CLASS_FILTERS = ['I', 'II', 'unknown'] as const;
export type ClassFilter = (typeof CLASS_FILTERS)[number];

export const PANELS = ['filters', 'list', 'legend', 'stats', 'progress', 'about', 'guide'] as const;
export type Panel = (typeof PANELS)[number];

/** How points are drawn: one marker each, grouped into clusters, or as a density surface. */
export const DISPLAYS = ['markers', 'clusters', 'density'] as const;
export type Display = (typeof DISPLAYS)[number];

/** What the city choropleth counts (it is off when the link does not say). */
export const CHOROPLETH_MEASURES = ['projects', 'ports'] as const;
export type ChoroplethMeasure = (typeof CHOROPLETH_MEASURES)[number];

export const BASEMAPS = ['offline', 'osm', 'tianditu'] as const;
export type BasemapKey = (typeof BASEMAPS)[number];

/** What a shared link carries. A filter that is null lets everything through. */
export interface HashState {
  lang: Lang;
  map: MapView | null;
  layers: readonly LayerKey[];
  types: readonly PortType[];
  status: readonly ProjectStatus[] | null;
  action: readonly ProjectAction[] | null;
  column: readonly PlanColumn[] | null;
  city: readonly string[] | null;
  region: readonly RegionKey[] | null;
  class: readonly ClassFilter[] | null;
  sel: string | null;
  panel: Panel | null;
  display: Display;
  choro: ChoroplethMeasure | null;
  /** Ships and trains moving along the routes. */
  anim: boolean;
  /** Presentation mode: full screen, projector theme, no editing clutter. */
  present: boolean;
  /** The guided tour's step, 1-based; null when no tour is running. */
  tour: number | null;
  basemap: BasemapKey;
  /** The day the atlas shows (YYYY-MM-DD); null is today, so a link without it stays current. */
  asof: string | null;
  /** Compact chrome for an iframe in another site's page: no header, a link out to the full atlas. */
  embed: boolean;
  /** Beijing time "HH:MM" (or "now", the device's clock) at which ports are shown open or closed; null asks nothing. */
  open: string | null;
}

export const DEFAULT_STATE: HashState = {
  lang: 'zh',
  map: null,
  layers: LAYER_KEYS,
  types: PORT_TYPES,
  status: null,
  action: null,
  column: null,
  city: null,
  region: null,
  class: null,
  sel: null,
  panel: null,
  display: 'markers',
  choro: null,
  anim: false,
  present: false,
  tour: null,
  basemap: 'offline',
  asof: null,
  embed: false,
  open: null,
};

/** The parameters that filter features (as opposed to view, language and panels); one click resets them. */
export const FILTER_KEYS = ['types', 'status', 'action', 'column', 'city', 'region', 'class'] as const;

export interface ParsedHash {
  state: HashState;
  /** Each parameter or list value that was dropped, as it appeared in the link, e.g. "lang=fr". */
  ignored: string[];
}

interface Codec<T> {
  /** Returns the value and the parts it could not read; undefined drops the whole parameter. */
  parse(raw: string): { value: T; rejected: string[] } | undefined;
  format(value: T): string;
}

function parseMapView(raw: string): MapView | undefined {
  const parts = raw.split('/');
  if (parts.length !== 3 || parts.some((p) => p.trim() === '')) return undefined;
  const [zoom, lat, lng] = parts.map(Number);
  // NaN fails every comparison and ±Infinity the bounds, so no finiteness test is needed.
  const ok = zoom >= 0 && zoom <= 22 && Math.abs(lat) <= 85 && Math.abs(lng) <= 180;
  return ok ? { zoom, lat, lng } : undefined;
}

function formatMapView(view: MapView): string {
  // Precision follows zoom: about a pixel's worth, so links stay short but land on the same view.
  const digits = Math.max(2, Math.min(6, Math.ceil(view.zoom * Math.LOG10E * Math.LN2 + 1)));
  return `${view.zoom.toFixed(2)}/${view.lat.toFixed(digits)}/${view.lng.toFixed(digits)}`;
}

function single<T extends string>(allowed: readonly T[]): Codec<T> {
  return {
    parse: (raw) => ((allowed as readonly string[]).includes(raw) ? { value: raw as T, rejected: [] } : undefined),
    format: (value) => value,
  };
}

/**
 * A comma list of allowed values, kept in the canonical order of `allowed`. Unknown values are
 * dropped one by one; an empty list is allowed only where "none" means something (`emptyOk`).
 */
function list<T extends string | number>(allowed: readonly T[], emptyOk: boolean): Codec<readonly T[]> {
  return {
    parse(raw) {
      const words = raw === '' ? [] : raw.split(',');
      const accepted = new Set<T>();
      const rejected: string[] = [];
      for (const word of words) {
        const match = allowed.find((a) => String(a) === word);
        if (match === undefined) rejected.push(word);
        else accepted.add(match);
      }
      if (accepted.size === 0 && !(emptyOk && words.length === 0)) return undefined;
      return { value: allowed.filter((a) => accepted.has(a)), rejected };
    },
    format: (value) => value.join(','),
  };
}

/** City adcodes: six digits of a Guangdong prefecture (44xx00); whether it exists is checked against the data. */
const cityList: Codec<readonly string[]> = {
  parse(raw) {
    const words = raw.split(',').filter((w) => w !== '');
    const value = [...new Set(words.filter((w) => /^44\d{2}00$/.test(w)))].sort();
    const rejected = words.filter((w) => !/^44\d{2}00$/.test(w));
    return value.length > 0 ? { value, rejected } : undefined;
  },
  format: (value) => value.join(','),
};

/** A switch: `1` on, `0` off. */
const flag: Codec<boolean> = {
  parse: (raw) => (raw === '1' ? { value: true, rejected: [] } : raw === '0' ? { value: false, rejected: [] } : undefined),
  format: (value) => (value ? '1' : '0'),
};

const CODECS: { [K in keyof HashState]: Codec<NonNullable<HashState[K]>> } = {
  lang: single(LANGS),
  map: { parse: (raw) => mapOrUndefined(parseMapView(raw)), format: formatMapView },
  layers: list(LAYER_KEYS, true),
  types: list(PORT_TYPES, true),
  status: list(PROJECT_STATUSES, false),
  action: list(PROJECT_ACTIONS, false),
  column: list(PLAN_COLUMNS, false),
  city: cityList,
  region: list(REGIONS, false),
  class: list(CLASS_FILTERS, false),
  sel: {
    parse: (raw) => (/^[a-z0-9][a-z0-9-]{0,80}$/.test(raw) ? { value: raw, rejected: [] } : undefined),
    format: (value) => value,
  },
  panel: single(PANELS),
  display: single(DISPLAYS),
  choro: single(CHOROPLETH_MEASURES),
  anim: flag,
  present: flag,
  tour: {
    parse: (raw) => (/^[1-9]\d?$/.test(raw) ? { value: Number(raw), rejected: [] } : undefined),
    format: (value) => String(value),
  },
  basemap: single(BASEMAPS),
  asof: {
    parse: (raw) => {
      const value = parseAsOf(raw);
      return value ? { value, rejected: [] } : undefined;
    },
    format: (value) => value,
  },
  embed: flag,
  open: {
    // Only a 24-hour HH:MM: "7pm", "25:00" or "24:00" would leave the reader guessing what was meant.
    parse: (raw) => (raw === 'now' || /^([01]\d|2[0-3]):[0-5]\d$/.test(raw) ? { value: raw, rejected: [] } : undefined),
    format: (value) => value,
  },
};

function mapOrUndefined(view: MapView | undefined) {
  return view ? { value: view, rejected: [] } : undefined;
}

/** The order parameters are written in, so equal states give equal links. */
const ORDER: (keyof HashState)[] = [
  'map', 'lang', 'layers', 'types', 'status', 'action', 'column', 'city', 'region', 'class', 'sel', 'panel', 'display', 'choro',
  'anim', 'present', 'tour', 'basemap', 'asof', 'embed', 'open',
];

function isKnownKey(key: string): key is keyof HashState {
  return Object.hasOwn(CODECS, key);
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

/** Reads `#key=value&…`; a malformed or unknown parameter is dropped and reported, the rest still applies. */
export function parseHash(hash: string): ParsedHash {
  const state: Record<string, unknown> = { ...DEFAULT_STATE };
  const ignored: string[] = [];
  const body = hash.replace(/^#/, '');
  for (const pair of body.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    if (eq < 0) {
      ignored.push(pair);
      continue;
    }
    const key = safeDecode(pair.slice(0, eq));
    const raw = safeDecode(pair.slice(eq + 1));
    const parsed = key !== null && raw !== null && isKnownKey(key) ? CODECS[key].parse(raw) : undefined;
    if (!parsed) {
      ignored.push(pair);
      continue;
    }
    state[key!] = parsed.value;
    for (const word of parsed.rejected) ignored.push(`${key}=${word}`);
  }
  return { state: state as unknown as HashState, ignored };
}

function sameValue(a: unknown, b: unknown): boolean {
  if (Array.isArray(a) && Array.isArray(b)) return a.length === b.length && a.every((x, i) => x === b[i]);
  if (a && b && typeof a === 'object' && typeof b === 'object') {
    const keys = Object.keys(a);
    return keys.length === Object.keys(b).length && keys.every((k) => (a as Record<string, unknown>)[k] === (b as Record<string, unknown>)[k]);
  }
  return a === b;
}

/**
 * `next` with `previous`'s value wherever the two are equal, so that a link change which touches
 * one filter leaves every other value, and everything computed from it, as it was.
 */
export function keepUnchanged(previous: HashState, next: HashState): HashState {
  const merged = { ...next } as Record<string, unknown>;
  for (const key of Object.keys(merged)) {
    const before = (previous as unknown as Record<string, unknown>)[key];
    if (sameValue(before, merged[key])) merged[key] = before;
  }
  return merged as unknown as HashState;
}

/** Writes only what differs from the defaults, in a fixed order. */
export function serializeHash(state: HashState): string {
  const parts: string[] = [];
  for (const key of ORDER) {
    const value = state[key];
    if (value === null || sameValue(value, DEFAULT_STATE[key])) continue;
    const codec = CODECS[key] as Codec<unknown>;
    parts.push(`${key}=${encodeURIComponent(codec.format(value)).replace(/%2C/g, ',').replace(/%2F/g, '/').replace(/%3A/g, ':')}`);
  }
  return parts.length ? `#${parts.join('&')}` : '';
}

/** The state with every filter back at its default; view, language, layers and panel stay. */
export function withFiltersReset(state: HashState): HashState {
  const next = { ...state } as Record<string, unknown>;
  for (const key of FILTER_KEYS) next[key] = DEFAULT_STATE[key];
  return next as unknown as HashState;
}
