import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { Feature, Point } from 'geojson';
import {
  COUNTERPARTS,
  PLAN_COLUMNS,
  PORT_CLASSES,
  PORT_STATUSES,
  PORT_SUBTYPES,
  PORT_TYPES,
  PRECISIONS,
  PROJECT_ACTIONS,
  PROJECT_STATUSES,
} from '../../src/data/enums.ts';
import planColumns from '../../geodata/src/plan-columns.json' with { type: 'json' };
import { featureLabel, readCollection, type Report } from './check-common.ts';
import { checkCitedLocation } from './check-cited.ts';
import { AreaIndex } from './check-points.ts';
import { checkChecked, checkPortDates, checkProjectPort, checkStatusHistory } from './check-record.ts';
import { FieldRules } from './field-rules.ts';
import type { GeodataIssue } from './issues.ts';

/** A water port or project may sit at a quay just off the simplified coastline. */
const WATER_COAST_KM = 5;
/** The outlines are simplified (≈100 m); a site on the boundary itself may fall just outside. */
const BOUNDARY_TOLERANCE_KM = 1;
/** A land crossing sits on the mainland side of the boundary, across the river or bay at most. */
const CROSSING_BOUNDARY_KM = 6;

interface Places {
  cities: AreaIndex;
  sars: AreaIndex;
  portCounts: Map<string, number>;
}

function loadPlaces(dir: string, issues: GeodataIssue[]): Places | null {
  const cities = readCollection(dir, 'cities.geojson', issues);
  const context = readCollection(dir, 'context.geojson', issues);
  if (!cities || !context) return null;
  const sars = { ...context.collection, features: context.collection.features.filter((f) => f.properties?.kind === 'sar') };
  const portCounts = new Map(cities.collection.features.map((f) => [String(f.properties?.adcode), Number(f.properties?.port_count)]));
  return { cities: new AreaIndex(cities.collection, 'adcode'), sars: new AreaIndex(sars, 'code'), portCounts };
}

/** Shared rules for a located point: precision, sources, city membership and where it may stand. */
function checkLocation(feature: Feature, id: string, report: Report, places: Places): void {
  const p = feature.properties ?? {};
  if (feature.geometry?.type !== 'Point') {
    report(id, 'geometry-point', `geometry is ${feature.geometry?.type}; expected Point`);
    return;
  }
  const position = (feature.geometry as Point).coordinates;
  const city = String(p.city);
  if (!places.cities.has(city)) {
    report(id, 'city-known', `city ${JSON.stringify(p.city)} is not one of the 21 adcodes`);
    return;
  }
  if (p.precision === 'exact' && (typeof p.location_source !== 'string' || p.location_source.trim() === '')) {
    report(id, 'exact-needs-source', 'precision is exact but location_source is empty');
  }
  if (p.site_outside_city) {
    if (!places.sars.contains(String(p.site_outside_city), position)) {
      report(id, 'site-outside-city', `site_outside_city is ${p.site_outside_city} but the point is not inside it`);
    }
    return;
  }
  const inside = places.cities.containing(position);
  if (!inside.includes(city)) {
    const elsewhere = inside.length > 0 ? `inside ${inside.join(', ')}` : 'outside every city';
    if (inside.length === 0) {
      // Bridge ports stand on reclaimed islands that the outlines do not show, like quays.
      const offshore = p.port_type === 'water' || p.subtype === 'boundary-bridge';
      const limit = offshore ? WATER_COAST_KM : BOUNDARY_TOLERANCE_KM;
      const km = places.cities.distanceKm(city, position);
      if (km > limit) report(id, 'point-in-city', `point lies ${km.toFixed(1)} km outside its city ${city} (limit ${limit} km for ${offshore ? 'an offshore site' : p.port_type})`);
    } else {
      report(id, 'point-in-city', `point ${position.join(',')} is ${elsewhere}, not in its city ${city}`);
    }
  }
  if (p.port_type === 'land' && p.counterpart && p.id?.toString().startsWith('port-')) {
    // A bridge port stands at its own end of a bridge that may also reach the other SAR (HZMB: Zhuhai, Macao, HK).
    const sars = p.subtype === 'boundary-bridge' ? ['HK', 'MO'] : [String(p.counterpart)];
    const km = Math.min(...sars.map((code) => places.sars.distanceKm(code, position)));
    if (km > CROSSING_BOUNDARY_KM) {
      report(id, 'crossing-at-boundary', `land crossing to ${p.counterpart} lies ${km.toFixed(1)} km from its boundary (limit ${CROSSING_BOUNDARY_KM} km)`);
    }
  }
}

