import { HexagonLayer } from '@deck.gl/aggregation-layers';
import { DENSITY_COLOURS, DENSITY_RADIUS_KM } from './density-style.ts';

interface DensityPoint {
  position: readonly number[];
}

/** The density view: hexagons coloured by how many ports and projects fall in each. */
export function densityLayer(points: DensityPoint[]) {
  return new HexagonLayer<DensityPoint>({
    id: 'density',
    data: points,
    getPosition: (d) => d.position as [number, number],
    radius: DENSITY_RADIUS_KM * 1000,
    coverage: 0.95,
    extruded: false,
    opacity: 0.75,
    pickable: false,
    colorRange: DENSITY_COLOURS,
  });
}
