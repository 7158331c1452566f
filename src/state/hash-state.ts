import type { Lang } from '../i18n/strings.ts';
import { LANGS } from '../i18n/strings.ts';

export interface MapView {
  zoom: number;
  lat: number;
  lng: number;
}

/** What a shared link carries. Parameters not set in the link take the defaults. */
export interface HashState {
  lang: Lang;
  map: MapView | null;
}

export const DEFAULT_STATE: HashState = { lang: 'zh', map: null };

export interface ParsedHash {
  state: HashState;
  /** Each parameter that was dropped, as it appeared in the link, e.g. "lang=fr". */
  ignored: string[];
}

type Parser<K extends keyof HashState> = (raw: string) => HashState[K] | undefined;

function parseMapView(raw: string): MapView | undefined {
  const parts = raw.split('/');
  if (parts.length !== 3 || parts.some((p) => p.trim() === '')) return undefined;
  const [zoom, lat, lng] = parts.map(Number);
  const ok = [zoom, lat, lng].every(Number.isFinite) && zoom >= 0 && zoom <= 22 && Math.abs(lat) <= 85 && Math.abs(lng) <= 180;
  return ok ? { zoom, lat, lng } : undefined;
}

const PARSERS: { [K in keyof HashState]: Parser<K> } = {
  lang: (raw) => (LANGS as readonly string[]).includes(raw) ? (raw as Lang) : undefined,
  map: parseMapView,
};

function isKnownKey(key: string): key is keyof HashState {
  return Object.hasOwn(PARSERS, key);
}

/** Reads `#key=value&…`; a malformed or unknown parameter is dropped and reported, the rest still applies. */
export function parseHash(hash: string): ParsedHash {
  const state: HashState = { ...DEFAULT_STATE };
  const ignored: string[] = [];
  const body = hash.replace(/^#/, '');
  if (body === '') return { state, ignored };
  for (const pair of body.split('&')) {
    if (pair === '') continue;
    const eq = pair.indexOf('=');
    const key = safeDecode(eq < 0 ? pair : pair.slice(0, eq));
    const raw = safeDecode(eq < 0 ? '' : pair.slice(eq + 1));
    const value = key !== null && raw !== null && isKnownKey(key) ? PARSERS[key](raw as never) : undefined;
    if (value === undefined) ignored.push(pair);
    else (state as unknown as Record<string, unknown>)[key!] = value;
  }
  return { state, ignored };
}

function safeDecode(text: string): string | null {
  try {
    return decodeURIComponent(text);
  } catch {
    return null;
  }
}

function formatMapView(view: MapView): string {
  // Precision follows zoom: about a pixel's worth, so links stay short but land on the same view.
  const digits = Math.max(2, Math.min(6, Math.ceil(view.zoom * Math.LOG10E * Math.LN2 + 1)));
  return `${view.zoom.toFixed(2)}/${view.lat.toFixed(digits)}/${view.lng.toFixed(digits)}`;
}

/** Writes only what differs from the defaults, in a fixed order, so equal states give equal links. */
export function serializeHash(state: HashState): string {
  const parts: string[] = [];
  if (state.map) parts.push(`map=${formatMapView(state.map)}`);
  if (state.lang !== DEFAULT_STATE.lang) parts.push(`lang=${state.lang}`);
  return parts.length ? `#${parts.join('&')}` : '';
}