function checkUniqueIds(features: Feature[], report: Report, pattern: RegExp): Set<string> {
  const ids = new Set<string>();
  features.forEach((feature, index) => {
    const id = featureLabel(feature, index);
    if (!pattern.test(id)) report(id, 'id-format', `id must match ${pattern}`);
    if (ids.has(id)) report(id, 'id-unique', 'id is used by more than one feature');
    ids.add(id);
  });
  return ids;
}

export function checkPorts(dir: string, issues: GeodataIssue[], places: Places): Map<string, Feature> {
  const read = readCollection(dir, 'ports.geojson', issues);
  if (!read) return new Map();
  const { collection, report } = read;
  checkUniqueIds(collection.features, report, /^port-[a-z0-9-]+$/);
  const ports = new Map(collection.features.map((f, index) => [featureLabel(f, index), f]));
  collection.features.forEach((feature, index) => {
    const id = featureLabel(feature, index);
    const p = feature.properties ?? {};
    const rules = new FieldRules(report, id, p);
    rules.text('name_zh');
    rules.text('name_en');
    rules.oneOf('port_type', PORT_TYPES);
    rules.oneOf('subtype', PORT_SUBTYPES);
    rules.oneOf('class', PORT_CLASSES, { nullable: true });
    rules.oneOf('status', PORT_STATUSES);
    rules.oneOf('precision', PRECISIONS);
    rules.oneOf('counterpart', COUNTERPARTS, { nullable: true });
    rules.oneOf('site_outside_city', COUNTERPARTS, { nullable: true });
    rules.sources('sources', 1);
    if (p.status !== 'open') {
      rules.date('status_as_of');
      rules.sources('status_sources', 1);
    }
    checkPortDates(report, id, p);
    checkChecked(report, id, p);
    checkLocation(feature, id, report, places);
    if (feature.geometry?.type === 'Point') checkCitedLocation(report, id, p, (feature.geometry as Point).coordinates);
  });
  const inUse = new Map<string, number>();
  for (const f of collection.features) {
    if (f.properties?.status !== 'closed') inUse.set(String(f.properties?.city), (inUse.get(String(f.properties?.city)) ?? 0) + 1);
  }
  for (const [city, count] of places.portCounts) {
    if ((inUse.get(city) ?? 0) !== count) {
      issues.push({ file: 'cities.geojson', id: city, rule: 'city-port-count', message: `port_count is ${count} but ports.geojson has ${inUse.get(city) ?? 0} in use: run npm run geodata:build` });
    }
  }
  return ports;
}

export function checkProjects(dir: string, issues: GeodataIssue[], places: Places, ports: Map<string, Feature>, planDate: string): void {
  const read = readCollection(dir, 'projects.geojson', issues);
  if (!read) return;
  const { collection, report } = read;
  checkUniqueIds(collection.features, report, /^proj-c[1-5]-\d{2}$/);
  collection.features.forEach((feature, index) => {
    const id = featureLabel(feature, index);
    const p = feature.properties ?? {};
    const rules = new FieldRules(report, id, p);
    rules.text('name_zh');
    rules.text('name_en');
    rules.oneOf('column', PLAN_COLUMNS);
    rules.oneOf('port_type', PORT_TYPES);
    rules.oneOf('subtype', PORT_SUBTYPES);
    rules.oneOf('status', PROJECT_STATUSES);
    rules.oneOf('precision', PRECISIONS);
    rules.sources('sources', 1);
    checkStatusHistory(report, id, p, planDate);
    checkChecked(report, id, p);
    if (!Array.isArray(p.action) || p.action.length === 0 || p.action.some((a: unknown) => !PROJECT_ACTIONS.includes(a as never))) {
      report(id, 'enum', `action must be a non-empty list of ${PROJECT_ACTIONS.join(', ')}`);
    }
    const expectedId = `proj-c${p.column}-${String(p.item).padStart(2, '0')}`;
    if (id !== expectedId) report(id, 'id-format', `id should be ${expectedId} for column ${p.column} item ${p.item}`);
    if (p.port !== null && !ports.has(String(p.port))) report(id, 'port-exists', `port ${JSON.stringify(p.port)} is not in ports.geojson`);
    if (p.port_note !== null && (typeof p.port_note !== 'string' || p.port_note.trim() === '')) report(id, 'required-text', 'port_note must be null or non-empty text');
    checkProjectPort(report, id, p, p.port === null ? undefined : ports.get(String(p.port)), planDate);
    checkLocation(feature, id, report, places);
  });
  checkPlanCounts(collection.features, report);
}

