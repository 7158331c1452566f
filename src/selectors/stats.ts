import type { AtlasData, PortFeature, ProjectFeature } from '../data/atlas.ts';
import type { PlanColumn, PortType, ProjectStatus, RegionKey } from '../data/enums.ts';
import { PORT_TYPES, PROJECT_STATUSES, REGIONS } from '../data/enums.ts';
import type { Visible } from './filters.ts';

export interface CityStats {
  adcode: string;
  region: RegionKey;
  projects: number;
  ports: number;
  projectsByType: Record<PortType, number>;
  projectsByStatus: Record<ProjectStatus, number>;
}

export interface RegionStats {
  region: RegionKey;
  projects: number;
  ports: number;
  cities: number;
}

const zeroBy = <K extends string>(keys: readonly K[]) => Object.fromEntries(keys.map((k) => [k, 0])) as Record<K, number>;

/** Counts of what is shown, per city: always computed from the visible set, so they equal the map. */
export function cityStats(data: AtlasData, visible: Visible): CityStats[] {
  const rows = new Map<string, CityStats>();
  for (const [adcode, region] of data.index.regionOfCity) {
    rows.set(adcode, { adcode, region, projects: 0, ports: 0, projectsByType: zeroBy(PORT_TYPES), projectsByStatus: zeroBy(PROJECT_STATUSES) });
  }
  for (const port of visible.ports) rows.get(port.properties.city)!.ports += 1;
  for (const project of visible.projects) {
    const row = rows.get(project.properties.city)!;
    row.projects += 1;
    row.projectsByType[project.properties.port_type] += 1;
    row.projectsByStatus[project.properties.status] += 1;
  }
  return [...rows.values()];
}

export function regionStats(cities: readonly CityStats[]): RegionStats[] {
  return REGIONS.map((region) => {
    const members = cities.filter((c) => c.region === region);
    return {
      region,
      projects: members.reduce((n, c) => n + c.projects, 0),
      ports: members.reduce((n, c) => n + c.ports, 0),
      cities: members.length,
    };
  });
}

/** Highest first; ties by adcode so the order is stable. */
export function rankBy<T extends { adcode?: string; region?: string }>(rows: readonly T[], value: (row: T) => number): T[] {
  return [...rows].sort((a, b) => value(b) - value(a) || String(a.adcode ?? a.region).localeCompare(String(b.adcode ?? b.region)));
}

export type Measure = 'projects' | 'ports';

/**
 * The headline a planner reads first, computed from the numbers: the region holding most of the
 * shown projects (or ports), its share, and what most of them are. Null when nothing is shown.
 */
export interface Finding {
  region: RegionKey;
  count: number;
  total: number;
  share: number;
  /** The plan column most of that region's shown projects come from (projects only). */
  topColumn: PlanColumn | null;
  topColumnCount: number;
}

export function finding(data: AtlasData, visible: Visible, measure: Measure): Finding | null {
  const items: (PortFeature | ProjectFeature)[] = measure === 'projects' ? visible.projects : visible.ports;
  if (items.length === 0) return null;
  const byRegion = new Map<RegionKey, (PortFeature | ProjectFeature)[]>();
  for (const item of items) {
    const region = data.index.regionOfCity.get(item.properties.city)!;
    byRegion.set(region, [...(byRegion.get(region) ?? []), item]);
  }
  const [region, members] = [...byRegion].sort((a, b) => b[1].length - a[1].length || REGIONS.indexOf(a[0]) - REGIONS.indexOf(b[0]))[0];
  let topColumn: PlanColumn | null = null;
  let topColumnCount = 0;
  if (measure === 'projects') {
    const byColumn = new Map<PlanColumn, number>();
    for (const m of members as ProjectFeature[]) byColumn.set(m.properties.column, (byColumn.get(m.properties.column) ?? 0) + 1);
    [topColumn, topColumnCount] = [...byColumn].sort((a, b) => b[1] - a[1] || a[0] - b[0])[0];
  }
  return { region, count: members.length, total: items.length, share: members.length / items.length, topColumn, topColumnCount };
}
