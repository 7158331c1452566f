/**
 * Rules for geodata/crossings.json (issue #23). The app's loader only makes sure it can draw an entry
 * (src/data/crossings.ts); these hold the data to what a traveller may rely on. Links in its sources are checked
 * with every other file's by check-links.ts.
 */
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { distance } from '@turf/turf';
import { CAR_SCHEMES, CROSSING_MODES, CROSSINGS_FILE, INSPECTION_MODES, RANGE } from '../../src/data/crossings.ts';
import type { GeodataIssue } from './issues.ts';

/** The other side's control point is across a river or a bridge's end, never farther. */
export const COUNTERPART_MAX_KM = 3;
const REGIONS = ['HK', 'MO'];

type Rec = Record<string, unknown>;
type Report = (id: string, rule: string, message: string) => void;
const isObject = (v: unknown): v is Rec => typeof v === 'object' && v !== null && !Array.isArray(v);
const isText = (v: unknown): v is string => typeof v === 'string' && v.trim() !== '';

function readJson(dir: string, file: string, report: Report): unknown {
  const path = join(dir, file);
  if (!existsSync(path)) return report('(file)', 'file-exists', 'file is missing');
  try {
    return JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return report('(file)', 'json-parse', (error as Error).message);
  }
}

/** The port points by id, read straight from ports.geojson (its own checks run in check-places.ts). */
function portPoints(dir: string): Map<string, number[]> | null {
  try {
    const ports = JSON.parse(readFileSync(join(dir, 'ports.geojson'), 'utf8')) as { features: { properties: Rec; geometry: { type: string; coordinates: number[] } }[] };
    return new Map(ports.features.filter((f) => f.geometry?.type === 'Point').map((f) => [String(f.properties.id), f.geometry.coordinates]));
  } catch {
    return null;
  }
}

function checkHours(value: unknown, where: string, allowSame: boolean, id: string, report: Report): void {
  if (value === '24h' || value === 'unknown' || (allowSame && (value === 'same' || value === null))) return;
  if (!Array.isArray(value) || value.length === 0) {
    return report(id, 'hours-format', `${where} must be a list of "HH:MM-HH:MM" ranges, "24h" or "unknown"${allowSame ? ', "same" or null' : ''}`);
  }
  for (const range of value) {
    if (range === '24h' || range === 'unknown') report(id, 'hours-24h', `${where} mixes "${range}" with ranges: write "${range}" alone`);
    else if (typeof range !== 'string' || !RANGE.test(range)) report(id, 'hours-format', `${where}: ${JSON.stringify(range)} is not a Beijing-time range "HH:MM-HH:MM"`);
    else if (range === '00:00-24:00') report(id, 'hours-24h', `${where}: 00:00-24:00 is open all day: write "24h"`);
    else if (range.slice(0, 5) === range.slice(6)) report(id, 'hours-format', `${where}: ${range} opens and closes at the same time`);
  }
}

function checkVocabulary(entry: Rec, id: string, report: Report): void {
  const modes = isObject(entry.modes) ? entry.modes : {};
  if (modes.value !== 'unknown') {
    if (!Array.isArray(modes.value) || modes.value.length === 0) report(id, 'vocabulary', `modes.value must be "unknown" or a list of ${CROSSING_MODES.join(', ')}`);
    else for (const m of modes.value) if (!(CROSSING_MODES as readonly unknown[]).includes(m)) report(id, 'vocabulary', `modes.value: ${JSON.stringify(m)} is not one of ${CROSSING_MODES.join(', ')}`);
  }
  if (modes.car_schemes !== undefined) {
    if (!Array.isArray(modes.car_schemes)) report(id, 'vocabulary', 'modes.car_schemes must be a list');
    else for (const s of modes.car_schemes) if (!(CAR_SCHEMES as readonly unknown[]).includes(s)) report(id, 'vocabulary', `modes.car_schemes: ${JSON.stringify(s)} is not one of ${CAR_SCHEMES.join(', ')}`);
  }
  const inspection = isObject(entry.inspection) ? entry.inspection.value : undefined;
  if (!(INSPECTION_MODES as readonly unknown[]).includes(inspection)) report(id, 'vocabulary', `inspection.value: ${JSON.stringify(inspection)} is not one of ${INSPECTION_MODES.join(', ')}`);
  if (isObject(entry.counterpart) && !REGIONS.includes(entry.counterpart.region as string)) report(id, 'vocabulary', `counterpart.region must be HK or MO`);
}

