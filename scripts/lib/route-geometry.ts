/**
 * Where a route line may run: distances and sampling along lines, the land polygons of the basemap
 * (LandIndex) and the waterway zones where the basemap draws water as land. Shared by the route check
 * (check-routes.ts) and the sea-lane router (sea-lanes.ts, build-routes.ts).
 */
import type { Position } from 'geojson';
import { readCollection } from './check-common.ts';
import type { GeodataIssue } from './issues.ts';

export const LAND_FILES = ['cities.geojson', 'context.geojson', 'world.geojson', 'detail.geojson'] as const;

/** Sampling step along sea lines, km. */
const SAMPLE_KM = 5;
/** Samples this close to either end of a route may lie on land: terminals and destination quays sit on the shore. */
export const END_ALLOWANCE_KM = 15;

/**
 * Water that the basemap draws as land. Suez and Panama are the canals the lanes use (no route uses the Kiel
 * Canal: the Baltic routes go round Skagen). The others are navigable rivers and estuaries that the basemap
 * closes: the Guangdong city outlines meet along the middle of the Pearl River above Humen (狮子洋), and
 * Natural Earth 1:50m has no water for the lower Elbe, the Western Scheldt, the Savannah River or the Long Tau
 * River. Each zone is a narrow polygon round the channel only, so a line cut across land elsewhere is still caught.
 */
export const WATERWAY_ZONES: readonly { name: string; ring: Position[] }[] = [
  { name: 'Suez Canal', ring: [[32.1, 29.85], [32.65, 29.85], [32.65, 31.35], [32.1, 31.35]] },
  { name: 'Panama Canal', ring: [[-80, 8.8], [-79.45, 8.8], [-79.45, 9.6], [-80, 9.6]] },
  {
    name: '狮子洋 Shiziyang (Pearl River between Dongguan Shatian and Humen)',
    ring: [[113.555, 22.885], [113.6, 22.885], [113.705, 22.735], [113.66, 22.72], [113.555, 22.85]],
  },
  {
    name: 'Lower Elbe (Cuxhaven to Hamburg)',
    ring: [
      [8.6, 53.95], [9.05, 53.93], [9.3, 53.92], [9.45, 53.8], [9.6, 53.68], [9.8, 53.6], [9.95, 53.58], [9.95, 53.51],
      [9.7, 53.52], [9.55, 53.58], [9.45, 53.66], [9.32, 53.8], [9.2, 53.83], [9, 53.83], [8.6, 53.86],
    ],
  },
  {
    name: 'Western Scheldt (Vlissingen to Antwerp)',
    ring: [
      [3.45, 51.52], [3.75, 51.46], [4, 51.47], [4.22, 51.43], [4.32, 51.35], [4.32, 51.26], [4.22, 51.27], [4.15, 51.35],
      [3.95, 51.36], [3.75, 51.34], [3.5, 51.4], [3.4, 51.46],
    ],
  },
  {
    name: 'Savannah River (Tybee Roads to Savannah)',
    ring: [[-80.75, 31.96], [-80.85, 31.99], [-81.05, 32.05], [-81.17, 32.09], [-81.17, 32.16], [-81.05, 32.12], [-80.85, 32.07], [-80.75, 32.04]],
  },
  {
    name: 'Long Tau River (Ganh Rai Bay to Cat Lai, Ho Chi Minh City)',
    ring: [
      [107.02, 10.55], [106.95, 10.66], [106.86, 10.71], [106.8, 10.74], [106.8, 10.79], [106.76, 10.79], [106.74, 10.7],
      [106.84, 10.63], [106.93, 10.56], [106.98, 10.52],
    ],
  },
];

const RAD = Math.PI / 180;
const EARTH_KM = 6371.0088;

