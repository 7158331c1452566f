/**
 * Every enumeration in the data, defined once. The geodata checks, the loaders, the legend, the
 * filters and the labels all read these lists, so adding a value fails to compile until each
 * exhaustive Record over it handles the new value.
 */

export const PORT_TYPES = ['water', 'land', 'air', 'rail'] as const;
export type PortType = (typeof PORT_TYPES)[number];

export const PORT_SUBTYPES = [
  'sea-cargo',
  'sea-passenger',
  'sea-mixed',
  'river-cargo',
  'river-passenger',
  'river-mixed',
  'road',
  'boundary-bridge',
  'pedestrian',
  'rail-through-train',
  'rail-freight',
  'airport',
  'heliport',
  'cruise',
  'yacht',
  'other',
] as const;
export type PortSubtype = (typeof PORT_SUBTYPES)[number];

export const PORT_CLASSES = ['I', 'II'] as const;
export type PortClass = (typeof PORT_CLASSES)[number];

export const PORT_STATUSES = ['open', 'suspended', 'closed'] as const;
export type PortStatus = (typeof PORT_STATUSES)[number];

export const PROJECT_STATUSES = [
  'planned',
  'approved',
  'under-construction',
  'accepted',
  'open',
  'suspended',
  'cancelled',
] as const;
export type ProjectStatus = (typeof PROJECT_STATUSES)[number];

export const PROJECT_ACTIONS = ['new', 'expand', 'rebuild', 'relocate', 'upgrade', 'integrate'] as const;
export type ProjectAction = (typeof PROJECT_ACTIONS)[number];

export const PLAN_COLUMNS = [1, 2, 3, 4, 5] as const;
export type PlanColumn = (typeof PLAN_COLUMNS)[number];

export const PRECISIONS = ['exact', 'area', 'city'] as const;
export type Precision = (typeof PRECISIONS)[number];

export const REGIONS = ['pearl-river-delta', 'east-wing', 'west-wing', 'north'] as const;
export type RegionKey = (typeof REGIONS)[number];

export const COUNTERPARTS = ['HK', 'MO'] as const;
export type Counterpart = (typeof COUNTERPARTS)[number];

export const SEA_REGIONS = [
  'east-asia',
  'southeast-asia',
  'south-asia',
  'middle-east',
  'europe',
  'mediterranean',
  'africa',
  'north-america',
  'latin-america',
  'oceania',
] as const;
export type SeaRegion = (typeof SEA_REGIONS)[number];

export const RAIL_SERVICES = ['china-europe', 'china-central-asia', 'china-asia'] as const;
export type RailService = (typeof RAIL_SERVICES)[number];

export const BORDER_CROSSINGS = ['manzhouli', 'erenhot', 'alashankou', 'khorgos', 'irkeshtam', 'mohan', 'unknown'] as const;
export type BorderCrossing = (typeof BORDER_CROSSINGS)[number];
