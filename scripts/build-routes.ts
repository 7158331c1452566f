/**
 * Builds the route geometry of the atlas from the hand-kept inputs in geodata/src/:
 *   routes-sea.geojson  – container-line destinations: terminal → fairway → sea-lane network → destination
 *   routes-rail.geojson – China–Europe / Central Asia / Asia rail services: origin → via points → destination
 * Run: npm run geodata:routes   (add --out DIR to write elsewhere). The output is byte-for-byte reproducible and
 * is written only if scripts/lib/check-routes.ts accepts it.
 */
import { copyFileSync, readFileSync } from 'node:fs';
import { join, resolve } from 'node:path';
import type { Feature, LineString, Position } from 'geojson';
import type { BorderCrossing, RailService, SeaRegion } from '../src/data/enums.ts';
import type { RailRouteProperties, SeaRouteProperties, Source } from '../src/data/types.ts';
import type { RecordDate } from '../src/data/record-dates.ts';
import seaSource from '../geodata/src/routes-sea.json' with { type: 'json' };
import railSource from '../geodata/src/routes-rail.json' with { type: 'json' };
import terminalSource from '../geodata/src/sea-terminals.json' with { type: 'json' };
import { featureCollectionText, writeAllOrNothing } from './lib/atomic-write.ts';
import { RAIL_FILE, SEA_FILE, checkRoutes } from './lib/check-routes.ts';
import { LAND_FILES, LandIndex, haversineKm, lineLengthKm } from './lib/route-geometry.ts';
import { GeodataError } from './lib/issues.ts';
import { PORT_APPROACHES, ROUTE_VIAS } from './lib/sea-lane-fixes.ts';
import { createSeaRouter, dropRepeats, removeSpikes, unwrapLongitudes } from './lib/sea-lanes.ts';

const root = resolve(import.meta.dirname, '..');
const geodata = join(root, 'geodata');

interface Terminal {
  port: string;
  name_zh: string;
  name_en: string;
  coordinates: Position;
  fairway: Position[];
}

interface SeaInput {
  id: string;
  from_terminal: string;
  to_port_name_zh: string;
  to_port_name_en: string;
  to_country: string;
  to_country_zh: string;
  to_region: string;
  to_coordinates: Position;
  service_hint: string | null;
  note?: string;
  sources: Source[];
  checked: RecordDate;
}

interface RailInput {
  id: string;
  origin_terminal: string;
  destination_name_zh: string;
  destination_name_en: string;
  destination_country: string;
  destination_coordinates: Position;
  border_crossing: string | null;
  first_run: string | null;
  via_zh: string[];
  via_coordinates: Position[];
  via_in_source: string[];
  note?: string;
  sources: Source[];
  checked: RecordDate;
}

const terminals = terminalSource as Record<string, Terminal>;

/** origin_terminal keys of routes-rail.json → port ids in ports.geojson. */
const RAIL_ORIGINS: Record<string, string> = {
  'guangzhou-dalang': 'port-guangzhou-dalang-rail-freight',
  'guangzhou-international-port': 'port-guangzhou-international-port-rail-freight',
  'guangzhou-zengcheng-west': 'port-zengcheng-west-rail-freight',
  'shenzhen-pinghunan': 'port-pinghu-south-rail-freight',
  'dongguan-shilong': 'port-shilong-rail-freight',
  'dongguan-changping': 'port-changping-rail-loading-point',
  'shenzhen-yantian-port': 'port-yantian',
  'jiangmen-north': 'port-jiangmen-north-rail-freight',
};

/** Destination country → rail service: Russia, Belarus and Europe; Central Asia; the rest of Asia. */
const RAIL_SERVICE_BY_COUNTRY: Record<string, RailService> = {
  RU: 'china-europe',
  BY: 'china-europe',
  PL: 'china-europe',
  DE: 'china-europe',
  LT: 'china-europe',
  NL: 'china-europe',
  BE: 'china-europe',
  FR: 'china-europe',
  IT: 'china-europe',
  ES: 'china-europe',
  CZ: 'china-europe',
  HU: 'china-europe',
  KZ: 'china-central-asia',
  UZ: 'china-central-asia',
  KG: 'china-central-asia',
  TJ: 'china-central-asia',
  TM: 'china-central-asia',
  MN: 'china-asia',
  LA: 'china-asia',
  VN: 'china-asia',
  TH: 'china-asia',
  MM: 'china-asia',
};

