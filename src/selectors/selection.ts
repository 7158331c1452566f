import type { AtlasData, PortFeature, ProjectFeature, RailRouteFeature, SeaRouteFeature } from '../data/atlas.ts';
import { kindOfId } from '../data/atlas.ts';
import type { CityFeature } from '../data/types.ts';

export type Selected =
  | { kind: 'port'; feature: PortFeature }
  | { kind: 'project'; feature: ProjectFeature }
  | { kind: 'sea'; feature: SeaRouteFeature }
  | { kind: 'rail'; feature: RailRouteFeature }
  | { kind: 'city'; feature: CityFeature };

export function resolveSelection(data: AtlasData, id: string | null): Selected | null {
  if (!id) return null;
  const { index } = data;
  switch (kindOfId(id)) {
    case 'port': {
      const feature = index.ports.get(id);
      return feature ? { kind: 'port', feature } : null;
    }
    case 'project': {
      const feature = index.projects.get(id);
      return feature ? { kind: 'project', feature } : null;
    }
    case 'sea': {
      const feature = index.seaRoutes.get(id);
      return feature ? { kind: 'sea', feature } : null;
    }
    case 'rail': {
      const feature = index.railRoutes.get(id);
      return feature ? { kind: 'rail', feature } : null;
    }
    case 'city': {
      const feature = index.cities.get(id);
      return feature ? { kind: 'city', feature } : null;
    }
    default:
      return null;
  }
}

/** Where to fly to show the selection: points close up, routes and cities as a whole. */
export function viewFor(selected: Selected): { center: [number, number]; zoom: number } {
  switch (selected.kind) {
    case 'port':
    case 'project':
      return { center: selected.feature.geometry.coordinates as [number, number], zoom: 11 };
    case 'city':
      return { center: selected.feature.properties.label, zoom: 8.5 };
    case 'sea':
    case 'rail': {
      const coords =
        selected.feature.geometry.type === 'LineString'
          ? selected.feature.geometry.coordinates
          : selected.feature.geometry.coordinates.flat();
      const lngs = coords.map((c) => c[0]);
      const lats = coords.map((c) => c[1]);
      const center: [number, number] = [(Math.min(...lngs) + Math.max(...lngs)) / 2, (Math.min(...lats) + Math.max(...lats)) / 2];
      const span = Math.max(Math.max(...lngs) - Math.min(...lngs), (Math.max(...lats) - Math.min(...lats)) * 1.6);
      return { center, zoom: Math.max(1.5, Math.min(8, Math.log2(360 / Math.max(span, 0.5)) + 0.3)) };
    }
  }
}