/** The plan prints how many projects each city has in each column; the data must say the same. */
function checkPlanCounts(features: Feature[], report: Report): void {
  for (const column of planColumns.columns) {
    const inColumn = features.filter((f) => f.properties?.column === column.column);
    if (inColumn.length !== column.total) {
      report(`column ${column.column}`, 'plan-count', `has ${inColumn.length} projects; the plan lists ${column.total}`);
    }
    const items = inColumn.map((f) => f.properties?.item as number).sort((a, b) => a - b);
    items.forEach((item, i) => {
      if (item !== i + 1) report(`column ${column.column}`, 'plan-items', `items are not numbered 1..${items.length} (saw ${item} at position ${i + 1})`);
    });
    for (const group of column.cities) {
      const members = inColumn.filter((f) => f.properties?.city_order === group.order);
      const wrongCity = members.filter((f) => f.properties?.city !== group.city);
      if (members.length !== group.count) {
        report(`column ${column.column} city ${group.order}`, 'plan-count', `${group.city} has ${members.length} projects; the plan lists ${group.count}`);
      }
      for (const f of wrongCity) report(String(f.properties?.id), 'plan-city', `city ${f.properties?.city} should be ${group.city} (city ${group.order} of column ${column.column})`);
      const zone = (group as { zone?: string }).zone ?? null;
      for (const f of members) {
        if ((f.properties?.zone ?? null) !== zone) report(String(f.properties?.id), 'plan-zone', `zone should be ${JSON.stringify(zone)}`);
        if (f.properties?.port_type !== column.port_type) report(String(f.properties?.id), 'plan-port-type', `port_type should be ${column.port_type} for column ${column.column}`);
      }
    }
  }
}

function checkPlatforms(dir: string, issues: GeodataIssue[]): void {
  const file = 'platforms.json';
  const report: Report = (id, rule, message) => issues.push({ file, id, rule, message });
  const path = join(dir, file);
  if (!existsSync(path)) return report('(file)', 'file-exists', 'file is missing');
  let platforms: Record<string, unknown>[];
  try {
    platforms = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return report('(file)', 'json-parse', (error as Error).message);
  }
  if (!Array.isArray(platforms) || platforms.length !== planColumns.platforms_total) {
    return report('(file)', 'plan-count', `expected ${planColumns.platforms_total} platforms (专栏6)`);
  }
  platforms.forEach((platform, index) => {
    const id = String(platform.id ?? `#${index}`);
    const rules = new FieldRules(report, id, platform);
    for (const key of ['name_zh', 'name_en', 'description_zh', 'description_en']) rules.text(key);
    rules.sources('sources', 1);
    if (platform.item !== index + 1) report(id, 'plan-items', `item should be ${index + 1}`);
  });
}

function checkPlanFigures(dir: string, issues: GeodataIssue[]): void {
  const file = 'plan.json';
  const report: Report = (id, rule, message) => issues.push({ file, id, rule, message });
  const path = join(dir, file);
  if (!existsSync(path)) return report('(file)', 'file-exists', 'file is missing');
  let plan: { figures?: Record<string, unknown>[] };
  try {
    plan = JSON.parse(readFileSync(path, 'utf8'));
  } catch (error) {
    return report('(file)', 'json-parse', (error as Error).message);
  }
  const seen = new Set<string>();
  for (const [index, figure] of (plan.figures ?? []).entries()) {
    const id = String(figure.id ?? `#${index}`);
    if (seen.has(id)) report(id, 'id-unique', 'figure id is used twice');
    seen.add(id);
    if (typeof figure.value !== 'number' || !Number.isFinite(figure.value)) report(id, 'figure-value', 'value must be a number');
    const rules = new FieldRules(report, id, figure);
    for (const key of ['label_zh', 'label_en', 'quote_zh']) rules.text(key);
    const where = figure.where as { chapter?: unknown } | undefined;
    if (typeof where?.chapter !== 'number') report(id, 'figure-where', 'where.chapter must say where the plan states it');
  }
}

/** The plan's own date (plan.json), where every project's history starts. */
function readPlanDate(dir: string, issues: GeodataIssue[]): string {
  try {
    const date = JSON.parse(readFileSync(join(dir, 'plan.json'), 'utf8'))?.plan?.date;
    if (typeof date === 'string') return date;
  } catch {
    // reported by checkPlanFigures
  }
  issues.push({ file: 'plan.json', id: 'plan', rule: 'plan-date', message: 'plan.date is missing; project histories start at it' });
  return '';
}

export function checkPlaces(dir: string): GeodataIssue[] {
  const issues: GeodataIssue[] = [];
  const places = loadPlaces(dir, issues);
  if (!places) return issues;
  const ports = checkPorts(dir, issues, places);
  checkProjects(dir, issues, places, ports, readPlanDate(dir, issues));
  checkPlatforms(dir, issues);
  checkPlanFigures(dir, issues);
  return issues;
}