/** Bilingual notes are "中文。/ English": split at the first slash followed by a space. */
export function splitNote(note: string | undefined): { zh: string | null; en: string | null } {
  if (!note?.trim()) return { zh: null, en: null };
  const match = /^(.*?)\s*\/\s+(.*)$/s.exec(note);
  if (!match || !match[1].trim() || !match[2].trim()) return { zh: note.trim(), en: null };
  return { zh: match[1].trim(), en: match[2].trim() };
}

const round = (value: number, decimals: number) => {
  const r = Math.round(value * 10 ** decimals) / 10 ** decimals;
  return r === 0 ? 0 : r; // no -0 in the output
};

/** Within this distance of either end, coordinates keep 5 decimals (≈ 1 m); elsewhere 4 (≈ 10 m). */
const FINE_KM = 40;

function roundLine(line: Position[]): Position[] {
  const [start, end] = [line[0], line[line.length - 1]];
  const rounded = line.map((p) => {
    const fine = haversineKm(p, start) < FINE_KM || haversineKm(p, end) < FINE_KM;
    const d = fine ? 5 : 4;
    return [round(p[0], d), round(p[1], d)];
  });
  return rounded.filter((p, i) => i === 0 || p[0] !== rounded[i - 1][0] || p[1] !== rounded[i - 1][1]);
}

function buildSea(): Feature<LineString, SeaRouteProperties>[] {
  const routes = seaSource as SeaInput[];
  const plans = routes.map((r) => {
    const terminal = terminals[r.from_terminal];
    if (!terminal) throw new Error(`${r.id}: unknown from_terminal "${r.from_terminal}" (add it to geodata/src/sea-terminals.json)`);
    const approach = PORT_APPROACHES.find((a) => a.port[0] === r.to_coordinates[0] && a.port[1] === r.to_coordinates[1]);
    const head = [terminal.coordinates, ...terminal.fairway];
    const tail = [...(approach?.via ?? []), r.to_coordinates];
    const legs = [head[head.length - 1], ...(ROUTE_VIAS[r.id]?.via ?? []), tail[0]];
    return { r, terminal, head, tail, legs };
  });
  const land = LandIndex.fromDir(geodata, []);
  const router = createSeaRouter(plans.flatMap((p) => p.legs), land);
  return plans.map(({ r, terminal, head, tail, legs }) => {
    const network: Position[] = [];
    for (let i = 1; i < legs.length; i++) {
      const path = router.route(legs[i - 1], legs[i]);
      network.push(...(i === 1 ? path : path.slice(1)));
    }
    const joined = dropRepeats(unwrapLongitudes([...head.slice(0, -1), ...network, ...tail.slice(1)]));
    const line = roundLine(removeSpikes(joined, land));
    const note = splitNote(r.note);
    const properties: SeaRouteProperties = {
      id: r.id,
      from_port: terminal.port,
      from_terminal_zh: terminal.name_zh,
      to_port_name_zh: r.to_port_name_zh,
      to_port_name_en: r.to_port_name_en,
      to_country: r.to_country,
      to_country_zh: r.to_country_zh,
      to_region: r.to_region as SeaRegion,
      service_hint: r.service_hint ?? null,
      length_km: Math.round(lineLengthKm(line)),
      note_zh: note.zh,
      note_en: note.en,
      sources: r.sources,
      checked: r.checked,
    };
    return { type: 'Feature', properties, geometry: { type: 'LineString', coordinates: line } };
  });
}

function railBorder(r: RailInput): BorderCrossing {
  if (r.border_crossing === null) return 'unknown';
  if (r.border_crossing !== 'other') return r.border_crossing as BorderCrossing;
  if (r.via_zh.includes('伊尔克什坦')) return 'irkeshtam';
  if (r.via_zh.includes('磨憨')) return 'mohan';
  throw new Error(`${r.id}: border_crossing "other" but neither 伊尔克什坦 nor 磨憨 is in via_zh`);
}

/**
 * origin → via points → destination. Consecutive duplicates are dropped, and so is a first via point close to
 * the origin (the origin's own city) when going through it would make the line double back.
 */
