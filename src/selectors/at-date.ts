import type { AtlasData, PortFeature, ProjectFeature, RailRouteFeature, SeaRouteFeature } from '../data/atlas.ts';
import type { PortStatus, ProjectStatus } from '../data/enums.ts';
import { compareRecordDates, UNKNOWN } from '../data/record-dates.ts';
import type { StatusEntry } from '../data/types.ts';

/**
 * The record as it stood on a day. A port is drawn from its opening on, as closed from its closing
 * on; a project exists from its first history entry on, which is always `planned` at the plan's date
 * (plan.json; a step reached before the plan is recorded at that date, geodata/README.md), so before
 * the plan was issued no project is drawn, listed or counted; after, it carries the status of its
 * last history entry reached by then. A rail service shows from its first run. Where the record cannot say whether a thing existed on
 * that day (no opening date, no first run), it is still shown, but marked "date unknown"
 * (`isDateUnknown`), never drawn as if it had always been there.
 *
 * A date reached "on" a day includes a month- or year-only date that agrees with it
 * (`compareRecordDates`): `2024-08` counts as reached on 2024-08-01.
 */

const reached = (date: string, day: string) => compareRecordDates(date, day) <= 0;

export interface PortAtDate {
  /** null: not yet opened on that day (not drawn). */
  status: PortStatus | null;
  /** False when the record cannot say whether the port was open on that day. */
  dateKnown: boolean;
}

/** Since when the record vouches for a port whose opening date is unknown: its stated status, else the day it was researched. */
function vouchedSince(port: PortFeature): string {
  const p = port.properties;
  return p.status === 'open' && p.status_as_of ? p.status_as_of : p.checked;
}

export function portAt(port: PortFeature, day: string): PortAtDate {
  const p = port.properties;
  if (p.status === 'closed') {
    const closedOn = p.closed && p.closed !== UNKNOWN ? p.closed : p.status_as_of;
    if (closedOn && reached(closedOn, day)) return { status: 'closed', dateKnown: true };
  }
  if (p.status === 'suspended' && p.status_as_of && reached(p.status_as_of, day)) return { status: 'suspended', dateKnown: true };
  if (p.opened !== UNKNOWN) return { status: reached(p.opened, day) ? 'open' : null, dateKnown: true };
  return { status: 'open', dateKnown: p.status === 'open' && reached(vouchedSince(port), day) };
}

/** How many entries of a history had been reached on a day: 0 before the first (before the plan was issued). */
export function entriesReached(history: readonly StatusEntry[], day: string): number {
  let count = 0;
  while (count < history.length && reached(history[count].date, day)) count++;
  return count;
}

/** A project's status on a day; null before its first entry, the plan's date: the plan did not list it yet. */
export function projectStatusAt(project: ProjectFeature, day: string): ProjectStatus | null {
  const history = project.properties.status_history;
  if (!history.length) return project.properties.status;
  const count = entriesReached(history, day);
  return count ? history[count - 1].status : null;
}

export interface RouteAtDate {
  shown: boolean;
  dateKnown: boolean;
}

export function railRouteAt(route: RailRouteFeature, day: string): RouteAtDate {
  const { first_run, checked } = route.properties;
  if (first_run) return { shown: reached(first_run, day), dateKnown: true };
  return { shown: true, dateKnown: reached(checked, day) };
}

/** Sea lanes carry no first sailing: researched on `checked`, unknown before it. */
export function seaRouteAt(route: SeaRouteFeature, day: string): RouteAtDate {
  return { shown: true, dateKnown: reached(route.properties.checked, day) };
}

// Dated copies. Each feature has a few possible states through time; a copy is made once per state and
// reused, so the same state on another day is the same object (memoised selectors and identity checks
// downstream keep working), and the current state is the record itself.
const copies = new WeakMap<object, Map<string, object>>();
const originals = new WeakMap<object, object>();
const undated = new WeakSet<object>();

function copyOnce<F extends { properties: object }>(feature: F, key: string, properties: () => F['properties'], dateKnown: boolean): F {
  let byKey = copies.get(feature);
  if (!byKey) copies.set(feature, (byKey = new Map()));
  let copy = byKey.get(key) as F | undefined;
  if (!copy) {
    copy = { ...feature, properties: properties() };
    byKey.set(key, copy);
    originals.set(copy, feature);
    if (!dateKnown) undated.add(copy);
  }
  return copy;
}

/** The record a dated copy was made from (the feature itself when it is not a copy). */
export function originalOf<F extends object>(feature: F): F {
  return (originals.get(feature) as F | undefined) ?? feature;
}

