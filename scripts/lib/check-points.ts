import { bbox, booleanPointInPolygon, point, pointToLineDistance, polygonToLine } from '@turf/turf';
import type { Feature, FeatureCollection, LineString, MultiPolygon, Polygon, Position } from 'geojson';

type Area = Feature<Polygon | MultiPolygon>;

/** Point-in-area and distance-to-area lookups over a set of polygons, keyed by a property. */
export class AreaIndex {
  private readonly areas = new Map<string, { area: Area; box: number[]; outline: Feature<LineString>[] | null }>();

  constructor(collection: FeatureCollection, key: string) {
    for (const feature of collection.features) {
      const code = String(feature.properties?.[key]);
      this.areas.set(code, { area: feature as Area, box: bbox(feature), outline: null });
    }
  }

  has(code: string): boolean {
    return this.areas.has(code);
  }

  contains(code: string, position: Position): boolean {
    const entry = this.areas.get(code);
    if (!entry) return false;
    const [w, s, e, n] = entry.box;
    const [x, y] = position;
    return x >= w && x <= e && y >= s && y <= n && booleanPointInPolygon(point(position), entry.area);
  }

  /** Every area the position lies in. */
  containing(position: Position): string[] {
    return [...this.areas.keys()].filter((code) => this.contains(code, position));
  }

  /** Distance in km from the position to the area (0 inside it). */
  distanceKm(code: string, position: Position): number {
    const entry = this.areas.get(code);
    if (!entry) return Infinity;
    if (this.contains(code, position)) return 0;
    if (!entry.outline) {
      const lines = polygonToLine(entry.area);
      entry.outline = (lines.type === 'FeatureCollection' ? lines.features : [lines]).flatMap((line) =>
        line.geometry.type === 'LineString'
          ? [line as Feature<LineString>]
          : line.geometry.coordinates.map((coordinates) => ({
              type: 'Feature' as const,
              properties: {},
              geometry: { type: 'LineString' as const, coordinates },
            })),
      );
    }
    const p = point(position);
    return Math.min(...entry.outline.map((line) => pointToLineDistance(p, line, { units: 'kilometers' })));
  }
}
