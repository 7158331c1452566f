import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

import type { RegionKey } from './enums.ts';
export type { RegionKey };

export interface CityProperties {
  adcode: string;
  name_zh: string;
  name_en: string;
  region: RegionKey;
  /** An interior point for the label, computed by the basemap build. */
  label: [number, number];
  /** Ports of entry in use (open or suspended), counted from ports.geojson by the build. */
  port_count: number;
  /** Set only when port_count is 0, so the app can say so in words. */
  port_note_zh: string | null;
  port_note_en: string | null;
}

export interface ContextProperties {
  label?: [number, number];
  kind: 'sar' | 'province';
  code: string;
  name_zh: string;
  name_en: string;
}

export interface CountryProperties {
  kind: 'country';
  code: string | null;
  name_zh: string | null;
}

export type AreaCollection<P> = FeatureCollection<Polygon | MultiPolygon, P>;
export type CityFeature = Feature<Polygon | MultiPolygon, CityProperties>;

export interface Basemap {
  cities: AreaCollection<CityProperties>;
  context: AreaCollection<ContextProperties>;
  world: AreaCollection<CountryProperties>;
}

import type { LineString, MultiLineString, Point } from 'geojson';
import type {
  BorderCrossing,
  Counterpart,
  PlanColumn,
  PortClass,
  PortStatus,
  PortSubtype,
  PortType,
  Precision,
  ProjectAction,
  ProjectStatus,
  RailService,
  SeaRegion,
} from './enums.ts';
import type { RecordDate, RecordDateOrUnknown } from './record-dates.ts';

/**
 * Where a fact comes from (issue #22): the original publisher and title. `url` only for the publisher's own page,
 * an official body's or a canonical encyclopedia's, never a guessed address; a copy it was read in is `read_in`,
 * plain text that the cards never link. `link_reason` says why a host on no publisher list may be linked.
 */
export interface Source {
  publisher: string;
  title: string;
  date?: string;
  url?: string;
  read_in?: string;
  link_reason?: string;
}

/**
 * One step in a project's record: the status it reached, when, and who says so. The first step is always
 * `planned` at the plan's date (the plan itself is the source); later steps need a source of their own.
 */
export interface StatusEntry {
  status: ProjectStatus;
  date: RecordDate;
  sources: Source[];
  /** Only where the step needs a word, e.g. a status reached before the plan was issued, or a year inferred. */
  note_zh?: string;
  note_en?: string;
}

/** Every feature says when its record was last researched, so “nothing found” has a date too. */
interface Checked {
  /** The day the record was last researched (YYYY-MM-DD). */
  checked: RecordDate;
}

interface Located extends Checked {
  precision: Precision;
  /** What fixes the coordinate: a source for `exact`, the reasoning for `area` / `city`. */
  location_source: string;
}

/**
 * Who published a coordinate. `url` only for the publisher's own page, an official body's, or the canonical
 * zh/en.wikipedia.org article; `read_in` names the copy it was actually read in (shown as text, never linked).
 */
export interface CitedSource {
  publisher: string;
  title: string;
  date?: string;
  url?: string;
  read_in?: string;
}

/** The coordinate a source gives for the site; an `exact` port lies within 1 km of it (geodata:check). */
export interface CitedLocation {
  lon: number;
  lat: number;
  source: CitedSource;
}

export interface PortProperties extends Located {
  id: string;
  name_zh: string;
  name_en: string;
  port_type: PortType;
  subtype: PortSubtype;
  /** null: no source we found states the class. */
  class: PortClass | null;
  city: string;
  zone: string | null;
  counterpart: Counterpart | null;
  status: PortStatus;
  /** When the current status began (required unless `open`). */
  status_as_of: string | null;
  status_sources: Source[];
  /** The day the port of entry opened, from its sources; `unknown` where none states it. */
  opened: RecordDateOrUnknown;
  /** Set only for a closed port: the day it closed, or `unknown`. */
  closed: RecordDateOrUnknown | null;
  /** Set when the port's site lies outside its city (West Kowloon's mainland port area is in Hong Kong). */
  site_outside_city: Counterpart | null;
  /** Required when `precision` is `exact`. */
  location_cited?: CitedLocation;
  note_zh: string;
  note_en: string;
  sources: Source[];
}

export interface ProjectProperties extends Located {
  id: string;
  column: PlanColumn;
  /** Order within the column, 1-based, counted through all cities as printed. */
  item: number;
  /** The city's number within the column as printed, e.g. 1 for “1广州市”. */
  city_order: number;
  name_zh: string;
  name_en: string;
  city: string;
  zone: string | null;
  port_type: PortType;
  subtype: PortSubtype;
  action: ProjectAction[];
  /** Always the status of the last entry of `status_history`. */
  status: ProjectStatus;
  /** Oldest first, starting with `planned` at the plan's date. */
  status_history: StatusEntry[];
  status_note_zh: string | null;
  status_note_en: string | null;
  /** The port of entry (existing, or opened by this project) the project's work concerns. */
  port: string | null;
  /**
   * Why the project has no port, or why its status and its port's opening date legitimately differ
   * (geodata:check otherwise reports the pair as contradicting each other).
   */
  port_note: string | null;
  plan_remark: string | null;
  note_zh: string;
  note_en: string;
  sources: Source[];
}

export interface SeaRouteProperties extends Checked {
  id: string;
  from_port: string;
  from_terminal_zh: string;
  to_port_name_zh: string;
  to_port_name_en: string;
  to_country: string;
  to_country_zh: string;
  to_region: SeaRegion;
  service_hint: string | null;
  length_km: number;
  note_zh: string | null;
  note_en: string | null;
  sources: Source[];
}

export interface RailRouteProperties extends Checked {
  id: string;
  origin: string;
  service: RailService;
  destination_name_zh: string;
  destination_name_en: string;
  destination_country: string;
  border_crossing: BorderCrossing;
  first_run: string | null;
  via_zh: string[];
  via_in_source: string[];
  length_km: number;
  note_zh: string | null;
  note_en: string | null;
  sources: Source[];
}

export type PortCollection = FeatureCollection<Point, PortProperties>;
export type ProjectCollection = FeatureCollection<Point, ProjectProperties>;
export type SeaRouteCollection = FeatureCollection<LineString | MultiLineString, SeaRouteProperties>;
export type RailRouteCollection = FeatureCollection<LineString, RailRouteProperties>;