/** True for a feature shown on a day for which its record has no date (no opening day, no first run). */
export function isDateUnknown(feature: object): boolean {
  return undated.has(feature);
}

/** The port as it stood on a day, or null when it had not opened yet. */
export function portOn(port: PortFeature, day: string): PortFeature | null {
  const at = portAt(port, day);
  if (at.status === null) return null;
  const p = port.properties;
  if (at.status === p.status && at.dateKnown) return port;
  return copyOnce(port, `${at.status}:${at.dateKnown}`, () => ({
    ...p,
    status: at.status!,
    status_as_of: at.status === 'open' ? (p.opened === UNKNOWN ? null : p.opened) : p.status_as_of,
    closed: at.status === 'closed' ? p.closed : null,
  }), at.dateKnown);
}

/** The project as it stood on a day: its status then, and its history up to then; null before the plan listed it. */
export function projectOn(project: ProjectFeature, day: string): ProjectFeature | null {
  const history = project.properties.status_history;
  const count = entriesReached(history, day);
  if (count >= history.length) return project;
  if (count === 0) return null;
  return copyOnce(project, String(count), () => ({ ...project.properties, status: history[count - 1].status, status_history: history.slice(0, count) }), true);
}

function routeOn<F extends SeaRouteFeature | RailRouteFeature>(route: F, at: RouteAtDate): F | null {
  if (!at.shown) return null;
  return at.dateKnown ? route : copyOnce(route, 'undated', () => route.properties, false);
}

export interface FeaturesOn {
  ports: PortFeature[];
  projects: ProjectFeature[];
  sea: SeaRouteFeature[];
  rail: RailRouteFeature[];
}

const lastDay = new WeakMap<AtlasData, { day: string; features: FeaturesOn }>();

/**
 * Every port, project and route as it stood on a day, in the data's order; those that did not exist
 * yet are left out. `null` is today: the records themselves (no record holds a date after today).
 */
export function featuresOn(data: AtlasData, day: string | null): FeaturesOn {
  if (day === null) return { ports: data.ports.features, projects: data.projects.features, sea: data.sea.features, rail: data.rail.features };
  const last = lastDay.get(data);
  if (last?.day === day) return last.features;
  const features: FeaturesOn = {
    ports: data.ports.features.flatMap((f) => portOn(f, day) ?? []),
    projects: data.projects.features.flatMap((f) => projectOn(f, day) ?? []),
    sea: data.sea.features.flatMap((f) => routeOn(f, seaRouteAt(f, day)) ?? []),
    rail: data.rail.features.flatMap((f) => routeOn(f, railRouteAt(f, day)) ?? []),
  };
  lastDay.set(data, { day, features });
  return features;
}

/** Every date the record names for a port, project or route: the days its state can change. */
export function recordDates(data: Pick<AtlasData, 'ports' | 'projects' | 'rail'>): string[] {
  const dates = new Set<string>();
  for (const { properties: p } of data.ports.features) {
    for (const date of [p.opened, p.closed, p.status !== 'open' ? p.status_as_of : null]) if (date && date !== UNKNOWN) dates.add(date);
  }
  // The first entry too: the plan's date, from which its projects are shown.
  for (const { properties: p } of data.projects.features) for (const entry of p.status_history) dates.add(entry.date);
  for (const { properties: p } of data.rail.features) if (p.first_run) dates.add(p.first_run);
  return [...dates];
}

/** Every state a port takes through time (the record itself included): the map keeps one marker per state. */
export function portStates(port: PortFeature): PortFeature[] {
  const p = port.properties;
  const days = ['1900', p.opened, p.closed, p.status_as_of, p.checked].filter((d): d is string => Boolean(d) && d !== UNKNOWN);
  return [...new Set([port, ...days.flatMap((day) => portOn(port, day) ?? [])])];
}

export function projectStates(project: ProjectFeature): ProjectFeature[] {
  return [...new Set([project, ...project.properties.status_history.flatMap((entry) => projectOn(project, entry.date) ?? [])])];
}

/** The plan's date (plan.json, `2021-12`): its projects are shown from then on. */
export function planDate(data: Pick<AtlasData, 'plan'>): string | null {
  return data.plan.plan.date ?? null;
}

/** True for a day before the plan was issued: no project of it is shown, and the atlas says why. */
export function beforePlan(data: Pick<AtlasData, 'plan'>, day: string | null): boolean {
  const issued = planDate(data);
  return day !== null && issued !== null && !reached(issued, day);
}