export function haversineKm(a: Position, b: Position): number {
  const dLat = (b[1] - a[1]) * RAD;
  const dLng = (b[0] - a[0]) * RAD;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * RAD) * Math.cos(b[1] * RAD) * Math.sin(dLng / 2) ** 2;
  return 2 * EARTH_KM * Math.asin(Math.min(1, Math.sqrt(h)));
}

export function lineLengthKm(coordinates: Position[]): number {
  let km = 0;
  for (let i = 1; i < coordinates.length; i++) km += haversineKm(coordinates[i - 1], coordinates[i]);
  return km;
}

const mercatorY = (lat: number) => Math.log(Math.tan(Math.PI / 4 + (lat * RAD) / 2));
const inverseMercatorY = (y: number) => (2 * Math.atan(Math.exp(y)) - Math.PI / 2) / RAD;

/**
 * Points every ≤ stepKm along a line, interpolated the way the map draws it: straight in Web Mercator
 * (linear in longitude and in Mercator y). Longitudes may run past ±180 (unwrapped lines).
 */
export function sampleLine(coordinates: Position[], stepKm: number): Position[] {
  const samples: Position[] = coordinates.length > 0 ? [coordinates[0]] : [];
  for (let i = 1; i < coordinates.length; i++) {
    const [a, b] = [coordinates[i - 1], coordinates[i]];
    const n = Math.max(1, Math.ceil(haversineKm(a, b) / stepKm));
    const [ya, yb] = [mercatorY(a[1]), mercatorY(b[1])];
    for (let k = 1; k <= n; k++) {
      const t = k / n;
      samples.push([a[0] + (b[0] - a[0]) * t, inverseMercatorY(ya + (yb - ya) * t)]);
    }
  }
  return samples;
}

export function pointInRing(point: Position, ring: Position[]): boolean {
  const [x, y] = point;
  let inside = false;
  for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
    const [xi, yi] = ring[i];
    const [xj, yj] = ring[j];
    if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
  }
  return inside;
}

export function waterwayZoneAt(point: Position): string | null {
  const p: Position = [wrapLng(point[0]), point[1]];
  for (const zone of WATERWAY_ZONES) if (pointInRing(p, zone.ring)) return zone.name;
  return null;
}

const wrapLng = (lng: number) => ((((lng + 180) % 360) + 360) % 360) - 180;

/**
 * Point-in-land lookup over every land polygon, indexed by latitude band: a query casts a ray east and
 * only tests the ring edges of its band, counting crossings per polygon part (parts may overlap across files,
 * e.g. neighbouring provinces in context.geojson over China in world.geojson).
 */
export class LandIndex {
  private static readonly BAND = 0.05;
  private readonly bands = new Map<number, number[]>();
  private readonly edges: number[] = [];
  private readonly partOfEdge: number[] = [];
  private readonly parity: Uint8Array;
  readonly partNames: string[] = [];

  constructor(areas: { name: string; rings: Position[][] }[]) {
    areas.forEach((area) => {
      const part = this.partNames.length;
      this.partNames.push(area.name);
      for (const ring of area.rings) {
        for (let i = 1; i < ring.length; i++) this.addEdge(part, ring[i - 1], ring[i]);
        const [first, last] = [ring[0], ring[ring.length - 1]];
        if (first[0] !== last[0] || first[1] !== last[1]) this.addEdge(part, last, first);
      }
    });
    this.parity = new Uint8Array(this.partNames.length);
  }

  static fromDir(dir: string, issues: GeodataIssue[]): LandIndex {
    const areas: { name: string; rings: Position[][] }[] = [];
    for (const file of LAND_FILES) {
      const read = readCollection(dir, file, issues);
      if (!read) continue;
      for (const feature of read.collection.features) {
        const p = feature.properties ?? {};
        const name = `${file} ${p.name_zh ?? p.name_en ?? p.code ?? p.adcode ?? '?'}`;
        const g = feature.geometry;
        const polygons = g?.type === 'Polygon' ? [g.coordinates] : g?.type === 'MultiPolygon' ? g.coordinates : [];
        for (const rings of polygons) {
          if (file === 'world.geojson' && p.code === 'CN' && isDashSymbol(rings[0])) continue;
          areas.push({ name, rings });
        }
      }
    }
    return new LandIndex(areas);
  }

