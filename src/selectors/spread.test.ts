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

describe('shared cells', () => {
  it('groups markers within the same ~150 m cell only, each group sorted by id', () => {
    const items = [
      { id: 'e', position: [113, 22] },
      { id: 'lone', position: [113.05, 22] },
      { id: 'c', position: [113.0002, 22.0002] },
      { id: 'far-east', position: [114, 22] },
      { id: 'far-north', position: [113, 23] },
      { id: 'a', position: [112.9997, 21.9998] },
      { id: 'b', position: [113, 22] },
      { id: 'd', position: [113.0001, 22] },
      { id: 'y', position: [-20, -33.3] },
      { id: 'x', position: [-20, -33.3] },
    ];
    expect(sharedCells(items).map((group) => group.map((item) => item.id))).toEqual([['a', 'b', 'c', 'd', 'e'], ['x', 'y']]);
    expect(sharedCells([{ id: 'a', position: [113, 22] }, { id: 'b', position: [113.01, 22] }])).toEqual([]);
  });
});

describe('ring offsets', () => {
  const ring = (n: number) => spreadOffsets(Array.from({ length: n }, (_, i) => ({ id: `m${i}`, position: [113, 22] })));

  it('starts at the top and goes clockwise on screen, 14 px out for a small group', () => {
    expect([...ring(2)]).toEqual([['m0', [0, -14]], ['m1', [0, 14]]]);
    expect([...ring(3)]).toEqual([['m0', [0, -14]], ['m1', [12, 7]], ['m2', [-12, 7]]]);
  });

  it('widens the ring so that markers 22 px wide do not touch', () => {
    // 8 × 22 px of circumference: a radius of 28 px.
    expect([...ring(8).values()]).toEqual([[0, -28], [20, -20], [28, 0], [20, 20], [0, 28], [-20, 20], [-28, 0], [-20, -20]]);
  });
});