/** A field that states something names who says so; one that says "unknown" says where it was searched. */
function checkSourced(entry: Rec, id: string, report: Report): void {
  const hours = isObject(entry.hours) ? entry.hours : {};
  const modes = isObject(entry.modes) ? entry.modes : {};
  const inspection = isObject(entry.inspection) ? entry.inspection : {};
  const parts: [string, Rec | null, boolean][] = [
    ['hours', hours, hours.passenger === 'unknown' && (hours.goods === 'unknown' || hours.goods === null || hours.goods === 'same')],
    ['modes', modes, modes.value === 'unknown'],
    ['inspection', inspection, inspection.value === 'unknown'],
    ['counterpart', isObject(entry.counterpart) ? entry.counterpart : null, false],
    ['station', isObject(entry.station) ? entry.station : null, false],
  ];
  for (const [key, part, unknown] of parts) {
    if (!part || unknown) continue;
    if (!Array.isArray(part.sources) || part.sources.length === 0) report(id, 'source-required', `${key} states something and needs at least one source`);
  }
  const unknowns = [hours.passenger === 'unknown' && 'hours.passenger', hours.goods === 'unknown' && 'hours.goods', modes.value === 'unknown' && 'modes.value', inspection.value === 'unknown' && 'inspection.value'].filter(Boolean);
  if (unknowns.length > 0 && !isText(entry.unknown_searched)) report(id, 'unknown-searched', `${unknowns.join(', ')} ${unknowns.length > 1 ? 'are' : 'is'} "unknown": unknown_searched must say what was searched`);
}

function checkCounterpart(entry: Rec, port: number[] | undefined, id: string, report: Report): void {
  const c = entry.counterpart;
  if (c === null) return;
  if (!isObject(c) || !isText(c.name_zh) || !isText(c.name_en)) return report(id, 'counterpart-fields', 'counterpart must be null or carry name_zh, name_en, region, lon, lat and sources');
  if (typeof c.lon !== 'number' || typeof c.lat !== 'number') return report(id, 'counterpart-fields', 'counterpart.lon and .lat must be numbers');
  if (!port) return;
  const km = distance(port, [c.lon, c.lat], { units: 'kilometers' });
  if (km > COUNTERPART_MAX_KM) report(id, 'counterpart-near', `counterpart ${c.name_zh} is ${km.toFixed(1)} km from the port (at most ${COUNTERPART_MAX_KM} km)`);
}

export function checkCrossings(dir: string): GeodataIssue[] {
  const issues: GeodataIssue[] = [];
  const report: Report = (id, rule, message) => void issues.push({ file: CROSSINGS_FILE, id, rule, message });
  const data = readJson(dir, CROSSINGS_FILE, report);
  if (data === undefined) return issues;
  if (!isObject(data) || !Array.isArray(data.crossings)) return [...issues, { file: CROSSINGS_FILE, id: '(file)', rule: 'crossings-shape', message: 'must be {"checked", "crossings": [...]}' }];
  if (typeof data.checked !== 'string' || !/^\d{4}-\d{2}-\d{2}$/.test(data.checked)) report('(file)', 'checked-date', '"checked" must be a date YYYY-MM-DD');
  const ports = portPoints(dir);
  const seen = new Set<string>();
  data.crossings.forEach((entry: unknown, index: number) => {
    if (!isObject(entry) || !isText(entry.port)) return report(`#${index}`, 'crossing-port', 'entry names no port');
    const id = entry.port;
    if (seen.has(id)) report(id, 'crossing-port', `${id} has two entries`);
    seen.add(id);
    if (ports && !ports.has(id)) report(id, 'crossing-port', `${id} is not a port in ports.geojson`);
    if (!isObject(entry.hours)) report(id, 'hours-format', 'hours must be an object');
    else {
      checkHours(entry.hours.passenger, 'hours.passenger', false, id, report);
      checkHours(entry.hours.goods, 'hours.goods', true, id, report);
    }
    checkVocabulary(entry, id, report);
    checkSourced(entry, id, report);
    checkCounterpart(entry, ports?.get(id), id, report);
    if (entry.station !== null && !(isObject(entry.station) && isText(entry.station.name_zh))) report(id, 'station-fields', 'station must be null or carry name_zh, name_en and sources');
  });
  return issues;
}
