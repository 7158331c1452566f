/**
 * Markers that stand on (nearly) the same spot — several terminals placed at one port-area point,
 * a project on top of its port — are fanned out on a small ring in screen pixels, so each one
 * stays visible and clickable at every zoom. Pure and deterministic: same input, same offsets.
 */
export interface Placed {
  id: string;
  position: readonly number[];
}

/** About 150 m: closer than this, two markers would overlap at any zoom a user browses at. */
const CELL_DEGREES = 0.0015;

/** One number per grid cell: cheaper than a string key when 100,000 markers are shown. */
function cellOf(position: readonly number[]): number {
  // Longitude cells span ±120,000, latitude cells ±60,000: the product stays far inside 2^53.
  return Math.round(position[0] / CELL_DEGREES) * 262_144 + Math.round(position[1] / CELL_DEGREES);
}

/**
 * The groups of markers that share a cell, each sorted by id, from every port and project: done once
 * per dataset, so that a filter change only has to look at these few groups.
 */
export function sharedCells(items: readonly Placed[]): Placed[][] {
  // Most markers stand alone: count first, and gather members only for the cells that are shared.
  const counts = new Map<number, number>();
  for (const item of items) {
    const cell = cellOf(item.position);
    counts.set(cell, (counts.get(cell) ?? 0) + 1);
  }
  const shared = new Map<number, Placed[]>();
  for (const item of items) {
    const cell = cellOf(item.position);
    if (counts.get(cell)! < 2) continue;
    const members = shared.get(cell);
    if (members) members.push(item);
    else shared.set(cell, [item]);
  }
  return [...shared.values()].map((members) => members.sort((a, b) => (a.id < b.id ? -1 : a.id > b.id ? 1 : 0)));
}

/** Fans out the shown members of each group on a ring; a member alone on screen stays where it is. */
export function ringOffsets(groups: readonly Placed[][], shown: (id: string) => boolean): Map<string, [number, number]> {
  const offsets = new Map<string, [number, number]>();
  for (const group of groups) {
    const members = group.filter((member) => shown(member.id));
    if (members.length < 2) continue;
    // Ring radius grows with the group so neighbours on the ring do not touch (markers are ~22 px).
    const radius = Math.max(14, (members.length * 22) / (2 * Math.PI));
    members.forEach((member, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / members.length;
      offsets.set(member.id, [Math.round(Math.cos(angle) * radius), Math.round(Math.sin(angle) * radius)]);
    });
  }
  return offsets;
}

export function spreadOffsets(items: readonly Placed[]): Map<string, [number, number]> {
  return ringOffsets(sharedCells(items), () => true);
}
