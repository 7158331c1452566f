import type { PortFeature } from '../data/atlas.ts';
import type { Crossing } from '../data/crossings.ts';
import { type OpenAnswer, type TravelMode, openAt, openFor, servesMode } from './open-at.ts';

/** Great-circle distance in km; a few lines here keep turf out of the first view's bundle. */
export function distanceKm([lon1, lat1]: readonly number[], [lon2, lat2]: readonly number[]): number {
  const rad = Math.PI / 180;
  const a = Math.sin(((lat2 - lat1) * rad) / 2) ** 2 + Math.cos(lat1 * rad) * Math.cos(lat2 * rad) * Math.sin(((lon2 - lon1) * rad) / 2) ** 2;
  return 2 * 6371.0088 * Math.asin(Math.sqrt(a));
}

/** Where the traveller starts: a city's label point, a port, a point clicked on the map, or the browser's location. */
export interface GuidePlace {
  kind: 'city' | 'port' | 'map' | 'here';
  /** The city's adcode or the port's id; empty for a point. */
  key: string;
  lon: number;
  lat: number;
}

export interface GuideMatch {
  port: PortFeature;
  crossing: Crossing;
  open: OpenAnswer;
  /** Straight-line distance from the chosen place; null when none is chosen. */
  km: number | null;
}

/**
 * The crossings that serve how the traveller goes and are not closed at the time asked ("unknown" hours stay in,
 * flagged), nearest first from the chosen place, else in the ports' order.
 */
export function guideMatches(
  ports: readonly PortFeature[],
  byPort: ReadonlyMap<string, Crossing>,
  query: { mode: TravelMode | null; time: string | null; from: GuidePlace | null },
): GuideMatch[] {
  const matches: GuideMatch[] = [];
  for (const port of ports) {
    const crossing = byPort.get(port.properties.id);
    if (!crossing || (query.mode && !servesMode(crossing, query.mode))) continue;
    const open = query.time === null ? 'unknown' : query.mode ? openFor(crossing, query.mode, query.time) : openAt(crossing, query.time);
    if (query.time !== null && open === 'no') continue;
    const km = query.from ? distanceKm([query.from.lon, query.from.lat], port.geometry.coordinates) : null;
    matches.push({ port, crossing, open, km });
  }
  return query.from ? matches.sort((a, b) => a.km! - b.km!) : matches;
}

/** The ports to draw faded: in the guide, every port that is not a match; otherwise those closed at the time asked. */
export function fadedPorts(
  ports: readonly PortFeature[],
  byPort: ReadonlyMap<string, Crossing>,
  time: string | null,
  guide: readonly GuideMatch[] | null,
): ReadonlySet<string> {
  if (guide) {
    const matched = new Set(guide.map((m) => m.port.properties.id));
    return new Set(ports.map((p) => p.properties.id).filter((id) => !matched.has(id)));
  }
  if (time === null) return new Set();
  return new Set(ports.map((p) => p.properties.id).filter((id) => openAt(byPort.get(id), time) === 'no'));
}
