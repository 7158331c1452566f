import { describe, expect, it } from 'vitest';
import { ringOffsets, sharedCells, spreadOffsets } from './spread.ts';

describe('spreadOffsets', () => {
  it('leaves a lone marker where it is', () => {
    expect(spreadOffsets([{ id: 'a', position: [113, 22] }]).size).toBe(0);
  });

  it('fans co-located markers out so no two share a screen position', () => {
    const items = Array.from({ length: 7 }, (_, i) => ({ id: `p${i}`, position: [111.81, 21.708] }));
    const offsets = spreadOffsets(Object.freeze(items));
    expect(offsets.size).toBe(7);
    const spots = new Set([...offsets.values()].map((o) => o.join(',')));
    expect(spots.size).toBe(7);
    for (const [x, y] of offsets.values()) expect(Math.hypot(x, y)).toBeGreaterThanOrEqual(13);
  });

  it('is deterministic whatever the input order', () => {
    const a = [{ id: 'x', position: [113, 22] }, { id: 'y', position: [113.0001, 22.0001] }];
    expect(spreadOffsets(a)).toEqual(spreadOffsets([...a].reverse()));
  });

  it('fans out only the members shown, and leaves a lone shown member in place', () => {
    const items = ['a', 'b', 'c'].map((id) => ({ id, position: [113.2, 22.1] }));
    const groups = sharedCells(items);
    expect(groups).toHaveLength(1);
    expect([...ringOffsets(groups, (id) => id !== 'b').keys()]).toEqual(['a', 'c']);
    expect(ringOffsets(groups, (id) => id === 'a').size).toBe(0);
    expect(ringOffsets(groups, () => true)).toEqual(spreadOffsets(items));
  });
});
