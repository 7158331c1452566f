/**
 * geodata/crossings.json (issue #23): what a traveller needs at a port of entry — hours, who and what may cross,
 * the inspection mode, the control point on the other side and the nearest station. Keyed by port id.
 */
import type { Source } from './types.ts';

export const CROSSING_MODES = ['pedestrian', 'private-car', 'coach', 'goods-vehicle', 'train', 'ferry', 'aircraft'] as const;
export type CrossingMode = (typeof CROSSING_MODES)[number];

export const CAR_SCHEMES = ['gd-hk-two-plate', 'gd-macao-two-plate', 'northbound-hk', 'northbound-macao', 'macao-single-plate-hengqin'] as const;
export type CarScheme = (typeof CAR_SCHEMES)[number];

export const INSPECTION_MODES = ['one-place-two-inspections', 'cooperative-one-release', 'two-place-two-inspections', 'unknown'] as const;
export type InspectionMode = (typeof INSPECTION_MODES)[number];

/** Beijing-time ranges "HH:MM-HH:MM" (a close of 24:00, or past midnight), "24h", or "unknown". */
export type Hours = readonly string[] | '24h' | 'unknown';

export interface CrossingHours {
  passenger: Hours;
  /** null: the port carries no goods; "same": goods cross in the passenger hours. */
  goods: Hours | 'same' | null;
  note_zh?: string;
  note_en?: string;
  sources: readonly Source[];
}

export interface CrossingPlace {
  name_zh: string;
  name_en: string;
  sources: readonly Source[];
}

export interface Counterpart extends CrossingPlace {
  region: 'HK' | 'MO';
  lon: number;
  lat: number;
}

export interface Station extends CrossingPlace {
  lines_zh?: string;
  lines_en?: string;
}

export interface Crossing {
  port: string;
  hours: CrossingHours;
  modes: { value: readonly CrossingMode[] | 'unknown'; car_schemes?: readonly CarScheme[]; sources: readonly Source[] };
  inspection: { value: InspectionMode; sources: readonly Source[] };
  counterpart: Counterpart | null;
  station: Station | null;
  status_note_zh?: string;
  status_note_en?: string;
  unknown_searched?: string;
}

export interface Crossings {
  checked: string;
  crossings: readonly Crossing[];
}

export const CROSSINGS_FILE = 'crossings.json';

/** One range: both ends HH:MM, the close may be 24:00; a close before the open runs past midnight. */
export const RANGE = /^([01]\d|2[0-3]):[0-5]\d-(([01]\d|2[0-3]):[0-5]\d|24:00)$/;

const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';
const isObject = (v: unknown): v is Record<string, unknown> => typeof v === 'object' && v !== null && !Array.isArray(v);

export function hoursProblem(value: unknown, allowSame: boolean): string | null {
  if (value === '24h' || value === 'unknown') return null;
  if (allowSame && (value === 'same' || value === null)) return null;
  if (!Array.isArray(value) || value.length === 0) return `must be a list of "HH:MM-HH:MM" ranges, "24h" or "unknown"${allowSame ? ', "same" or null' : ''}`;
  const bad = value.find((r) => typeof r !== 'string' || !RANGE.test(r));
  return bad === undefined ? null : `${JSON.stringify(bad)} is not a range "HH:MM-HH:MM"`;
}

function sourcesProblem(value: unknown): string | null {
  if (!Array.isArray(value)) return 'sources is not a list';
  const i = value.findIndex((s) => !isObject(s) || !isText(s.publisher) || !isText(s.title) || (s.url !== undefined && typeof s.url !== 'string'));
  return i < 0 ? null : `sources[${i}] needs a publisher and a title as text`;
}

/** What the app needs to draw one entry; geodata:check (scripts/lib/check-crossings.ts) holds the rest. */
export function crossingProblem(entry: unknown): string | null {
  if (!isObject(entry)) return 'is not an object';
  const { hours, modes, inspection, counterpart, station } = entry;
  if (!isObject(hours)) return 'hours is not an object';
  const h = hoursProblem(hours.passenger, false) ?? hoursProblem(hours.goods, true);
  if (h) return `hours: ${h}`;
  if (!isObject(modes) || !(modes.value === 'unknown' || (Array.isArray(modes.value) && modes.value.every((m) => (CROSSING_MODES as readonly unknown[]).includes(m))))) {
    return `modes.value must be "unknown" or a list of ${CROSSING_MODES.join(', ')}`;
  }
  if (modes.car_schemes !== undefined && !(Array.isArray(modes.car_schemes) && modes.car_schemes.every((m) => (CAR_SCHEMES as readonly unknown[]).includes(m)))) {
    return `modes.car_schemes must be a list of ${CAR_SCHEMES.join(', ')}`;
  }
  if (!isObject(inspection) || !(INSPECTION_MODES as readonly unknown[]).includes(inspection.value)) return `inspection.value must be one of ${INSPECTION_MODES.join(', ')}`;
  if (counterpart !== null) {
    if (!isObject(counterpart) || !isText(counterpart.name_zh) || !Number.isFinite(counterpart.lon) || !Number.isFinite(counterpart.lat)) {
      return 'counterpart must be null or carry name_zh, lon and lat';
    }
  }
  if (station !== null && (!isObject(station) || !isText(station.name_zh))) return 'station must be null or carry name_zh';
  for (const [key, part] of [['hours', hours], ['modes', modes], ['inspection', inspection], ['counterpart', counterpart], ['station', station]] as const) {
    if (part === null) continue;
    const s = sourcesProblem((part as Record<string, unknown>).sources ?? []);
    if (s) return `${key}.${s}`;
  }
  return null;
}

/** Throws a message naming the file and the port of the first entry the app cannot draw. */
export function parseCrossings(raw: unknown, fileName = CROSSINGS_FILE): Crossings {
  if (!isObject(raw) || !Array.isArray(raw.crossings)) throw new Error(`${fileName}: is not {"checked", "crossings": [...]}`);
  raw.crossings.forEach((entry: unknown, index: number) => {
    const port = isObject(entry) && isText(entry.port) ? entry.port : `#${index}`;
    const problem = isObject(entry) && isText(entry.port) ? crossingProblem(entry) : 'names no port';
    if (problem) throw new Error(`${fileName}: ${port}: ${problem}`);
  });
  return raw as unknown as Crossings;
}

export function crossingsByPort(data: Crossings): ReadonlyMap<string, Crossing> {
  return new Map(data.crossings.map((c) => [c.port, c]));
}
