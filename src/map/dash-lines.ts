import type { Feature, FeatureCollection, LineString, Position } from 'geojson';

/**
 * Dashed borders as short solid lines, for the zooms of the first view. MapLibre draws
 * `line-dasharray` with a shader program of its own, and with software WebGL compiling it held up
 * the page for ~150 ms (~600 ms on a mid-range phone) right when the names arrived. Cut into dashes
 * here, the province and SAR borders share the one line program the city borders, routes and
 * rivers already use; from DASH_PROGRAM_ZOOM on, where the dashes would grow too long, the
 * `line-dasharray` layers take over (their program compiles when a user first zooms in that far).
 */
export const DASH_PROGRAM_ZOOM = 7.5;

/** The borders drawn dashed: their `line-dasharray` (in line widths) and width (px), one place for both ways of drawing them. */
export const BORDER_DASHES = {
  province: { pattern: [3, 2], width: 0.8 },
  sar: { pattern: [2, 1.5], width: 1.4 },
} as const satisfies Record<string, { pattern: readonly [number, number]; width: number }>;

/** Zoom bands below DASH_PROGRAM_ZOOM, each cut for the zoom in its middle. */
export const DASH_BANDS = [
  { band: 0, minzoom: 0, maxzoom: 6.2, atZoom: 5.7 },
  { band: 1, minzoom: 6.2, maxzoom: DASH_PROGRAM_ZOOM, atZoom: 6.85 },
] as const;

/** Web Mercator metres per CSS pixel at a zoom and latitude (512 px tiles, as MapLibre's). */
function metresPerPixel(zoom: number, lat: number): number {
  return (40_075_016.686 * Math.cos((lat * Math.PI) / 180)) / (512 * 2 ** zoom);
}

/** Distance in metres between two nearby points (equirectangular: borders are drawn in short steps). */
function metres([lon1, lat1]: Position, [lon2, lat2]: Position): number {
  const rad = Math.PI / 180;
  const x = (lon2! - lon1!) * rad * Math.cos(((lat1! + lat2!) / 2) * rad);
  const y = (lat2! - lat1!) * rad;
  return Math.hypot(x, y) * 6_371_008.8;
}

const lerp = (a: Position, b: Position, t: number): Position => [a[0]! + (b[0]! - a[0]!) * t, a[1]! + (b[1]! - a[1]!) * t];

/** One ring or line cut into dashes of `dash` metres with gaps of `gap` metres, starting with a dash. */
export function dashesAlong(line: Position[], dash: number, gap: number): Position[][] {
  const out: Position[][] = [];
  let drawing = true;
  let left = dash;
  let current: Position[] = [line[0]!];
  for (let i = 1; i < line.length; i++) {
    let from = line[i - 1]!;
    const to = line[i]!;
    let length = metres(from, to);
    while (length >= left) {
      const point = lerp(from, to, left / length);
      if (drawing) {
        current.push(point);
        out.push(current);
      } else current = [point];
      length -= left;
      from = point;
      drawing = !drawing;
      left = drawing ? dash : gap;
    }
    left -= length;
    if (drawing) current.push(to);
  }
  if (drawing && current.length > 1) out.push(current);
  return out;
}

/** The rings of a polygon feature, or nothing for other geometries. */
function rings(feature: Feature): Position[][] {
  const { geometry } = feature;
  if (geometry.type === 'Polygon') return geometry.coordinates;
  if (geometry.type === 'MultiPolygon') return geometry.coordinates.flat();
  return [];
}

/**
 * Dashes along the outlines of the features whose `kind` is given, one set per zoom band: each
 * carries `dash: "<kind>-<band>"`. `pattern` is the layer's `line-dasharray` in line widths, as
 * MapLibre reads it, and `width` the line's width in pixels.
 */
export function dashFeatures(collection: FeatureCollection, kind: string, pattern: readonly [number, number], width: number): Feature<LineString>[] {
  const features = collection.features.filter((f) => f.properties?.kind === kind);
  return DASH_BANDS.flatMap(({ band, atZoom }) =>
    features.flatMap((feature) =>
      rings(feature).flatMap((ring) => {
        const perPixel = metresPerPixel(atZoom, ring[0]?.[1] ?? 23);
        return dashesAlong(ring, pattern[0] * width * perPixel, pattern[1] * width * perPixel).map(
          (coordinates): Feature<LineString> => ({ type: 'Feature', properties: { dash: `${kind}-${band}` }, geometry: { type: 'LineString', coordinates } }),
        );
      }),
    ),
  );
}

/** The province and SAR borders of the areas around the cities (context.geojson), cut into dashes. */
export function borderDashes(context: FeatureCollection): FeatureCollection {
  return {
    type: 'FeatureCollection',
    features: Object.entries(BORDER_DASHES).flatMap(([kind, { pattern, width }]) => dashFeatures(context, kind, pattern, width)),
  };
}
