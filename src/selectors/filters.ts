import type { AtlasData, PortFeature, ProjectFeature, RailRouteFeature, SeaRouteFeature } from '../data/atlas.ts';
import type { PortType } from '../data/enums.ts';
import type { ClassFilter, HashState } from '../state/hash-state.ts';
import { featuresOn } from './at-date.ts';

/** The part of the shared state that decides what is shown. */
export type Filters = Pick<HashState, 'layers' | 'types' | 'status' | 'action' | 'column' | 'city' | 'region' | 'class'> & {
  /** The day shown (null: today); a link without it, and older callers, show today. */
  asof?: string | null;
};

export interface Visible {
  ports: PortFeature[];
  projects: ProjectFeature[];
  sea: SeaRouteFeature[];
  rail: RailRouteFeature[];
}

const passes = <T>(allowed: readonly T[] | null, value: T) => allowed === null || allowed.includes(value);

export function portClass(port: PortFeature): ClassFilter {
  return port.properties.class ?? 'unknown';
}

/** 专栏5 lists the class II projects; the other columns' projects are class I ports. */
export function projectClass(project: ProjectFeature): ClassFilter {
  return project.properties.column === 5 ? 'II' : 'I';
}

type Where = (city: string) => boolean;

function placeFilter(data: AtlasData, filters: Filters): Where {
  // The common case, no place chosen, skips a region lookup per feature (100,000 in the bench).
  if (filters.city === null && filters.region === null) return () => true;
  return (city) => passes(filters.city, city) && passes(filters.region, data.index.regionOfCity.get(city) ?? 'north');
}

export function portPasses(port: PortFeature, filters: Filters, where: Where): boolean {
  const p = port.properties;
  return filters.types.includes(p.port_type) && passes(filters.class, portClass(port)) && where(p.city);
}

export function projectPasses(project: ProjectFeature, filters: Filters, where: Where): boolean {
  const p = project.properties;
  return (
    filters.types.includes(p.port_type) &&
    passes(filters.status, p.status) &&
    passes(filters.column, p.column) &&
    (filters.action === null || p.action.some((a) => filters.action!.includes(a))) &&
    passes(filters.class, projectClass(project)) &&
    where(p.city)
  );
}

/** Routes follow the layer switches, the port type they serve, and the city or region of their Guangdong end. */
function routeVisible(data: AtlasData, filters: Filters, where: Where, portId: string, type: PortType): boolean {
  if (!filters.types.includes(type)) return false;
  const port = data.index.ports.get(portId);
  return port ? where(port.properties.city) : filters.city === null && filters.region === null;
}

/** What the filters let through, each feature as it stood on the day shown (at-date.ts): the status a filter tests is that day's. */
export function visibleFeatures(data: AtlasData, filters: Filters): Visible {
  const where = placeFilter(data, filters);
  const on = (layer: Filters['layers'][number]) => filters.layers.includes(layer);
  const all = featuresOn(data, filters.asof ?? null);
  return {
    ports: on('ports') ? all.ports.filter((f) => portPasses(f, filters, where)) : [],
    projects: on('projects') ? all.projects.filter((f) => projectPasses(f, filters, where)) : [],
    sea: on('sea') ? all.sea.filter((f) => routeVisible(data, filters, where, f.properties.from_port, 'water')) : [],
    rail: on('rail') ? all.rail.filter((f) => routeVisible(data, filters, where, f.properties.origin, 'rail')) : [],
  };
}

/**
 * How many items each option of one filter would show, with every other filter as it is: the
 * numbers beside the options. Counts projects for project-only filters, ports and projects otherwise.
 */
export function facetCounts<K extends 'status' | 'action' | 'column' | 'class' | 'types' | 'region' | 'city'>(
  data: AtlasData,
  filters: Filters,
  key: K,
  options: readonly NonNullable<Filters[K]>[number][],
): Map<NonNullable<Filters[K]>[number], number> {
  const counts = new Map<NonNullable<Filters[K]>[number], number>();
  for (const option of options) {
    const probe = { ...filters, layers: ['ports', 'projects'], [key]: [option] } as Filters;
    const visible = visibleFeatures(data, probe);
    const projectOnly = key === 'status' || key === 'action' || key === 'column';
    const portCount = filters.layers.includes('ports') && !projectOnly ? visible.ports.length : 0;
    const projectCount = filters.layers.includes('projects') ? visible.projects.length : 0;
    counts.set(option, portCount + projectCount);
  }
  return counts;
}

export function countShown(visible: Visible): number {
  return visible.ports.length + visible.projects.length;
}