export function railLine(origin: Position, via: Position[], destination: Position): Position[] {
  const points = [origin, ...via, destination].map((p) => [round(p[0], 4), round(p[1], 4)]);
  const line = points.filter((p, i) => i === 0 || p[0] !== points[i - 1][0] || p[1] !== points[i - 1][1]);
  if (line.length >= 3) {
    const [o, v, next] = line;
    const dot = (v[0] - o[0]) * (next[0] - v[0]) + (v[1] - o[1]) * (next[1] - v[1]);
    if (haversineKm(o, v) < 30 && dot < 0) line.splice(1, 1);
  }
  return line;
}

function buildRail(ports: Map<string, Position>): Feature<LineString, RailRouteProperties>[] {
  return (railSource as RailInput[]).map((r) => {
    const origin = RAIL_ORIGINS[r.origin_terminal];
    if (!origin) throw new Error(`${r.id}: unknown origin_terminal "${r.origin_terminal}"`);
    const service = RAIL_SERVICE_BY_COUNTRY[r.destination_country];
    if (!service) throw new Error(`${r.id}: no rail service known for destination country ${r.destination_country}`);
    if (r.via_coordinates.length !== r.via_zh.length) throw new Error(`${r.id}: via_zh and via_coordinates differ in length`);
    const start = ports.get(origin);
    if (!start) throw new Error(`${r.id}: origin port ${origin} is not in ports.geojson`);
    const line = railLine(start, r.via_coordinates, r.destination_coordinates);
    const note = splitNote(r.note);
    const properties: RailRouteProperties = {
      id: r.id,
      origin,
      service,
      destination_name_zh: r.destination_name_zh,
      destination_name_en: r.destination_name_en,
      destination_country: r.destination_country,
      border_crossing: railBorder(r),
      first_run: r.first_run,
      via_zh: r.via_zh,
      via_in_source: r.via_in_source,
      length_km: Math.round(lineLengthKm(line)),
      note_zh: note.zh,
      note_en: note.en,
      sources: r.sources,
      checked: r.checked,
    };
    return { type: 'Feature', properties, geometry: { type: 'LineString', coordinates: line } };
  });
}

function readPorts(): Map<string, Position> {
  const ports = JSON.parse(readFileSync(join(geodata, 'ports.geojson'), 'utf8')) as {
    features: Feature<{ type: 'Point'; coordinates: Position }, { id: string }>[];
  };
  return new Map(ports.features.map((f) => [f.properties.id, f.geometry.coordinates]));
}

/** The text of both output files. */
export async function buildRoutes(): Promise<Record<string, string>> {
  const ports = readPorts();
  return {
    [SEA_FILE]: featureCollectionText(buildSea()),
    [RAIL_FILE]: featureCollectionText(buildRail(ports)),
  };
}

/** Checks staged route files against the ports and land polygons of geodata/. */
export function verifyStaged(staged: string): void {
  for (const name of ['ports.geojson', ...LAND_FILES]) copyFileSync(join(geodata, name), join(staged, name));
  const issues = checkRoutes(staged);
  if (issues.length > 0) throw new GeodataError(issues);
}

async function main(): Promise<void> {
  const started = Date.now();
  const outIndex = process.argv.indexOf('--out');
  const outDir = outIndex > 0 ? resolve(process.argv[outIndex + 1]) : geodata;
  const files = await buildRoutes();
  const built = Date.now();
  writeAllOrNothing(outDir, files, verifyStaged);
  for (const [name, text] of Object.entries(files)) {
    const count = (text.match(/\n\{"type":"Feature"/g) ?? []).length;
    console.log(`geodata:routes wrote ${join(outDir, name)} (${count} routes, ${(Buffer.byteLength(text) / 1024).toFixed(0)} KB)`);
  }
  console.log(`geodata:routes: build ${built - started} ms, check ${Date.now() - built} ms`);
}

if (import.meta.url === `file://${process.argv[1]}`) {
  main().catch((error: unknown) => {
    if (error instanceof GeodataError) console.error(`geodata:routes failed; nothing was written.\n${error.message}`);
    else console.error('geodata:routes failed:', error);
    process.exit(1);
  });
}
