import type { Position } from 'geojson';

export interface Trip {
  id: string;
  kind: 'sea' | 'rail';
  path: Position[];
  /** Seconds since the trip left, at each vertex. */
  timestamps: number[];
}

/** Loop length in seconds: every trip starts again after this long. */
export const TRIP_LOOP_SECONDS = 16;

function haversineKm(a: Position, b: Position): number {
  const rad = Math.PI / 180;
  const dLat = (b[1] - a[1]) * rad;
  const dLng = (b[0] - a[0]) * rad;
  const h = Math.sin(dLat / 2) ** 2 + Math.cos(a[1] * rad) * Math.cos(b[1] * rad) * Math.sin(dLng / 2) ** 2;
  return 12742 * Math.asin(Math.sqrt(h));
}

/**
 * Times along each route so that ships and trains move at an even pace: every trip takes the same
 * loop time from its Guangdong end to its far end, with a start offset so they do not move in step.
 */
export function tripsFor(routes: { id: string; kind: 'sea' | 'rail'; path: Position[] }[]): Trip[] {
  return routes.map((route, index) => {
    const cumulative = [0];
    for (let i = 1; i < route.path.length; i++) cumulative.push(cumulative[i - 1] + haversineKm(route.path[i - 1], route.path[i]));
    const total = cumulative[cumulative.length - 1] || 1;
    const travel = TRIP_LOOP_SECONDS * 0.8;
    const offset = ((index * 0.37) % 1) * TRIP_LOOP_SECONDS * 0.2;
    return { ...route, timestamps: cumulative.map((km) => offset + (km / total) * travel) };
  });
}
