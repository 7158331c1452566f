import { readFileSync } from 'node:fs';
import { resolve } from 'node:path';
import type { Feature, FeatureCollection, MultiPolygon, Point, Polygon, Position } from 'geojson';
import { PLAN_COLUMNS, PORT_TYPES, PROJECT_ACTIONS, PROJECT_STATUSES, type PortSubtype, type ProjectStatus, type PortType } from '../src/data/enums.ts';
import type { CityProperties, ProjectProperties } from '../src/data/types.ts';

/** Deterministic: the same seed gives the same projects, so runs compare. */
function mulberry32(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

/** Even-odd ray casting over every ring, so holes are excluded. */
function inRings(rings: Position[][], x: number, y: number): boolean {
  let inside = false;
  for (const ring of rings) {
    for (let i = 0, j = ring.length - 1; i < ring.length; j = i++) {
      const [xi, yi] = ring[i];
      const [xj, yj] = ring[j];
      if (yi > y !== yj > y && x < ((xj - xi) * (y - yi)) / (yj - yi) + xi) inside = !inside;
    }
  }
  return inside;
}

interface CityShape {
  adcode: string;
  polygons: Position[][][];
  bbox: [number, number, number, number];
}

function cityShapes(): CityShape[] {
  const path = resolve(import.meta.dirname, '../geodata/cities.geojson');
  const cities = JSON.parse(readFileSync(path, 'utf8')) as FeatureCollection<Polygon | MultiPolygon, CityProperties>;
  return cities.features.map((f) => {
    const polygons = f.geometry.type === 'Polygon' ? [f.geometry.coordinates] : f.geometry.coordinates;
    const points = polygons.flatMap((p) => p[0]);
    const xs = points.map((p) => p[0]);
    const ys = points.map((p) => p[1]);
    return { adcode: f.properties.adcode, polygons, bbox: [Math.min(...xs), Math.min(...ys), Math.max(...xs), Math.max(...ys)] };
  });
}

const SUBTYPE: Record<PortType, PortSubtype> = { water: 'sea-cargo', land: 'road', air: 'airport', rail: 'rail-freight' };

/**
 * `count` valid plan projects (ProjectProperties) at random points inside Guangdong's city polygons:
 * a city drawn at random, then a point drawn in its bounding box until it falls inside the city.
 */
export function syntheticProjects(count: number, seed = 20211231): FeatureCollection<Point, ProjectProperties> {
  const random = mulberry32(seed);
  const pick = <T>(items: readonly T[]): T => items[Math.floor(random() * items.length)];
  const cities = cityShapes();
  // A status after `planned` gets a second, later entry, as geodata:check requires of real projects.
  const withHistory = (status: ProjectStatus) => ({
    status,
    status_history: [
      { status: 'planned' as const, date: '2021-12' as const, sources: [{ publisher: 'bench', title: 'bench' }] },
      ...(status === 'planned' ? [] : [{ status, date: '2023' as const, sources: [{ publisher: 'bench', title: 'bench' }] }]),
    ],
  });
  const features: Feature<Point, ProjectProperties>[] = [];
  for (let n = 1; n <= count; n++) {
    const city = pick(cities);
    let x = 0;
    let y = 0;
    do {
      x = city.bbox[0] + random() * (city.bbox[2] - city.bbox[0]);
      y = city.bbox[1] + random() * (city.bbox[3] - city.bbox[1]);
    } while (!city.polygons.some((rings) => inRings(rings, x, y)));
    const type = pick(PORT_TYPES);
    features.push({
      type: 'Feature',
      properties: {
        id: `proj-syn-${n}`,
        column: pick(PLAN_COLUMNS),
        item: n,
        city_order: 1,
        name_zh: `合成项目${n}`,
        name_en: `Synthetic project ${n}`,
        city: city.adcode,
        zone: null,
        port_type: type,
        subtype: SUBTYPE[type],
        action: [pick(PROJECT_ACTIONS)],
        ...withHistory(pick(PROJECT_STATUSES)),
        status_note_zh: null,
        status_note_en: null,
        port: null,
        port_note: 'bench',
        plan_remark: null,
        note_zh: '',
        note_en: '',
        sources: [{ publisher: 'bench', title: 'bench' }],
        precision: 'area',
        location_source: 'bench',
        checked: '2021-12-01',
      },
      geometry: { type: 'Point', coordinates: [Math.round(x * 1e5) / 1e5, Math.round(y * 1e5) / 1e5] },
    });
  }
  return { type: 'FeatureCollection', features };
}
