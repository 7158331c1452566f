import type { PortType } from '../data/enums.ts';
import { PORT_TYPES } from '../data/enums.ts';

export interface Clusterable {
  id: string;
  position: readonly number[];
  type: PortType;
}

export interface Cluster {
  id: string;
  position: [number, number];
  members: string[];
  countByType: Record<PortType, number>;
  bounds: [[number, number], [number, number]];
}

/** Cluster cell size in screen pixels at the current zoom. */
const CELL_PX = 64;

/** Web Mercator world pixel coordinates at zoom z (512-px tiles, as MapLibre uses). */
function project(lng: number, lat: number, zoom: number): [number, number] {
  const scale = 512 * 2 ** zoom;
  const x = ((lng + 180) / 360) * scale;
  const sin = Math.sin((lat * Math.PI) / 180);
  const y = (0.5 - Math.log((1 + sin) / (1 - sin)) / (4 * Math.PI)) * scale;
  return [x, y];
}

/**
 * Grid clustering in screen space at an integer zoom: points in the same 64-px cell form one
 * cluster. Deterministic, linear in the number of points, and stable while panning (the grid is
 * fixed to the world, not to the viewport). A lone point stays a point (a cluster of one).
 */
export function clusterPoints(points: readonly Clusterable[], zoom: number): Cluster[] {
  const z = Math.floor(zoom);
  const cells = new Map<string, Clusterable[]>();
  for (const point of points) {
    const [x, y] = project(point.position[0], point.position[1], z);
    const key = `${Math.floor(x / CELL_PX)}:${Math.floor(y / CELL_PX)}`;
    const cell = cells.get(key);
    if (cell) cell.push(point);
    else cells.set(key, [point]);
  }
  return [...cells].map(([key, members]) => {
    const lngs = members.map((m) => m.position[0]);
    const lats = members.map((m) => m.position[1]);
    const countByType = Object.fromEntries(PORT_TYPES.map((t) => [t, members.filter((m) => m.type === t).length])) as Record<PortType, number>;
    return {
      id: `cluster-${z}-${key.replace(':', '-')}`,
      position: [lngs.reduce((a, b) => a + b, 0) / lngs.length, lats.reduce((a, b) => a + b, 0) / lats.length],
      members: members.map((m) => m.id).sort(),
      countByType,
      bounds: [
        [Math.min(...lngs), Math.min(...lats)],
        [Math.max(...lngs), Math.max(...lats)],
      ],
    };
  });
}