  private addEdge(part: number, a: Position, b: Position): void {
    if (a[1] === b[1]) return; // horizontal edges never cross an eastward ray
    const index = this.edges.length / 4;
    this.edges.push(a[0], a[1], b[0], b[1]);
    this.partOfEdge.push(part);
    const [lo, hi] = [Math.min(a[1], b[1]), Math.max(a[1], b[1])];
    for (let band = Math.floor(lo / LandIndex.BAND); band <= Math.floor(hi / LandIndex.BAND); band++) {
      let list = this.bands.get(band);
      if (!list) this.bands.set(band, (list = []));
      list.push(index);
    }
  }

  /** The name of the land polygon containing the point, or null when it is in water. */
  landAt(point: Position): string | null {
    const x = wrapLng(point[0]);
    const y = point[1];
    const list = this.bands.get(Math.floor(y / LandIndex.BAND));
    if (!list) return null;
    const touched: number[] = [];
    for (const e of list) {
      const [x1, y1, x2, y2] = [this.edges[4 * e], this.edges[4 * e + 1], this.edges[4 * e + 2], this.edges[4 * e + 3]];
      if (y1 > y !== y2 > y && x < ((x2 - x1) * (y - y1)) / (y2 - y1) + x1) {
        const part = this.partOfEdge[e];
        if (this.parity[part] === 0) touched.push(part);
        this.parity[part] ^= 1;
      }
    }
    let found: string | null = null;
    for (const part of touched) {
      if (this.parity[part] === 1 && found === null) found = this.partNames[part];
      this.parity[part] = 0;
    }
    return found;
  }
}

/**
 * world.geojson draws the ten-dash line in the South China Sea as parts of China's MultiPolygon: thin
 * quadrilateral-like strokes about 2 km wide and 120 km long. They are a boundary symbol, not land, so the land
 * check skips them (a part whose outline is over 150 km and whose mean width, 2 × area / perimeter, is under 3 km).
 * Islands and reefs, however small, stay land.
 */
function isDashSymbol(ring: Position[]): boolean {
  const ky = 110.57;
  const kx = 111.32 * Math.cos(ring[0][1] * RAD);
  let twiceArea = 0;
  let perimeter = 0;
  for (let i = 1; i < ring.length; i++) {
    const [x1, y1] = ring[i - 1];
    const [x2, y2] = ring[i];
    twiceArea += x1 * kx * (y2 * ky) - x2 * kx * (y1 * ky);
    perimeter += Math.hypot((x2 - x1) * kx, (y2 - y1) * ky);
  }
  return perimeter > 150 && Math.abs(twiceArea) / perimeter < 3;
}

/** Stretches of a line that lie on land away from both ends and outside the waterway zones. */
export function landStretches(
  coordinates: Position[],
  land: LandIndex,
): { at: Position; land: string; samples: number; fromStartKm: number }[] {
  const stretches: { at: Position; land: string; samples: number; fromStartKm: number }[] = [];
  if (coordinates.length < 2) return stretches;
  const [start, end] = [coordinates[0], coordinates[coordinates.length - 1]];
  let current: (typeof stretches)[number] | null = null;
  for (const sample of sampleLine(coordinates, SAMPLE_KM)) {
    const away = haversineKm(sample, start) > END_ALLOWANCE_KM && haversineKm(sample, end) > END_ALLOWANCE_KM;
    const onLand = away ? land.landAt(sample) : null;
    if (onLand && !waterwayZoneAt(sample)) {
      if (current) current.samples++;
      else stretches.push((current = { at: sample, land: onLand, samples: 1, fromStartKm: haversineKm(sample, start) }));
    } else current = null;
  }
  return stretches;
}
