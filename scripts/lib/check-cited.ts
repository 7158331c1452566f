import { distance } from '@turf/turf';
import type { Position } from 'geojson';
import type { Report } from './check-common.ts';

/**
 * An exact port must stand where a citable source puts it. The existing exact points were each found within
 * this distance of an independent surveyed point; the rule keeps that standard for every new one.
 */
export const CITED_LIMIT_KM = 1;

/** A link may go to the publisher's own page or to the canonical encyclopedia, never to a mirror of it. */
const WIKI_MIRROR = /wiki/i;
const CANONICAL_WIKI = /^https:\/\/(zh|en)\.wikipedia\.org\/wiki\/[^\s]+$/;

/**
 * `location_cited`: `{lon, lat, source: {publisher, title, date?, url?, read_in?}}`. Required for `exact` ports;
 * allowed on others (a port-wide figure that does not pin the site).
 */
export function checkCitedLocation(report: Report, id: string, properties: Record<string, unknown>, position: Position): void {
  const cited = properties.location_cited as Record<string, unknown> | null | undefined;
  if (cited === undefined || cited === null) {
    if (properties.precision === 'exact') report(id, 'exact-cited', 'precision is exact but location_cited is missing: cite the coordinate (lon, lat, source)');
    return;
  }
  const { lon, lat, source } = cited;
  if (typeof lon !== 'number' || typeof lat !== 'number' || !Number.isFinite(lon) || !Number.isFinite(lat)) {
    report(id, 'exact-cited', 'location_cited needs numeric lon and lat');
    return;
  }
  checkCitedSource(report, id, source as Record<string, unknown> | undefined);
  if (properties.precision !== 'exact') return;
  const km = distance(position, [lon, lat], { units: 'kilometers' });
  if (km > CITED_LIMIT_KM) {
    report(id, 'exact-near-cited', `point lies ${km.toFixed(2)} km from its cited coordinate ${lon},${lat} (limit ${CITED_LIMIT_KM} km for exact)`);
  }
}

function checkCitedSource(report: Report, id: string, source: Record<string, unknown> | undefined): void {
  if (typeof source !== 'object' || source === null) {
    report(id, 'exact-cited', 'location_cited.source is missing');
    return;
  }
  for (const key of ['publisher', 'title']) {
    if (typeof source[key] !== 'string' || (source[key] as string).trim() === '') {
      report(id, 'exact-cited', `location_cited.source.${key} must be non-empty text`);
    }
  }
  if (source.date !== undefined && (typeof source.date !== 'string' || !/^\d{4}(-\d{2}(-\d{2})?)?$/.test(source.date))) {
    report(id, 'exact-cited', `location_cited.source.date ${JSON.stringify(source.date)} is not YYYY[-MM[-DD]]`);
  }
  if (source.read_in !== undefined && (typeof source.read_in !== 'string' || source.read_in.trim() === '')) {
    report(id, 'exact-cited', 'location_cited.source.read_in must be non-empty text when present');
  }
  if (source.url === undefined) return;
  if (typeof source.url !== 'string' || !/^https?:\/\//.test(source.url)) {
    report(id, 'exact-cited', 'location_cited.source.url is not an http(s) address');
  } else if (WIKI_MIRROR.test(hostOf(source.url)) && !CANONICAL_WIKI.test(source.url)) {
    report(id, 'exact-cited', `location_cited.source.url ${source.url} is not a canonical zh/en.wikipedia.org/wiki/ page: link the article, keep the copy in read_in`);
  }
}

function hostOf(url: string): string {
  try {
    return new URL(url).hostname;
  } catch {
    return url;
  }
}
