import type { Feature, FeatureCollection, MultiPolygon, Polygon } from 'geojson';

export type RegionKey = 'pearl-river-delta' | 'east-wing' | 'west-wing' | 'north';

export interface CityProperties {
  adcode: string;
  name_zh: string;
  name_en: string;
  region: RegionKey;
  /** An interior point for the label, computed by the basemap build. */
  label: [number, number];
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
