import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { PortProperties, ProjectProperties } from '../../src/data/types.ts';

/** The repository's geodata as the tests read it: expected numbers come from here, not from constants. */
const read = <T>(file: string): T => JSON.parse(readFileSync(join(import.meta.dirname, '../../geodata', file), 'utf8')) as T;

type Collection<P> = { features: { properties: P; geometry: { type: string; coordinates: unknown } }[] };

export const ports = read<Collection<PortProperties>>('ports.geojson').features.map((f) => f.properties);
export const projects = read<Collection<ProjectProperties>>('projects.geojson').features.map((f) => f.properties);
export const railRoutes = read<Collection<{ id: string; origin: string }>>('routes-rail.geojson').features.map((f) => f.properties);
export const seaRoutes = read<Collection<{ id: string; from_port: string }>>('routes-sea.geojson').features.map((f) => f.properties);

export interface TourStep {
  id: string;
  title_zh: string;
  camera: { center?: [number, number]; zoom?: number; bounds?: [[number, number], [number, number]] };
  state: string;
}
export const tour = read<{ steps: TourStep[] }>('tour.json');
