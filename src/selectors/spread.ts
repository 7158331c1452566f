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

export function spreadOffsets(items: readonly Placed[]): Map<string, [number, number]> {
  const cells = new Map<string, Placed[]>();
  for (const item of items) {
    const key = `${Math.round(item.position[0] / CELL_DEGREES)}:${Math.round(item.position[1] / CELL_DEGREES)}`;
    const cell = cells.get(key);
    if (cell) cell.push(item);
    else cells.set(key, [item]);
  }
  const offsets = new Map<string, [number, number]>();
  for (const cell of cells.values()) {
    if (cell.length < 2) continue;
    const members = [...cell].sort((a, b) => a.id.localeCompare(b.id));
    // Ring radius grows with the group so neighbours on the ring do not touch (markers are ~22 px).
    const radius = Math.max(14, (members.length * 22) / (2 * Math.PI));
    members.forEach((member, i) => {
      const angle = -Math.PI / 2 + (2 * Math.PI * i) / members.length;
      offsets.set(member.id, [Math.round(Math.cos(angle) * radius), Math.round(Math.sin(angle) * radius)]);
    });
  }
  return offsets;
}
